// The board reads this lab's lessons: a finished lesson's own result passes, words come in both languages,
// and a code naming a choice the lesson does not have, or missing a figure its check reads, is refused.
import { describe, expect, it } from 'vitest';
import { LESSONS } from '../../lessons/lessons';
import type { LessonResult } from '../../preset/class-result';
import { decodeResult, encodeResult } from '../../preset/result-code';
import { LAB_LESSONS } from './lab-lessons';

/** A lesson's result as its check makes it: every figure it names, its first and last choices. */
function resultOf(index: number): LessonResult {
  const lesson = LESSONS[index];
  const figures = Object.fromEntries(Object.keys(lesson.figures).map((name, at) => [name, 40 + at]));
  return { kind: 'lesson', lessonId: lesson.id, predicted: lesson.choices[0], measured: lesson.choices.at(-1) as string, figures, trainingSeed: 1, steps: 40_000 };
}

describe("the board's view of this lab's lessons", () => {
  it('passes every lesson\'s own result and names it and its choices in both languages', () => {
    LESSONS.forEach((lesson, index) => {
      const decoded = decodeResult(encodeResult(resultOf(index)), LAB_LESSONS.checkLesson);
      expect(decoded.ok, lesson.id).toBe(true);
      for (const language of ['en', 'zh'] as const) {
        const words = LAB_LESSONS.lessonWords(lesson.id, language);
        expect(words?.title).toBe(lesson.text[language].title);
        expect(words?.choiceLabel(lesson.choices[0])).toBe(lesson.text[language].choices[lesson.choices[0]]);
        expect(words?.choiceLabel('no-such-choice')).toBeNull();
        expect(words?.choiceOrder).toEqual(lesson.choices);
      }
    });
  });

  it('refuses a choice the lesson does not have and a missing figure, and leaves another lab\'s lessons to their checksum', () => {
    const result = resultOf(0);
    const figure = Object.keys(result.figures)[0];
    const { [figure]: _dropped, ...fewer } = result.figures;
    expect(LAB_LESSONS.checkLesson({ ...result, measured: 'more-clicks' })).toEqual({ code: 'unknown-choice', choice: 'more-clicks' });
    expect(LAB_LESSONS.checkLesson({ ...result, predicted: 'guess' })).toEqual({ code: 'unknown-choice', choice: 'guess' });
    expect(LAB_LESSONS.checkLesson({ ...result, figures: fewer })).toEqual({ code: 'missing-figure', figure });
    expect(LAB_LESSONS.checkLesson({ ...result, lessonId: 'a-lesson-from-a-newer-lab', measured: 'anything' })).toBeNull();
    expect(LAB_LESSONS.lessonWords('a-lesson-from-a-newer-lab', 'en')).toBeNull();
  });
});
