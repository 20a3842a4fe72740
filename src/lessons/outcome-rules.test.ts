// The shared outcome rules on made-up metrics: the steady comparison's three answers and the frozen policy.
import { describe, expect, it } from 'vitest';
import { frozenAt, settling, syntheticMetrics, syntheticSide } from '../testing/lesson-metrics';
import { compareFigure, compareSteady, isFrozen } from './outcome-rules';

describe('the steady comparison', () => {
  it('says less, more or the same from the last half of the evaluations', () => {
    expect(compareSteady(syntheticMetrics({ percents: settling(20) }, { percents: settling(70) }))?.comparison).toBe('less');
    expect(compareSteady(syntheticMetrics({ percents: settling(70) }, { percents: settling(20) }))?.comparison).toBe('more');
    // Means 2 points apart, each swinging by 3 over five evaluations: within twice the standard error (3.8).
    expect(compareSteady(syntheticMetrics({ percents: settling(40, 3) }, { percents: settling(42, 3) }))?.comparison).toBe('same');
  });

  it('tells apart a gap larger than the evaluations\' swing even when their ranges overlap (a table\'s wide swings)', () => {
    const wide = (level: number) => [level, level, level, level, level, level - 9, level + 9, level - 6, level + 6, level];
    // The last halves (21-39 and 27-45) overlap and their means are 6 apart: within twice the standard error (9.7)...
    expect(compareSteady(syntheticMetrics({ percents: wide(30) }, { percents: wide(36) }))?.comparison).toBe('same');
    // ...while last halves of ten, half of them at the mean, put twice the standard error at 4.6: the same gap is a result.
    const twice = (level: number) => [...wide(level), ...wide(level)];
    expect(compareSteady(syntheticMetrics({ percents: twice(30) }, { percents: twice(36) }))?.comparison).toBe('less');
  });

  it('reports both steady figures, and nothing before each side has one', () => {
    const compared = compareSteady(syntheticMetrics({ percents: [10, 10, 10, 10, 10, 10] }, { percents: [50, 50, 50, 50, 50, 50] }));
    expect(compared).toEqual({ comparison: 'less', a: 10, b: 50 });
    expect(compareSteady(syntheticMetrics({ percents: [10, 10, 10, 10] }, { percents: settling(50) }))).toBeNull();
  });

  it('averages the click rate over the same half', () => {
    expect(compareFigure(syntheticMetrics({ percents: settling(20), clickRate: 0.7 }, { percents: settling(70), clickRate: 0.6 }), 'clickRate')).toMatchObject({ a: 0.7, b: 0.6 });
  });
});

describe('a frozen greedy policy', () => {
  it('is one whose last evaluations are identical', () => {
    expect(isFrozen(syntheticSide({ percents: frozenAt(7) }), 3)).toBe(true);
    expect(isFrozen(syntheticSide({ percents: settling(50) }), 3)).toBe(false);
    expect(isFrozen(syntheticSide({ percents: [7, 7] }), 3)).toBe(false);
  });
});
