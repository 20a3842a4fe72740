// Lab config tests: section-wise patches, the evaluation's reward, and the live knobs of each agent.

import { describe, expect, it } from 'vitest';
import { DEFAULT_SIM_SETTINGS } from '../sim/settings';
import { DEFAULT_LAB_CONFIG, applyPatch, evaluationSettings, liveKnobsOf } from './lab-config';

describe('applyPatch', () => {
  it('overrides only the fields named, section by section, and leaves the base untouched', () => {
    const base = applyPatch(DEFAULT_LAB_CONFIG, {});
    const patched = applyPatch(base, { agent: 'tabular', dqn: { hiddenWidth: 8 }, tabular: { discount: 0.5 }, training: { totalSteps: 1234 }, sim: { observability: 'exact' } });
    expect(patched.agent).toBe('tabular');
    expect(patched.dqn).toEqual({ ...base.dqn, hiddenWidth: 8 });
    expect(patched.tabular).toEqual({ ...base.tabular, discount: 0.5 });
    expect(patched.training).toEqual({ ...base.training, totalSteps: 1234 });
    expect(patched.sim).toEqual({ ...base.sim, observability: 'exact' });
    expect(base).toEqual(applyPatch(DEFAULT_LAB_CONFIG, {}));
    expect(patched.dqn).not.toBe(base.dqn);
  });

  it('keeps the agent when the patch does not name one', () => {
    expect(applyPatch({ ...DEFAULT_LAB_CONFIG, agent: 'heuristic' }, { dqn: { discount: 0 } }).agent).toBe('heuristic');
  });
});

describe('evaluationSettings', () => {
  it('scores a clicks-only run with the shop reward, keeping the rest of its calibration', () => {
    const clicksOnly = applyPatch(DEFAULT_LAB_CONFIG, { sim: { purchaseReward: 0, purchaseRewardPerDollar: 0, clickReward: 0.5, observability: 'hidden' } });
    const settings = evaluationSettings(clicksOnly);
    expect(settings.purchaseReward).toBe(DEFAULT_SIM_SETTINGS.purchaseReward);
    expect(settings.purchaseRewardPerDollar).toBe(DEFAULT_SIM_SETTINGS.purchaseRewardPerDollar);
    expect(settings.clickReward).toBe(DEFAULT_SIM_SETTINGS.clickReward);
    expect(settings.observability).toBe('hidden');
    expect(clicksOnly.sim.purchaseReward).toBe(0);
  });

  it('is the run settings themselves when the reward is the shop one', () => {
    expect(evaluationSettings(DEFAULT_LAB_CONFIG)).toEqual(DEFAULT_LAB_CONFIG.sim);
  });
});

describe('liveKnobsOf', () => {
  const config = applyPatch(DEFAULT_LAB_CONFIG, { dqn: { learningRate: 0.003, discount: 0.9 }, tabular: { learningRate: 0.2, discount: 0.5 } });

  it('reads the DQN section for the DQN and for reference policies', () => {
    expect(liveKnobsOf(config)).toEqual({ learningRate: 0.003, discount: 0.9 });
    expect(liveKnobsOf({ ...config, agent: 'random' })).toEqual({ learningRate: 0.003, discount: 0.9 });
  });

  it('reads the tabular section for tabular Q-learning', () => {
    expect(liveKnobsOf({ ...config, agent: 'tabular' })).toEqual({ learningRate: 0.2, discount: 0.5 });
  });
});
