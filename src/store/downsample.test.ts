import { describe, expect, it } from 'vitest';
import { downsampleSeries, lttbIndices, strideSeries } from './downsample';

const range = (count: number) => Array.from({ length: count }, (_, index) => index);

describe('LTTB downsampling', () => {
  it('keeps the first and the last point, and returns exactly the target count', () => {
    const x = range(1000);
    const y = x.map((value) => Math.sin(value / 20));
    const indices = lttbIndices(x, y, 100);
    expect(indices).toHaveLength(100);
    expect(indices[0]).toBe(0);
    expect(indices.at(-1)).toBe(999);
  });

  it('returns indices in increasing order, one per bucket', () => {
    const x = range(500);
    const y = x.map((value) => (value * 7919) % 13);
    const indices = lttbIndices(x, y, 50);
    for (let k = 1; k < indices.length; k++) expect(indices[k]).toBeGreaterThan(indices[k - 1]);
  });

  it('picks the extreme points: a lone spike survives', () => {
    const x = range(1000);
    const y = x.map(() => 0);
    y[437] = 50;
    y[712] = -30;
    const indices = lttbIndices(x, y, 20);
    expect(indices).toContain(437);
    expect(indices).toContain(712);
  });

  it('leaves short input alone and handles tiny targets', () => {
    expect(lttbIndices([1, 2, 3], [4, 5, 6], 10)).toEqual([0, 1, 2]);
    expect(lttbIndices([], [], 10)).toEqual([]);
    expect(lttbIndices([1], [1], 1)).toEqual([0]);
    expect(lttbIndices(range(10), range(10), 2)).toEqual([0, 9]);
    expect(lttbIndices(range(10), range(10), 1)).toEqual([0]);
  });

  it('downsamples a series into parallel columns, unchanged when already small', () => {
    const series = { steps: range(300), values: range(300).map((value) => value * value) };
    const thinned = downsampleSeries(series, 30);
    expect(thinned.steps).toHaveLength(30);
    expect(thinned.values).toHaveLength(30);
    expect(thinned.values[5]).toBe(thinned.steps[5] ** 2);
    const small = { steps: [1, 2], values: [3, 4] };
    expect(downsampleSeries(small, 30)).toBe(small);
  });

  it('thins a million points to the same few as a thousand', () => {
    const x = range(1_000_000);
    const y = x.map((value) => Math.sin(value / 1000));
    expect(lttbIndices(x, y, 500)).toHaveLength(500);
  });
});

describe('stride thinning of a point cloud', () => {
  it('keeps evenly spaced points, the first and the last', () => {
    const series = { steps: range(101), values: range(101).map((value) => value % 7) };
    expect(strideSeries(series, 5).steps).toEqual([0, 25, 50, 75, 100]);
    expect(strideSeries(series, 5).values).toEqual([0, 4, 1, 5, 2]);
    expect(strideSeries(series, 200)).toBe(series);
  });

  it('keeps the spread of noisy values, where LTTB keeps mostly the extremes', () => {
    // Values 0..9 repeating: the cloud's mean is 4.5.
    const series = { steps: range(10_000), values: range(10_000).map((value) => (value * 7) % 10) };
    const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    expect(mean(strideSeries(series, 200).values)).toBeCloseTo(4.5, 0);
    const extremes = downsampleSeries(series, 200).values.filter((value) => value === 0 || value === 9).length;
    expect(extremes).toBeGreaterThan(150);
  });
});
