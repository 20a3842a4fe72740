// The lessons the page offers, in the order it lists them: adding a lesson is one file in catalog/ and one line here.

import { discounting } from './catalog/discounting';
import { exploration } from './catalog/exploration';
import { learningRate } from './catalog/learning-rate';
import { multiStep } from './catalog/multi-step';
import { partialObservability } from './catalog/partial-observability';
import { rewardDesign } from './catalog/reward-design';
import { targetNetwork } from './catalog/target-network';
import type { AnyLesson } from './lesson';

export const LESSONS: readonly AnyLesson[] = [discounting, exploration, learningRate, targetNetwork, multiStep, rewardDesign, partialObservability];

/** The lesson a link names, or undefined. */
export function lessonById(id: string | null): AnyLesson | undefined {
  return LESSONS.find((lesson) => lesson.id === id);
}
