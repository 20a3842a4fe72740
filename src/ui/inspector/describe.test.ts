import { describe, expect, it } from 'vitest';
import { ObservationLayout } from '../../sim/observation';
import { OBSERVATION_SIZE } from '../../sim/settings';
import { itemName } from '../format';
import { describeObservation } from './describe';

describe('describeObservation', () => {
  it('names the progress, the top interest, the last recommendation and its outcome, and the engagement', () => {
    const observation = new Float32Array(OBSERVATION_SIZE);
    observation[ObservationLayout.observedPreferences + 5] = 0.6;
    observation[ObservationLayout.observedPreferences + 1] = 0.3;
    observation[ObservationLayout.lastCategory + 1] = 1;
    observation[ObservationLayout.lastClicked] = 1;
    observation[ObservationLayout.progress] = 0.3;
    observation[ObservationLayout.engagement] = 0.625;
    expect(describeObservation(observation)).toBe('30% through · likes Books · last Fashion, clicked · engagement 0.63');
  });

  it('says "first step" before any recommendation, and a bought item outranks the click', () => {
    const first = new Float32Array(OBSERVATION_SIZE);
    expect(describeObservation(first)).toContain('first step');
    first[ObservationLayout.lastCategory] = 1;
    first[ObservationLayout.lastClicked] = 1;
    first[ObservationLayout.lastBought] = 1;
    expect(describeObservation(first)).toContain('last Electronics, bought');
  });

  it('names items by category and tier', () => {
    expect(itemName(0)).toMatch(/^Electronics /);
    expect(itemName(23)).toMatch(/^Books /);
  });
});
