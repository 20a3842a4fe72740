// What B changes from A, worked out for the lesson pairs, and the quick starts as exact setups.

import { describe, expect, it } from 'vitest';
import { abDifferences, isPresetAsIs, LESSON_SEEDS, onPairTerms, QUICK_STARTS, quickStartOf, setupOf, trainsOnShopReward, withQuickStart, withSharedField, withSideAgent, withSideEpsilon, withSideKnob, withSidePreset } from './ab-setup';
import { parseAbSearch } from './ab-url';
import { applyPatch } from '../contracts/lab-config';
import { DEFAULT_TRAINING_CONFIG } from '../contracts/training-config';
import { presetConfig } from './presets';

const summary = (a: Parameters<typeof abDifferences>[0], b: Parameters<typeof abDifferences>[1]) =>
  abDifferences(a, b).map(({ field, from, to }) => `${field} ${from} → ${to}`);

describe('abDifferences', () => {
  it('names gamma first for myopic against the default, then the fields the preset also changes', () => {
    expect(summary(presetConfig('myopic'), presetConfig('default'))).toEqual(['gamma 0 → 0.999', 'multiStep 1 → 3']);
  });

  it('names the target network alone for the target-network lesson (both sides the textbook DQN)', () => {
    expect(summary(presetConfig('one-step'), presetConfig('no-target-network'))).toEqual(['targetUpdate hard → none']);
  });

  it('is empty for two equal configs, whatever their seeds', () => {
    expect(abDifferences(presetConfig('default'), presetConfig('default'))).toEqual([]);
  });

  it('compares alpha and gamma of each side\'s own agent, and a fixed epsilon as one value', () => {
    let setup = withSideAgent(setupOf('default', 'default'), 'b', 'tabular');
    setup = withSideEpsilon(setup, 'a', 0.1);
    setup = withSideEpsilon(setup, 'b', 0.3);
    setup = withSideKnob(setup, 'b', 'gamma', 0.9);
    expect(setup.b.config.dqn.discount).toBe(presetConfig('default').dqn.discount);
    expect(summary(setup.a.config, setup.b.config)).toEqual(['agent dqn → tabular', `alpha ${presetConfig('default').dqn.learningRate} → ${presetConfig('default').tabular.learningRate}`, `gamma ${presetConfig('default').dqn.discount} → 0.9`, 'epsilon 0.1 → 0.3']);
  });

  it('compares a decaying schedule against a fixed rate field by field', () => {
    const setup = withSideEpsilon(setupOf('default', 'default'), 'b', 0.2);
    expect(summary(setup.a.config, setup.b.config)).toEqual(['explorationStart 1 → 0.2', 'explorationEnd 0.05 → 0.2', 'explorationDecaySteps 15000 → 0']);
  });
});

describe('a side\'s epsilon, by the lab\'s rule', () => {
  it('reads a schedule without decay steps as epsilon fixed at its start, whatever its end says', () => {
    const held = applyPatch(presetConfig('default'), { training: { explorationStart: 0.3, explorationEnd: 0.05, explorationDecaySteps: 0 } });
    const same = withSideEpsilon(setupOf('default', 'default'), 'b', 0.3);
    expect(summary(held, same.b.config)).toEqual([]);
    expect(summary(held, withSideEpsilon(same, 'b', 0.2).b.config)).toEqual(['epsilon 0.3 → 0.2']);
  });

  it('turns a fixed epsilon back into the preset\'s decay, or the default decay when the preset fixes it too', () => {
    const fixed = withSideEpsilon(setupOf('default', 'no-exploration'), 'a', 0.4);
    expect(withSideEpsilon(fixed, 'a', null).a.config.training).toEqual(presetConfig('default').training);
    // no-exploration holds epsilon at 0: unfixing it gives the default schedule, not the same fixed 0.
    const back = withSideEpsilon(fixed, 'b', null).b.config.training;
    expect(back).toMatchObject({ explorationStart: DEFAULT_TRAINING_CONFIG.explorationStart, explorationEnd: DEFAULT_TRAINING_CONFIG.explorationEnd, explorationDecaySteps: DEFAULT_TRAINING_CONFIG.explorationDecaySteps });
    expect(back.explorationDecaySteps).toBeGreaterThan(0);
  });
});

