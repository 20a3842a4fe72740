// A refused code's reason in the reader's words: the codes of src/preset/result-code-refusal.ts worded by
// the board's catalog, a lesson's choices by their labels where this lab has the lesson.
import type { ResultCodeRefusal } from '../../preset/result-code';
import type { BoardMessages } from '../i18n/en/board';

/** A choice of a lesson in words (its label, or words saying this lab does not know it). */
export type ChoiceWords = (lessonId: string, choiceId: string) => string;

export function refusalText(refusal: ResultCodeRefusal, text: BoardMessages['refused'], choiceWords: ChoiceWords): string {
  switch (refusal.code) {
    case 'not-a-code':
      return text.notACode;
    case 'unknown-version':
      return text.unknownVersion(refusal.version);
    case 'characters':
      return text.characters;
    case 'incomplete':
      return text.incomplete;
    case 'altered':
      return text.altered;
    case 'unreadable':
      return text.unreadable;
    case 'out-of-range':
      return text.outOfRange[refusal.field];
    case 'inconsistent':
      return text.inconsistent[refusal.problem];
    case 'lesson': {
      const { problem, lessonId } = refusal;
      if (problem.code === 'unknown-choice') return text.lesson.unknownChoice(problem.choice);
      if (problem.code === 'missing-figure') return text.lesson.missingFigure(problem.figure);
      return text.lesson.measuredDisagrees(choiceWords(lessonId, problem.measured), choiceWords(lessonId, problem.recomputed));
    }
  }
}
