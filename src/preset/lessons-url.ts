// The lessons page's part of the address: `?page=lessons&lesson=discounting&steps=4000`. `lesson` names one
// lesson (absent: the list of lessons); `steps` replaces the lesson's own budget (a short run for a test or
// a quick look in class). Which lesson ids exist is the lessons layer's to say: this codec only keeps a
// value a lesson id could be, and the page tells the reader about an id it does not have.

import { MAX_GIVEN_LENGTH, parseWholeNumber } from './play-url';

export const LESSON_KEY = 'lesson';
export const LESSON_STEPS_KEY = 'steps';

/** Budgets a lesson link may ask for (the lab's budgets go higher, but a lesson is watched, not left overnight). */
export const LESSON_STEPS_RANGE = { min: 1000, max: 10_000_000 } as const;

export interface LessonsLink {
  /** The lesson the link opens, or null for the list of lessons. */
  lesson: string | null;
  /** The budget the link asks for instead of the lesson's own, or null. */
  steps: number | null;
}

/** One unusable value of the link: which key and what it held (cut short); the page words it. */
export interface LessonsLinkProblem {
  key: typeof LESSON_KEY | typeof LESSON_STEPS_KEY;
  given: string;
}

const LESSON_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const cut = (text: string) => (text.length > MAX_GIVEN_LENGTH ? `${text.slice(0, MAX_GIVEN_LENGTH)}…` : text);

export function parseLessonsSearch(search: string): { link: LessonsLink; problems: LessonsLinkProblem[] } {
  const params = new URLSearchParams(search);
  const problems: LessonsLinkProblem[] = [];
  const lessonText = params.get(LESSON_KEY);
  const stepsText = params.get(LESSON_STEPS_KEY);
  let lesson: string | null = null;
  if (lessonText !== null) {
    const id = lessonText.trim().toLowerCase();
    if (LESSON_ID.test(id) && id.length <= MAX_GIVEN_LENGTH) lesson = id;
    else problems.push({ key: LESSON_KEY, given: cut(lessonText) });
  }
  let steps: number | null = null;
  if (stepsText !== null) {
    const value = parseWholeNumber(stepsText, LESSON_STEPS_RANGE.max);
    if (value !== null && value >= LESSON_STEPS_RANGE.min) steps = value;
    else problems.push({ key: LESSON_STEPS_KEY, given: cut(stepsText) });
  }
  return { link: { lesson, steps }, problems };
}

/** The page's address: the page key first, then the lesson and the budget when they are set. */
export function formatLessonsSearch(link: LessonsLink, page: string): string {
  const params = new URLSearchParams([['page', page]]);
  if (link.lesson !== null) params.set(LESSON_KEY, link.lesson);
  if (link.steps !== null) params.set(LESSON_STEPS_KEY, String(link.steps));
  return `?${params.toString()}`;
}
