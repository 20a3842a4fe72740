import { describe, expect, it } from 'vitest';
import { lastMarkedStep, lastStep, linearAxis, quantile, steadyAxis, stepAxis, valueExtent } from './chart-axes';

describe('stepAxis', () => {
  const end = (step: number) => stepAxis(step).domain[1];

  it('ends at the last step rounded up to 1, 2, 3 or 5 times a power of ten', () => {
    expect([1, 7, 12, 2000, 2001, 4200, 31_000, 99_999, 100_000].map(end)).toEqual([1, 10, 20, 2000, 3000, 5000, 50_000, 100_000, 100_000]);
  });

  it('stays put while the run grows inside it (the Recharts frame is not redrawn)', () => {
    expect(new Set([20_001, 24_000, 29_999].map(end))).toEqual(new Set([30_000]));
  });

  it('ticks at round steps from 0 to its end', () => {
    expect(stepAxis(2600).ticks).toEqual([0, 500, 1000, 1500, 2000, 2500, 3000]);
    expect(stepAxis(45_000).ticks).toEqual([0, 10_000, 20_000, 30_000, 40_000, 50_000]);
  });

  it('starts at 1 before any step', () => {
    expect(stepAxis(0).domain).toEqual([0, 1]);
    expect(stepAxis(Number.NaN).domain).toEqual([0, 1]);
  });
});

describe('linearAxis', () => {
  it('ends on round ticks that cover the data', () => {
    expect(linearAxis(0, 4.53)).toEqual({ domain: [0, 6], ticks: [0, 2, 4, 6] });
    expect(linearAxis(-0.3, 0.9)).toEqual({ domain: [-0.5, 1], ticks: [-0.5, 0, 0.5, 1] });
    expect(linearAxis(0, 1)).toEqual({ domain: [0, 1], ticks: [0, 0.25, 0.5, 0.75, 1] });
  });

  it('gives a flat series room around it', () => {
    const { domain } = linearAxis(2, 2);
    expect(domain[0]).toBeLessThan(2);
    expect(domain[1]).toBeGreaterThan(2);
  });
});

describe('steadyAxis', () => {
  it('keeps the axis drawn before while the data fits and fills enough of it', () => {
    const first = steadyAxis(null, 0, 2.1);
    expect(first.domain[1]).toBeGreaterThanOrEqual(3.15);
    expect(steadyAxis(first, 0, 2.9)).toBe(first);
  });

  it('refits, with headroom, when the data leaves it or shrinks to a sliver of it', () => {
    const first = steadyAxis(null, 0, 2);
    const grown = steadyAxis(first, 0, first.domain[1] + 0.1);
    expect(grown).not.toBe(first);
    expect(grown.domain[1]).toBeGreaterThan(first.domain[1]);
    const shrunk = steadyAxis(grown, 0, grown.domain[1] / 10);
    expect(shrunk.domain[1]).toBeLessThan(grown.domain[1]);
  });

  it('settles on values too large to plot: the fallback axis, once drawn, is kept (a diverging run)', () => {
    const first = steadyAxis(null, 0, 1.5e308); // its headroom overflows to Infinity
    expect(first.domain).toEqual([0, 1]);
    expect(steadyAxis(first, 0, 1.5e308)).toBe(first);
  });
});

describe('extents', () => {
  it('finds the finite extremes of the series and the extra values', () => {
    expect(valueExtent([{ steps: [1, 2], values: [3, Number.NaN] }, { steps: [3], values: [-1] }], [7])).toEqual({ low: -1, high: 7 });
    expect(valueExtent([{ steps: [], values: [] }])).toBeNull();
  });

  it('finds the last step of any series, and a nearest-rank quantile', () => {
    expect(lastStep([{ steps: [1, 9], values: [0, 0] }, { steps: [12], values: [0] }, { steps: [], values: [] }])).toBe(12);
    expect(quantile([5, 1, 4, 2, 3, 6, 7, 8, 9, 10], 0.9)).toBe(9);
    expect(quantile([], 0.5)).toBeNaN();
  });

  it('reaches a knob change made after the last charted point, so that its marker lies on the axis', () => {
    const series = [{ steps: [128, 384], values: [0.99, 0.98] }];
    // Turned at step 512 while the newest point charted is step 384: the axis ends at 1,000, not 500.
    expect(lastMarkedStep(series, [{ step: 256 }, { step: 512 }])).toBe(512);
    expect(stepAxis(lastMarkedStep(series, [{ step: 512 }])).domain[1]).toBe(1000);
    // A change inside the data leaves the axis to the data.
    expect(lastMarkedStep(series, [{ step: 200 }])).toBe(384);
    expect(lastMarkedStep([], [])).toBe(0);
  });
});