describe('lesson pairs', () => {
  it('each pair is its two presets on its own seeds and budget, recognised until a side\'s setting changes', () => {
    for (const pair of QUICK_STARTS) {
      const setup = setupOf(pair.a, pair.b);
      expect([setup.a.presetName, setup.b.presetName]).toEqual([pair.a, pair.b]);
      for (const side of [setup.a, setup.b]) expect(side.config.training).toMatchObject({ ...LESSON_SEEDS, totalSteps: pair.totalSteps, evaluationInterval: pair.evaluationInterval });
      expect(quickStartOf(setup)).toBe(pair.id);
      expect(onPairTerms(setup, pair.id)).toBe(true);
      expect(quickStartOf(withSideKnob(setup, 'b', 'gamma', 0.5))).toBeNull();
    }
  });

  it('the tabular pair gets the table\'s 2M-step budget from its button, whatever budget and seed ran before', () => {
    // The comparison before: the gamma pair with a 150,000-step budget and seed 7.
    let before = withSharedField(setupOf('myopic', 'default'), 'totalSteps', 150_000);
    before = withSharedField(before, 'trainingSeed', 7);
    const tabular = withQuickStart(before, 'clicksOnly');
    expect(tabular.a.config.training.totalSteps).toBe(2_000_000);
    expect(tabular.b.config.training.totalSteps).toBe(2_000_000);
    expect(tabular.b.config.training.trainingSeed).toBe(LESSON_SEEDS.trainingSeed);
    expect(onPairTerms(tabular, 'clicksOnly')).toBe(true);
  });

  it('a pair opened by its button equals the same pair opened by its link, from any comparison before', () => {
    const befores = [setupOf('default', 'default'), withSharedField(setupOf('clicks-only', 'tabular'), 'evaluationSeed', 3), withSidePreset(setupOf('myopic', 'default'), 'b', 'trust-hidden')];
    for (const pair of QUICK_STARTS) {
      const linked = parseAbSearch(`?page=compare&a=${pair.a}&b=${pair.b}`).setup;
      for (const before of befores) expect(withQuickStart(before, pair.id)).toEqual(linked);
    }
  });

  it('keeps the backend chosen for this computer, which is no part of a lesson', () => {
    const onCpu = withSharedField(setupOf('default', 'default'), 'backend', 'cpu');
    const pair = withQuickStart(onCpu, 'gamma');
    expect([pair.a.config.training.backend, pair.b.config.training.backend]).toEqual(['cpu', 'cpu']);
    expect(onPairTerms(pair, 'gamma')).toBe(true);
  });

  it('a pair on a shorter budget or other seeds is still the pair, but not on its own terms', () => {
    const shorter = withSharedField(setupOf('myopic', 'default'), 'totalSteps', 20_000);
    expect(quickStartOf(shorter)).toBe('gamma');
    expect(onPairTerms(shorter, 'gamma')).toBe(false);
    expect(onPairTerms(withSharedField(setupOf('myopic', 'default'), 'catalogSeed', 9), 'gamma')).toBe(false);
  });

  it('two presets that make no pair run on side A\'s preset\'s seeds and budget', () => {
    const setup = setupOf('tabular', 'default');
    expect(setup.b.config.training.totalSteps).toBe(presetConfig('tabular').training.totalSteps);
    expect(setupOf('default', 'tabular').b.config.training.totalSteps).toBe(presetConfig('default').training.totalSteps);
    expect(quickStartOf(setup)).toBeNull();
  });
});

describe('what a side runs', () => {
  it('runs its preset as it is until one of its own settings changes; the shared seeds do not count', () => {
    const setup = withSharedField(setupOf('myopic', 'default'), 'trainingSeed', 9);
    expect(isPresetAsIs(setup.a)).toBe(true);
    expect(isPresetAsIs(withSideKnob(setup, 'a', 'alpha', 0.01).a)).toBe(false);
  });

  it('trains on the shop\'s reward unless the reward counts clicks only', () => {
    expect(trainsOnShopReward(presetConfig('tabular'))).toBe(true);
    expect(trainsOnShopReward(presetConfig('myopic'))).toBe(true);
    expect(trainsOnShopReward(presetConfig('clicks-only'))).toBe(false);
  });
});
