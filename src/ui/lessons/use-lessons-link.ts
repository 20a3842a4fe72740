// The lessons page's link: read once on arrival (which lesson, which budget), kept equal to the lesson on
// show, and what the page tells the reader about a link it could not take as written.
import { useState } from 'react';
import type { LessonsLink, LessonsLinkProblem } from '../../preset/lessons-url';
import { lessonById } from '../../lessons/lessons';
import { readPageAddress, useAddressWriter } from '../app/address-bar';
import { useLinkLanguage } from '../i18n/language-store';

/** What the page says about the link: a problem the codec found, or a lesson id the lab does not have. */
export type LessonsNotice = LessonsLinkProblem | { key: 'unknown-lesson'; given: string };

function arrival(): { link: LessonsLink; notices: LessonsNotice[] } {
  const { state, notice } = readPageAddress('lessons');
  const link = state ?? { lesson: null, steps: null };
  const notices: LessonsNotice[] = [...notice];
  if (link.lesson !== null && !lessonById(link.lesson)) {
    notices.push({ key: 'unknown-lesson', given: link.lesson });
    return { link: { lesson: null, steps: link.steps }, notices };
  }
  return { link, notices };
}

export function useLessonsLink() {
  const [{ link, notices }, setState] = useState(arrival);
  const language = useLinkLanguage();
  useAddressWriter({ page: 'lessons', state: link.lesson === null && link.steps === null ? null : link, language });
  return {
    link,
    notices,
    /** Opens a lesson (or the list, for null); a link's budget stays with it. */
    open: (lesson: string | null) => setState((current) => ({ link: { ...current.link, lesson }, notices: [] })),
    dismissNotices: () => setState((current) => ({ ...current, notices: [] })),
  };
}
