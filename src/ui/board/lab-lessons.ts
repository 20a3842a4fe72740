// The board's view of this lab's own lessons: each lesson's title and choices in the reader's language, and
// the check a lesson's result code must pass. A measured choice comes from the run's evaluations, which a code
// does not carry, so the board cannot recompute it; it checks what it can: the choices are the lesson's own,
// and the code names every figure the lesson's check reads.
import { lessonById } from '../../lessons/lessons';
import type { CheckLesson } from '../../preset/result-code';
import type { LessonSource } from './lesson-source';

const checkLesson: CheckLesson = (result) => {
  const lesson = lessonById(result.lessonId);
  if (!lesson) return null;
  const choices: readonly string[] = lesson.choices;
  for (const choice of [result.predicted, result.measured]) if (!choices.includes(choice)) return { code: 'unknown-choice', choice };
  for (const figure of Object.keys(lesson.figures)) if (!(figure in result.figures)) return { code: 'missing-figure', figure };
  return null;
};

export const LAB_LESSONS: LessonSource = {
  lessonWords(lessonId, language) {
    const lesson = lessonById(lessonId);
    if (!lesson) return null;
    const text = lesson.text[language];
    const choices: readonly string[] = lesson.choices;
    return {
      title: text.title,
      choiceLabel: (choiceId) => (choices.includes(choiceId) ? (text.choices[choiceId] as string) : null),
      choiceOrder: choices,
    };
  },
  checkLesson,
};
