// The lab's languages as an address names them: `lang=zh` (any tag whose primary subtag is one of them).
// The page's words live in src/ui/i18n; a link only needs the codes.

export const LANGUAGES = ['en', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The address key; `page` and each page's own keys live beside it. */
export const LANG_KEY = 'lang';

/** Longest piece of an unknown `lang=` value repeated back to the reader (a link may hold anything). */
const MAX_UNKNOWN_LENGTH = 40;

/** A language tag ("zh", "zh-CN", "zh-Hans-SG", "EN-us") as one of the lab's languages, or null. */
export function parseLanguage(tag: string | null | undefined): Language | null {
  if (!tag) return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(primary) ? (primary as Language) : null;
}

/** What an address's `lang=` says: one of the lab's languages, or (cut short) a value the lab does not have. */
export interface LinkLanguage {
  language: Language | null;
  /** The value when it names no language of the lab, to tell the reader; null when there was none. */
  unknown: string | null;
}

export function readLinkLanguage(params: URLSearchParams): LinkLanguage {
  const given = params.get(LANG_KEY);
  const language = parseLanguage(given);
  return { language, unknown: language === null && given !== null ? given.slice(0, MAX_UNKNOWN_LENGTH) : null };
}
