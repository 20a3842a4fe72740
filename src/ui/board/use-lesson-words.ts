// The lessons' words in the reader's language, with words for a lesson or a choice this lab does not have.
import { useMemo } from 'react';
import { useLanguage, useT } from '../i18n/language-store';
import type { LessonSource } from './lesson-source';

export interface BoardLessonWords {
  title(lessonId: string): string;
  choice(lessonId: string, choiceId: string): string;
  /** The lesson's own order of its choices (those it has), or none. */
  order(lessonId: string): readonly string[];
}

export function useLessonWords(source: LessonSource): BoardLessonWords {
  const language = useLanguage();
  const text = useT().board.lessons;
  return useMemo(
    () => ({
      title: (lessonId) => source.lessonWords(lessonId, language)?.title ?? text.unknownLesson,
      choice: (lessonId, choiceId) => source.lessonWords(lessonId, language)?.choiceLabel(choiceId) ?? text.unknownChoice(choiceId),
      order: (lessonId) => source.lessonWords(lessonId, language)?.choiceOrder ?? [],
    }),
    [source, language, text],
  );
}
