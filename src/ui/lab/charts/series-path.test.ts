import { describe, expect, it } from 'vitest';
import { dotsPath, linePath, nearestIndex, nearestPoints } from './series-path';

// Step 0..100 onto x 0..200, value 0..10 onto y 100..0 (SVG y grows downwards).
const x = (step: number) => step * 2;
const y = (value: number) => 100 - value * 10;

describe('series paths', () => {
  it('draws a series as one polyline', () => {
    expect(linePath({ steps: [0, 50, 100], values: [0, 5, 10] }, x, y)).toBe('M0 100L100 50L200 0');
  });

  it('breaks the line where the scale cannot place a point', () => {
    const gappy = (value: number) => (value === 5 ? undefined : y(value));
    expect(linePath({ steps: [0, 50, 100], values: [0, 5, 10] }, x, gappy)).toBe('M0 100M200 0');
  });

  it('draws dots as zero-length segments of one path, rounded to a tenth of a pixel', () => {
    expect(dotsPath({ steps: [0, 10.01], values: [1, 2.345] }, x, y)).toBe('M0 90h0M20 76.6h0');
    expect(dotsPath({ steps: [], values: [] }, x, y)).toBe('');
  });
});

describe('nearestIndex', () => {
  it('finds the point nearest to a step', () => {
    const steps = [0, 10, 20, 40];
    expect([-5, 4, 6, 20, 29, 31, 99].map((step) => nearestIndex(steps, step))).toEqual([0, 0, 1, 2, 2, 3, 3]);
    expect(nearestIndex([], 3)).toBe(-1);
  });
});

describe('nearestPoints', () => {
  it("reads each line's point nearest to the hovered step, a kept run that ended earlier at its last point", () => {
    const live = { name: 'live', series: { steps: [0, 100, 200, 300], values: [1, 2, 3, 4] } };
    const shortRun = { name: 'kept #1', series: { steps: [0, 40, 80], values: [5, 6, 7] } };
    const emptyRun = { name: 'kept #2', series: { steps: [], values: [] } };
    expect(nearestPoints([live, shortRun, emptyRun], 190)).toEqual([
      { line: live, step: 200, value: 3 },
      { line: shortRun, step: 80, value: 7 },
    ]);
    expect(nearestPoints([shortRun], 55).map((point) => [point.step, point.value])).toEqual([[40, 6]]);
  });
});
