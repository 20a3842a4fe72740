// Links between lessons: each lesson's address (in the reader's language, with the link's budget kept), and
// in-place opening on a plain click, so the page does not reload while its workers run.
import type { MouseEvent } from 'react';
import { formatAddress } from '../../preset/address';
import { useLinkLanguage } from '../i18n/language-store';

/** A plain click opens the lesson in place; a modified one (new tab) follows the link. */
export function inPlace(event: MouseEvent<HTMLAnchorElement>, go: () => void): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  go();
}

/** The address of a lesson (null: the list of lessons). */
export function useLessonHref() {
  const language = useLinkLanguage();
  return (lesson: string | null, steps: number | null) => formatAddress({ page: 'lessons', state: lesson === null && steps === null ? null : { lesson, steps }, language });
}

