// The play page's part of the URL: `?seed=N&shopper=K`, parsed with a fallback and written back.

/** The catalog seed of the specification's calibration table, used when the URL gives none. */
export const DEFAULT_SEED = 42;
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

export interface ParsedPlaySearch {
  setup: PlaySetup;
  /** A short message for the student when a value in the URL was unusable, else null. */
  notice: string | null;
}

/** A whole decimal number in [0, max], or null for anything else ("7.5", "-1", "abc", "1e3"). */
export function parseWholeNumber(text: string | null, max: number): number | null {
  if (text === null || !/^\d{1,10}$/.test(text.trim())) return null;
  const value = Number(text.trim());
  return value <= max ? value : null;
}

export function parsePlaySearch(search: string): ParsedPlaySearch {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  const seedText = params.get('seed');
  const shopperText = params.get('shopper');
  let seed = parseWholeNumber(seedText, MAX_SEED);
  if (seed === null) {
    if (seedText !== null) problems.push(`seed "${seedText}" is not a whole number from 0 to ${MAX_SEED}, so seed ${DEFAULT_SEED} is used`);
    seed = DEFAULT_SEED;
  }
  let shopperIndex = parseWholeNumber(shopperText, MAX_SHOPPER_INDEX);
  if (shopperIndex === null) {
    if (shopperText !== null) problems.push(`shopper "${shopperText}" is not a whole number, so shopper 0 is used`);
    shopperIndex = 0;
  }
  return { setup: { seed, shopperIndex }, notice: problems.length > 0 ? `The link's ${problems.join('; ')}.` : null };
}

/** The search string with the play setup written in, other parameters (such as the page) kept. */
export function formatPlaySearch(search: string, setup: PlaySetup): string {
  const params = new URLSearchParams(search);
  params.set('seed', String(setup.seed));
  params.set('shopper', String(setup.shopperIndex));
  return `?${params.toString()}`;
}
