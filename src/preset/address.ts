// The whole address in one codec: which page, the reader's language and the page's own state (the lab's
// config and lecture view, the comparison, the play session's shopper). Each page's part is read and written
// by its own codec (lab-url.ts, ab-url.ts, play-url.ts) and this module composes them, so a new page (the
// lessons) is one line in PAGE_IDS and one codec in PAGE_CODECS. Pure: src/ui/app/address-bar.ts is the one
// place that reads and writes the browser's address with it.

import { formatAbSearch, parseAbSearch, type AbLink } from './ab-url';
import { formatLabSearch, parseLabSearch, searchOf, type LabLink, type LinkCorrection } from './lab-url';
import { formatLessonsSearch, parseLessonsSearch, type LessonsLink, type LessonsLinkProblem } from './lessons-url';
import { LANG_KEY, readLinkLanguage, type Language, type LinkLanguage } from './link-language';
import { formatPlaySearch, parsePlaySearch, type PlayLinkNotice, type PlaySetup } from './play-url';
import { formatBoardSearch, parseBoardSearch, type BoardLink } from './result-code-link';

/** The address key of the page; every other key but `lang` belongs to the page it names. */
export const PAGE_KEY = 'page';

/** The lab's pages by the value of `?page=` (stable: links are shared); the first is the landing page. */
export const PAGE_IDS = ['play', 'train', 'compare', 'lessons', 'board'] as const;
export type PageId = (typeof PAGE_IDS)[number];

/** What each page keeps in the address. */
export interface PageStates {
  play: PlaySetup;
  train: LabLink;
  compare: AbLink;
  lessons: LessonsLink;
  board: BoardLink;
}

/** What each page tells the reader about a link it could not take as written (the page words it). */
export interface PageNotices {
  play: PlayLinkNotice | null;
  train: readonly LinkCorrection[];
  compare: readonly LinkCorrection[];
  lessons: readonly LessonsLinkProblem[];
  /** The board says itself which codes it refused, and why. */
  board: null;
}

interface PageCodec<P extends PageId> {
  parse(search: string): { state: PageStates[P]; notice: PageNotices[P] };
  /** The page's address, its page key first. */
  format(state: PageStates[P]): string;
  /** The notice of an address that names the page alone: nothing to tell. */
  quiet: PageNotices[P];
}

const PAGE_CODECS: { readonly [P in PageId]: PageCodec<P> } = {
  play: {
    parse(search) {
      const { setup, notice } = parsePlaySearch(search);
      return { state: setup, notice };
    },
    format: (setup) => formatPlaySearch(searchOf([[PAGE_KEY, 'play']]), setup),
    quiet: null,
  },
  train: {
    parse(search) {
      const { corrections, ...link } = parseLabSearch(search);
      return { state: link, notice: corrections };
    },
    format: (link) => formatLabSearch(link, 'train'),
    quiet: [],
  },
  compare: {
    parse(search) {
      const { corrections, ...link } = parseAbSearch(search);
      return { state: link, notice: corrections };
    },
    format: (link) => formatAbSearch(link, 'compare'),
    quiet: [],
  },
  lessons: {
    parse(search) {
      const { link, problems } = parseLessonsSearch(search);
      return { state: link, notice: problems };
    },
    format: (link) => formatLessonsSearch(link, 'lessons'),
    quiet: [],
  },
  board: {
    parse: (search) => ({ state: parseBoardSearch(search), notice: null }),
    format: formatBoardSearch,
    quiet: null,
  },
};

/** A page and its state; null when the address names the page alone (a page link, a page's first visit). */
export type PageAddress = { [P in PageId]: { page: P; state: PageStates[P] | null } }[PageId];

/** The whole address: the page, its state, and the language a link carries (null: the reader's own, guessed). */
export type Address = PageAddress & { language: Language | null };

/** A page's part of an address as read, with what the page tells the reader about it. */
export type ParsedPage = { [P in PageId]: { page: P; state: PageStates[P] | null; notice: PageNotices[P] } }[PageId];

export type ParsedAddress = ParsedPage & { language: Language | null; unknownLanguage: string | null };

/** The page an address names; the landing page for none, or one the lab does not have. */
export function parsePageId(search: string): PageId {
  const named = new URLSearchParams(search).get(PAGE_KEY);
  return PAGE_IDS.find((id) => id === named) ?? PAGE_IDS[0];
}

export function parseAddressLanguage(search: string): LinkLanguage {
  return readLinkLanguage(new URLSearchParams(search));
}

/** True when the address holds nothing but the page and the language, once each: the page's state is not named. */
function namesPageAlone(params: URLSearchParams): boolean {
  const keys = [...params.keys()];
  return keys.every((key) => key === PAGE_KEY || key === LANG_KEY) && new Set(keys).size === keys.length;
}

/** One page's state and notice as an address gives them (null state: the address names the page alone). */
export interface PageReading<P extends PageId> {
  state: PageStates[P] | null;
  notice: PageNotices[P];
}

/** An address read as a given page's, by that page's own codec (no other page's part is parsed). */
export function readPageState<P extends PageId>(search: string, page: P): PageReading<P> {
  const codec: PageCodec<P> = PAGE_CODECS[page];
  if (namesPageAlone(new URLSearchParams(search))) return { state: null, notice: codec.quiet };
  const reading = codec.parse(search);
  // Keys the page does not use (`?page=lessons&x=1`) leave its blank state, which it writes as the page alone:
  // read it as that, so that reading what it writes gives the same again.
  return namesPageAlone(new URLSearchParams(codec.format(reading.state))) ? { state: null, notice: reading.notice } : reading;
}

/** The page an address names and its state. */
export function parsePageAddress(search: string): ParsedPage {
  const page = parsePageId(search);
  return { page, ...readPageState(search, page) } as ParsedPage;
}

export function parseAddress(search: string): ParsedAddress {
  const { language, unknown } = parseAddressLanguage(search);
  return { ...parsePageAddress(search), language, unknownLanguage: unknown };
}

/** What a page opens when its address names no state: its codec's reading of nothing (the defaults). */
export function blankPageState<P extends PageId>(page: P): PageStates[P] {
  return PAGE_CODECS[page].parse('').state;
}

/** The address with `lang=` set to a language (or removed for null), every other key kept in place. */
export function withAddressLanguage(search: string, language: Language | null): string {
  const params = new URLSearchParams(search);
  if (language === null) params.delete(LANG_KEY);
  else params.set(LANG_KEY, language);
  // Written back as every lab link is written (lists keep their commas).
  const pairs = [...params];
  return pairs.length > 0 ? searchOf(pairs) : '';
}

/** The search string of an address: the page, its state by the page's codec, then the language. */
export function formatAddress(address: Address): string {
  const codec = PAGE_CODECS[address.page] as PageCodec<PageId>;
  const pageSearch = address.state === null ? searchOf([[PAGE_KEY, address.page]]) : codec.format(address.state);
  return withAddressLanguage(pageSearch, address.language);
}
