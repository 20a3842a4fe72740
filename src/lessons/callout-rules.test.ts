// Each kind of callout rule on made-up metrics: it fires at the first step its event holds, and not before.
import { describe, expect, it } from 'vitest';
import { EVALUATION_EVERY, frozenAt, settling, syntheticMetrics } from '../testing/lesson-metrics';
import { calloutStep, firedCallouts } from './callout-rules';
import { discounting } from './catalog/discounting';

const quiet = syntheticMetrics({ percents: [] }, { percents: [] });

describe('callout rules', () => {
  it('fire when a series first crosses a value', () => {
    const metrics = syntheticMetrics({ percents: [], series: { meanQ: [3, 2, 0.5, 0.2] } }, { percents: [], series: { meanQ: [0.1, 0.5, 1.2, 3] } });
    expect(calloutStep({ kind: 'below', side: 'a', series: 'meanQ', value: 1 }, metrics)).toBe(300);
    expect(calloutStep({ kind: 'above', side: 'b', series: 'meanQ', value: 1 }, metrics)).toBe(300);
    expect(calloutStep({ kind: 'above', side: 'a', series: 'meanQ', value: 5 }, metrics)).toBeNull();
    expect(calloutStep({ kind: 'above', side: 'a', series: 'loss', value: 5 }, quiet)).toBeNull();
  });

  it('fire when the loss first spikes above k times its running median', () => {
    const loss = [1, 1.2, 0.9, 1.1, 1, 4, 1, 12, 1];
    const metrics = syntheticMetrics({ percents: [], series: { loss } }, { percents: [] });
    // The point of 4 is under 10x the median of the five before it; the 12 is over it (the 8th point: step 800).
    expect(calloutStep({ kind: 'spike', side: 'a', series: 'loss', factor: 10, window: 5 }, metrics)).toBe(800);
    expect(calloutStep({ kind: 'spike', side: 'a', series: 'loss', factor: 20, window: 5 }, metrics)).toBeNull();
  });

  it('fire when a side\'s greedy policy stops changing', () => {
    const metrics = syntheticMetrics({ percents: frozenAt(7) }, { percents: settling(40) });
    // frozenAt holds its level from the fifth evaluation: the third identical one is the seventh.
    expect(calloutStep({ kind: 'frozen', side: 'a', evaluations: 3 }, metrics)).toBe(7 * EVALUATION_EVERY);
    expect(calloutStep({ kind: 'frozen', side: 'b', evaluations: 3 }, metrics)).toBeNull();
  });

  it('fire when one side leads the other by a gap, and once both have results', () => {
    const metrics = syntheticMetrics({ percents: [10, 12, 15] }, { percents: [12, 25, 40] });
    expect(calloutStep({ kind: 'gap', leader: 'b', points: 20 }, metrics)).toBe(3 * EVALUATION_EVERY);
    expect(calloutStep({ kind: 'gap', leader: 'a', points: 1 }, metrics)).toBeNull();
    expect(calloutStep({ kind: 'evaluations', count: 2 }, metrics)).toBe(2 * EVALUATION_EVERY);
    expect(calloutStep({ kind: 'evaluations', count: 1 }, quiet)).toBeNull();
  });

  it('come out in the order of their steps', () => {
    const metrics = syntheticMetrics({ percents: [10, 10, 10] }, { percents: [12, 40, 50], series: { meanQ: [0.2, 0.4, 1.5] } });
    expect(firedCallouts(discounting, metrics)).toEqual([
      { id: 'values-apart', step: 300 },
      { id: 'first-results', step: EVALUATION_EVERY },
      { id: 'return-gap', step: 2 * EVALUATION_EVERY },
    ]);
    expect(firedCallouts(discounting, quiet)).toEqual([]);
  });
});
