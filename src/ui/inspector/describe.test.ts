import { describe, expect, it } from 'vitest';
import { ObservationLayout } from '../../sim/observation';
import { OBSERVATION_SIZE } from '../../sim/settings';
import { MESSAGES } from '../i18n/all-messages';
import { describeObservation } from './describe';

const { en, zh } = MESSAGES;

function observationOf(values: Record<number, number>): Float32Array {
  const observation = new Float32Array(OBSERVATION_SIZE);
  for (const [index, value] of Object.entries(values)) observation[Number(index)] = value;
  return observation;
}

describe('describeObservation', () => {
  const clickedFashion = observationOf({
    [ObservationLayout.observedPreferences + 5]: 0.6,
    [ObservationLayout.observedPreferences + 1]: 0.3,
    [ObservationLayout.lastCategory + 1]: 1,
    [ObservationLayout.lastClicked]: 1,
    [ObservationLayout.progress]: 0.3,
    [ObservationLayout.engagement]: 0.625,
  });

  it('names the progress, the top interest, the last recommendation and its outcome, and the engagement', () => {
    expect(describeObservation(clickedFashion, en)).toBe('30% through · likes Books · last Fashion, clicked · engagement 0.63');
  });

  it('says the same in Chinese, with the categories and the outcome translated', () => {
    expect(describeObservation(clickedFashion, zh)).toBe('进度 30% · 偏好图书 · 上次服饰，已点击 · 参与度 0.63');
  });

  it('says "first step" before any recommendation, and a bought item outranks the click', () => {
    const first = new Float32Array(OBSERVATION_SIZE);
    expect(describeObservation(first, en)).toContain('first step');
    expect(describeObservation(first, zh)).toContain('第一步');
    first[ObservationLayout.lastCategory] = 1;
    first[ObservationLayout.lastClicked] = 1;
    first[ObservationLayout.lastBought] = 1;
    expect(describeObservation(first, en)).toContain('last Electronics, bought');
    expect(describeObservation(first, zh)).toContain('上次电子产品，已购买');
  });
});
