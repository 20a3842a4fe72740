// The lab's languages and how one is chosen: the link's `lang=` first, then the reader's own choice
// (kept in localStorage), then the browser's languages, then English. Pure functions, so they test alone.

import { parseLanguage, type Language, type LinkLanguage } from '../../preset/link-language';

export { LANGUAGES, parseLanguage, type Language } from '../../preset/link-language';

/** Each language by its own name, as the picker shows it. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', zh: '简体中文' };

/** The `lang` attribute of the page (screen readers pick their voice from it). */
export const HTML_LANG: Readonly<Record<Language, string>> = { en: 'en', zh: 'zh-Hans' };

/** The locale every date on the page is written in. */
export const DATE_LOCALE: Readonly<Record<Language, string>> = { en: 'en-GB', zh: 'zh-CN' };

/**
 * A moment as every date on the page is written: the month by name, so it reads one way only
 * ("3 Dec 2026, 09:41" in English, never 03/12/2026; "2026年12月3日 09:41" in Chinese), in the reader's time zone.
 */
export function formatDateTime(time: number | string | Date, language: Language, timeZone?: string): string {
  return new Date(time).toLocaleString(DATE_LOCALE[language], { day: 'numeric', month: language === 'en' ? 'short' : 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone });
}

/** Where the reader's own choice is kept between visits. */
export const LANG_STORAGE_KEY = 'qshop-lab.lang';

export interface LanguageChoice {
  language: Language;
  /** Chosen by a link or by the reader (and so written into links), rather than guessed from the browser. */
  explicit: boolean;
  /** A link's `lang=` value the lab does not have, to tell the reader; null when there was none. */
  unknown: string | null;
}

/** The first of the browser's languages the lab speaks, else English. */
export function browserLanguage(tags: readonly string[]): Language {
  for (const tag of tags) {
    const language = parseLanguage(tag);
    if (language) return language;
  }
  return 'en';
}

/** The language the address names (src/preset/address.ts reads it), else the stored choice, else the browser's. */
export function chooseLanguage({ language: linked, unknown }: LinkLanguage, stored: string | null, browserTags: readonly string[]): LanguageChoice {
  if (linked) return { language: linked, explicit: true, unknown: null };
  const kept = parseLanguage(stored);
  if (kept) return { language: kept, explicit: true, unknown };
  return { language: browserLanguage(browserTags), explicit: false, unknown };
}
