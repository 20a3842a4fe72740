// The play page's part of the address: `?seed=N&shopper=K`, parsed with a fallback and written back.

/** The catalog seed of the specification's calibration table, used when the URL gives none. */
export const DEFAULT_SEED = 42;
/**
 * The shopper a link without one brings: with seed 42, shopper 50 makes a typical first session
 * (measured over shoppers 0-199 with every reference policy's return and expected return). No first
 * pick ends the session at once (shopper 0 left after any of the 24), random picks keep them about ten
 * steps, the DP oracle earns the most of every reference policy on these coin flips (5.06, expecting
 * 4.10; the 200 shoppers' expectations have median 4.51, quartiles 2.45 and 7.09), and the others land
 * near their expectations (heuristic 2.55 expecting 2.48, myopic oracle 1.01 expecting 1.07).
 */
export const DEFAULT_SHOPPER = 50;
/** Seeds are unsigned 32-bit integers: the simulator's generators mix them as such. */
export const MAX_SEED = 0xffff_ffff;
/** Shopper indices live in an Int32Array inside the environment. */
export const MAX_SHOPPER_INDEX = 0x7fff_ffff;

export interface PlaySetup {
  /** Catalog seed; the shopper and coin-flip streams are derived from it. */
  seed: number;
  /** Which shopper of the stream arrives (0 for the first). */
  shopperIndex: number;
}

/** Longest piece of a link value repeated back to the student (a link may hold anything). */
export const MAX_GIVEN_LENGTH = 40;

/** One unusable value of the link: which key, what it held (cut short), and the value used instead. */
export interface PlayLinkProblem {
  key: 'seed' | 'shopper';
  given: string;
  fallback: number;
}

/** What the student is told about the link: one or more problems, worded by the page in its language. */
export type PlayLinkNotice = readonly PlayLinkProblem[];

export interface ParsedPlaySearch {
  setup: PlaySetup;
  /** The link's unusable values, else null. */
  notice: PlayLinkNotice | null;
}

/** A whole decimal number in [0, max], or null for anything else ("7.5", "-1", "abc", "1e3"). */
export function parseWholeNumber(text: string | null, max: number): number | null {
  if (text === null || !/^\d{1,10}$/.test(text.trim())) return null;
  const value = Number(text.trim());
  return value <= max ? value : null;
}

function given(text: string): string {
  return text.length > MAX_GIVEN_LENGTH ? `${text.slice(0, MAX_GIVEN_LENGTH)}…` : text;
}

export function parsePlaySearch(search: string): ParsedPlaySearch {
  const params = new URLSearchParams(search);
  const problems: PlayLinkProblem[] = [];
  const seedText = params.get('seed');
  const shopperText = params.get('shopper');
  let seed = parseWholeNumber(seedText, MAX_SEED);
  if (seed === null) {
    if (seedText !== null) problems.push({ key: 'seed', given: given(seedText), fallback: DEFAULT_SEED });
    seed = DEFAULT_SEED;
  }
  let shopperIndex = parseWholeNumber(shopperText, MAX_SHOPPER_INDEX);
  if (shopperIndex === null) {
    if (shopperText !== null) problems.push({ key: 'shopper', given: given(shopperText), fallback: DEFAULT_SHOPPER });
    shopperIndex = DEFAULT_SHOPPER;
  }
  return { setup: { seed, shopperIndex }, notice: problems.length > 0 ? problems : null };
}

/** The search string with the play setup written in, other parameters (such as the page) kept. */
export function formatPlaySearch(search: string, setup: PlaySetup): string {
  const params = new URLSearchParams(search);
  params.set('seed', String(setup.seed));
  params.set('shopper', String(setup.shopperIndex));
  return `?${params.toString()}`;
}
