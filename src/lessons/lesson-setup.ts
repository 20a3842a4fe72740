// A lesson's comparison: its two presets on the lesson seeds, with its budget (or a shorter one a link
// asks for) and a greedy evaluation every tenth of it, so every run has a steady figure to check against.
// A result names what the student predicted and what the run measured, for the class board.

import { LESSON_SEEDS, setupOf, withSharedField, type AbSetup } from '../preset/ab-setup';
import type { LessonResult } from '../preset/class-result';
import { LESSON_EVALUATIONS, type AnyLesson, type LessonOutcome } from './lesson';

/** The fewest steps a lesson runs: ten evaluations at the lab's shortest evaluation interval (100 steps). */
export const LESSON_MIN_STEPS = 1000;

/** The lesson's setup; `steps` (a link's shorter or longer budget) replaces the lesson's own. */
export function lessonSetup(lesson: AnyLesson, steps: number | null = null): AbSetup {
  const totalSteps = Math.max(LESSON_MIN_STEPS, steps ?? lesson.totalSteps);
  let setup = setupOf(lesson.pair.a, lesson.pair.b);
  for (const [name, value] of Object.entries(LESSON_SEEDS)) setup = withSharedField(setup, name as keyof typeof LESSON_SEEDS, value);
  setup = withSharedField(setup, 'totalSteps', totalSteps);
  return withSharedField(setup, 'evaluationInterval', Math.floor(totalSteps / LESSON_EVALUATIONS));
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
