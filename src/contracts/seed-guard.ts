// Training never runs on the evaluation cohort. The training shoppers and their coin flips are drawn
// from the training seed's streams and the cohort's from the evaluation seed's, with the same stream
// indices: equal seeds give exactly the same shoppers and coin flips, so the agent would be scored on
// the very sessions it trained on.

import type { TrainingConfig } from './training-config';

const SEED_LIMIT = 2 ** 32;

/** True when a run with this config would train on its own evaluation cohort. */
export function trainsOnEvaluationCohort(training: Pick<TrainingConfig, 'trainingSeed' | 'evaluationSeed'>): boolean {
  return training.trainingSeed === training.evaluationSeed;
}

/** The training seeds of `count` runs from `first` (first, first + 1, ...) that are the evaluation seed. */
export function seedsOnEvaluationCohort(first: number, count: number, evaluationSeed: number): number[] {
  const offset = (evaluationSeed - first + SEED_LIMIT) % SEED_LIMIT;
  return offset < count ? [evaluationSeed] : [];
}

/**
 * A training seed for a config whose seed is the evaluation seed: the fallback's (a preset's) when that
 * differs from the evaluation seed, else the next seed after the evaluation seed.
 */
export function separateTrainingSeed(evaluationSeed: number, fallback: number): number {
  return fallback !== evaluationSeed ? fallback : (evaluationSeed + 1) % SEED_LIMIT;
}
