// Keeps a link's (or an edited) config from training on its own evaluation cohort: a training seed equal
// to the evaluation seed draws exactly the cohort's shoppers and coin flips (see engine/seed-guard.ts).

import type { LabConfig } from '../contracts/lab-config';
import { separateTrainingSeed, trainsOnEvaluationCohort } from '../contracts/seed-guard';
import type { TrainingConfig } from '../contracts/training-config';
import type { Correct } from './lab-url';
import { fieldForKey } from './url-keys';

/**
 * The config with its training seed moved off the evaluation seed when they are equal (to the base's
 * training seed, else the seed after the evaluation seed), and a correction on the link key that made
 * them equal: the training seed's key when the link gave one, else the evaluation seed's.
 */
export function keepTrainingOffCohort(config: LabConfig, base: LabConfig, given: Iterable<readonly [string, string]>, correct: Correct): LabConfig {
  if (!trainsOnEvaluationCohort(config.training)) return config;
  const seed = config.training.evaluationSeed;
  const used = separateTrainingSeed(seed, base.training.trainingSeed);
  const keys = [...given];
  const culprit =
    keys.find(([key]) => fieldForKey(key)?.name === 'trainingSeed') ?? keys.find(([key]) => fieldForKey(key)?.name === 'evaluationSeed') ?? ['seed', String(seed)];
  correct(culprit[0], culprit[1], { code: 'training-on-cohort', seed, used });
  return { ...config, training: { ...config.training, trainingSeed: used } };
}

/**
 * The seed both would share if a seed field took this value (the training seed becoming the evaluation
 * seed, or the other way round), or null when the value keeps them apart: an edit to refuse.
 */
export function cohortClash(training: Pick<TrainingConfig, 'trainingSeed' | 'evaluationSeed'>, field: string, value: number): number | null {
  if (field === 'trainingSeed') return value === training.evaluationSeed ? value : null;
  if (field === 'evaluationSeed') return value === training.trainingSeed ? value : null;
  return null;
}
