// Tests of the cohort guard the links and the settings share: which edits make the two seeds equal, and
// how a link's config is moved off its evaluation cohort.
import { describe, expect, it } from 'vitest';
import { applyPatch } from '../contracts/lab-config';
import { cohortClash, keepTrainingOffCohort } from './cohort-guard';
import { correctionList } from './lab-url';
import { presetConfig } from './presets';

describe('cohortClash', () => {
  const training = { trainingSeed: 1, evaluationSeed: 2024 };

  it('refuses a training seed equal to the evaluation seed, and an evaluation seed equal to the training seed', () => {
    expect(cohortClash(training, 'trainingSeed', 2024)).toBe(2024);
    expect(cohortClash(training, 'evaluationSeed', 1)).toBe(1);
  });

  it('lets every other value and every other field through', () => {
    expect(cohortClash(training, 'trainingSeed', 2023)).toBeNull();
    expect(cohortClash(training, 'evaluationSeed', 2024)).toBeNull();
    expect(cohortClash(training, 'catalogSeed', 2024)).toBeNull();
  });
});

describe('keepTrainingOffCohort', () => {
  const base = presetConfig('default');

  it('leaves a config with distinct seeds alone and says nothing', () => {
    const { corrections, correct } = correctionList();
    expect(keepTrainingOffCohort(base, base, [], correct)).toBe(base);
    expect(corrections).toEqual([]);
  });

  it('moves the training seed to the base\'s, naming the key the link set', () => {
    const { corrections, correct } = correctionList();
    const clashing = applyPatch(base, { training: { trainingSeed: 2024 } });
    const kept = keepTrainingOffCohort(clashing, base, [['gamma', '0.9'], ['seed', '2024']], correct);
    expect(kept.training).toMatchObject({ trainingSeed: 1, evaluationSeed: 2024 });
    expect(corrections).toEqual([{ key: 'seed', given: '2024', reason: { code: 'training-on-cohort', seed: 2024, used: 1 } }]);
  });

  it('moves past the evaluation seed when the base\'s training seed is the one the link made the evaluation seed', () => {
    const { corrections, correct } = correctionList();
    const clashing = applyPatch(base, { training: { evaluationSeed: 1 } });
    expect(keepTrainingOffCohort(clashing, base, [['evaluationSeed', '1']], correct).training.trainingSeed).toBe(2);
    expect(corrections[0]).toMatchObject({ key: 'evaluationSeed', reason: { code: 'training-on-cohort', seed: 1, used: 2 } });
  });
});
