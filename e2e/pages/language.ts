// The words a page model looks for come from the lab's own message catalogs, so that each model finds the
// same control in English and in Chinese, and a story can be told in either language.
import { LANGUAGES, type Language } from '../../src/ui/i18n/language';
import { MESSAGES } from '../../src/ui/i18n/all-messages';
import type { Messages } from '../../src/ui/i18n/messages';

export { LANGUAGES, type Language, type Messages };

export function wordsOf(language: Language): Messages {
  return MESSAGES[language];
}

/** A page's search string in a language: English is the lab's default, other languages name themselves (`lang=zh`). */
export function inLanguage(search: string, language: Language): string {
  if (language === 'en') return search;
  const query = new URLSearchParams(search.replace(/^\?/, ''));
  query.set('lang', language);
  return `?${query.toString()}`;
}

/** A catalog text as part of a regular expression. */
export function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
