// A lesson's comparison: its two presets on the lesson seeds, with its budget (or a shorter one a link
// asks for) and its greedy evaluations spread over it (ten unless the lesson says), so every run has a steady figure to check against.
// A result names what the student predicted and what the run measured, for the class board.

import { LESSON_SEEDS, setupOf, withSharedField, type AbSetup } from '../preset/ab-setup';
import type { LessonResult } from '../preset/class-result';
import { LESSON_EVALUATIONS, type AnyLesson, type LessonOutcome } from './lesson';

/** The lab's shortest evaluation interval. */
const MIN_EVALUATION_INTERVAL = 100;
/** The fewest steps a lesson runs: ten evaluations at the lab's shortest evaluation interval. */
export const LESSON_MIN_STEPS = LESSON_EVALUATIONS * MIN_EVALUATION_INTERVAL;

/** The lesson's setup; `steps` (a link's shorter or longer budget) replaces the lesson's own. */
export function lessonSetup(lesson: AnyLesson, steps: number | null = null): AbSetup {
  const totalSteps = Math.max(LESSON_MIN_STEPS, steps ?? lesson.totalSteps);
  let setup = setupOf(lesson.pair.a, lesson.pair.b);
  for (const [name, value] of Object.entries(LESSON_SEEDS)) setup = withSharedField(setup, name as keyof typeof LESSON_SEEDS, value);
  setup = withSharedField(setup, 'totalSteps', totalSteps);
  // A short link's budget may not fit the lesson's count: evaluations then come at the shortest interval.
  const interval = Math.max(MIN_EVALUATION_INTERVAL, Math.floor(totalSteps / (lesson.evaluations ?? LESSON_EVALUATIONS)));
  return withSharedField(setup, 'evaluationInterval', interval);
}

/** What a finished lesson tells the class board: the prediction, the measured outcome and its figures. */
export function lessonResult(lesson: AnyLesson, predicted: string, outcome: LessonOutcome, setup: AbSetup, steps: number): LessonResult {
  return {
    kind: 'lesson',
    lessonId: lesson.id,
    predicted,
    measured: outcome.choice,
    figures: { ...outcome.figures },
    trainingSeed: setup.a.config.training.trainingSeed,
    steps,
  };
}
