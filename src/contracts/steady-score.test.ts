// Tests of the steady figure: the last half of the evaluations, its mean and spread, and when there is none.
import { describe, expect, it } from 'vitest';
import { STEADY_MIN_EVALUATIONS, steadyScore, steadyScoreOf } from './steady-score';

describe('steadyScore', () => {
  it('averages the last half of the evaluations (rounded down) and gives their range and spread', () => {
    // 7 evaluations: the last 3 count (60, 70, 80); the early 10, 20, 30, 95 do not.
    const steady = steadyScore([10, 20, 30, 95, 60, 70, 80]);
    expect(steady).not.toBeNull();
    expect(steady?.evaluations).toBe(3);
    expect(steady?.percentOfOracle).toBeCloseTo(70, 12);
    expect(steady?.min).toBe(60);
    expect(steady?.max).toBe(80);
    expect(steady?.standardDeviation).toBeCloseTo(10, 12);
  });

  it('counts exactly half of an even number of evaluations', () => {
    const steady = steadyScore([0, 0, 0, 0, 40, 50, 60, 70]);
    expect(steady?.evaluations).toBe(4);
    expect(steady?.percentOfOracle).toBeCloseTo(55, 12);
    expect(steady?.min).toBe(40);
    expect(steady?.max).toBe(70);
  });

  it('gives nothing until the last half holds enough evaluations to be steadier than the latest', () => {
    const tooFew = Array.from({ length: 2 * STEADY_MIN_EVALUATIONS - 1 }, (_, k) => 50 + k);
    expect(steadyScore(tooFew)).toBeNull();
    expect(steadyScore([])).toBeNull();
    expect(steadyScore([...tooFew, 99])?.evaluations).toBe(STEADY_MIN_EVALUATIONS);
  });

  it('reads evaluation records in order', () => {
    const records = [30, 40, 50, 61, 62, 66].map((percentOfOracle, k) => ({ percentOfOracle, step: 1000 * (k + 1) }));
    expect(steadyScoreOf(records)?.percentOfOracle).toBeCloseTo(63, 12);
  });
});
