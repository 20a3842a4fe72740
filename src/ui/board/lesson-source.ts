// What the board knows of the lessons: their words in a language and their own check of a result. Lessons
// are data the board does not own; it reads them through this, so a lab without a lesson (an older or newer
// version, or one without lessons) still shows its results in words.
import type { CheckLesson } from '../../preset/result-code';
import type { Language } from '../i18n/language';

export interface LessonWords {
  title: string;
  /** A choice's label, or null for an id the lesson does not have. */
  choiceLabel(choiceId: string): string | null;
  /** The lesson's choices in the order it asks them (the board's rows and columns follow it). */
  choiceOrder?: readonly string[];
}

export interface LessonSource {
  /** The lesson's words in a language, or null when this lab has no lesson of that id. */
  lessonWords(lessonId: string, language: Language): LessonWords | null;
  /** The lesson's outcome rule applied to a result's figures (null: consistent, or a lesson this lab does not have). */
  checkLesson: CheckLesson;
}

/** A lab with no lessons: every lesson result is shown as one this version does not have, and checked by its checksum and ranges alone. */
export const NO_LESSONS: LessonSource = { lessonWords: () => null, checkLesson: () => null };
