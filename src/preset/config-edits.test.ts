// The lab's config edits as the lab and the compare page make them: knobs of the chosen agent, a fixed
// epsilon, and the schedule epsilon goes back to.
import { describe, expect, it } from 'vitest';
import { DEFAULT_TRAINING_CONFIG } from '../contracts/training-config';
import { decaySchedule, fixedEpsilon, withExplorationSchedule, withKnob } from './config-edits';
import { presetConfig } from './presets';

describe('lab config edits', () => {
  it('turns alpha and gamma of the chosen agent, and fixes epsilon by ending its decay', () => {
    const tabular = withKnob(presetConfig('tabular'), 'discount', 0.5);
    expect(tabular.tabular.discount).toBe(0.5);
    expect(tabular.dqn.discount).toBe(presetConfig('tabular').dqn.discount);
    const fixed = withKnob(presetConfig('default'), 'explorationRate', 0.2);
    expect(fixed.training).toMatchObject({ explorationStart: 0.2, explorationEnd: 0.2, explorationDecaySteps: 0 });
    expect(fixedEpsilon(fixed.training)).toBe(0.2);
  });

  it('reads epsilon as fixed exactly when the schedule has no decay steps, at its start', () => {
    expect(fixedEpsilon(presetConfig('default').training)).toBeNull();
    expect(fixedEpsilon({ explorationStart: 0.3, explorationEnd: 0.05, explorationDecaySteps: 0 })).toBe(0.3);
    expect(fixedEpsilon(presetConfig('no-exploration').training)).toBe(0);
  });

  it('goes back to a decaying schedule: the one given when it decays, else the default one', () => {
    const slow = { explorationStart: 0.8, explorationEnd: 0.1, explorationDecaySteps: 40_000 };
    expect(decaySchedule({ ...DEFAULT_TRAINING_CONFIG, ...slow })).toEqual(slow);
    const back = withExplorationSchedule(presetConfig('no-exploration'), decaySchedule(presetConfig('no-exploration').training));
    expect(back.training).toMatchObject({ explorationStart: DEFAULT_TRAINING_CONFIG.explorationStart, explorationDecaySteps: DEFAULT_TRAINING_CONFIG.explorationDecaySteps });
  });
});
