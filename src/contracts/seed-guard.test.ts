// Tests of the seed guard: equal training and evaluation seeds mean the same shoppers, and the guard says so.
import { describe, expect, it } from 'vitest';
import { createCatalog } from '../sim/catalog';
import { EvaluationCohort } from '../sim/evaluation';
import { StreamId, deriveSeed } from '../sim/random';
import { DEFAULT_SIM_SETTINGS } from '../sim/settings';
import { drawShopper } from '../sim/shopper';
import { seedsOnEvaluationCohort, separateTrainingSeed, trainsOnEvaluationCohort } from './seed-guard';

describe('seed guard', () => {
  it('a training seed equal to the evaluation seed draws exactly the cohort’s shoppers (why the guard exists)', () => {
    const settings = { ...DEFAULT_SIM_SETTINGS };
    const cohort = new EvaluationCohort({ settings, catalog: createCatalog(settings, 42), shoppers: 5, seed: 2024 });
    const training = (seed: number, k: number) => drawShopper(settings, deriveSeed(seed, StreamId.shoppers), deriveSeed(seed, StreamId.environment), k);
    const scored = (k: number) => drawShopper(settings, cohort.shopperSeed, cohort.environmentSeed, k);
    for (let k = 0; k < 5; k++) {
      expect(training(2024, k)).toEqual(scored(k));
      expect(training(2025, k).preferences).not.toEqual(scored(k).preferences);
    }
  });

  it('flags a config only when its two seeds are equal', () => {
    expect(trainsOnEvaluationCohort({ trainingSeed: 2024, evaluationSeed: 2024 })).toBe(true);
    expect(trainsOnEvaluationCohort({ trainingSeed: 1, evaluationSeed: 2024 })).toBe(false);
    expect(trainsOnEvaluationCohort({ trainingSeed: 7, evaluationSeed: 7 })).toBe(true);
  });

  it('finds the evaluation seed among several runs’ consecutive seeds', () => {
    expect(seedsOnEvaluationCohort(2022, 3, 2024)).toEqual([2024]);
    expect(seedsOnEvaluationCohort(2022, 2, 2024)).toEqual([]);
    expect(seedsOnEvaluationCohort(2025, 3, 2024)).toEqual([]);
    expect(seedsOnEvaluationCohort(1, 3, 2024)).toEqual([]);
    expect(seedsOnEvaluationCohort(2 ** 32 - 1, 2, 0)).toEqual([0]);
  });

  it('moves a clashing seed to the fallback, or past the evaluation seed when the fallback clashes too', () => {
    expect(separateTrainingSeed(2024, 1)).toBe(1);
    expect(separateTrainingSeed(1, 1)).toBe(2);
    expect(separateTrainingSeed(2 ** 32 - 1, 2 ** 32 - 1)).toBe(0);
  });
});
