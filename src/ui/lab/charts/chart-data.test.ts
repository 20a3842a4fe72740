import { describe, expect, it } from 'vitest';
import { logAxis } from './chart-data';

describe('logAxis', () => {
  it('spans whole decades around the positive values, one tick per decade', () => {
    expect(logAxis([0.03, 0.2, 1.7])).toEqual({ domain: [0.01, 10], ticks: [0.01, 0.1, 1, 10] });
  });

  it('ignores zeros, negatives and non-finite values, and keeps at least one decade', () => {
    expect(logAxis([0, -1, Number.NaN, Number.POSITIVE_INFINITY, 5])).toEqual({ domain: [1, 10], ticks: [1, 10] });
  });

  it('gives nothing to draw when no value is positive', () => {
    expect(logAxis([0, -2])).toBeNull();
  });
});
