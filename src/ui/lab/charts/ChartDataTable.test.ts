import { describe, expect, it } from 'vitest';
import { tableSteps, valueAt } from './ChartDataTable';

const line = (steps: number[], values: number[]) => ({ name: 'x', color: '#000', series: { steps, values } });

describe('chart data table', () => {
  it('reads a series at a step as its last point at or before it', () => {
    expect(valueAt([10, 20, 30], [1, 2, 3], 25)).toBe(2);
    expect(valueAt([10, 20, 30], [1, 2, 3], 30)).toBe(3);
    expect(valueAt([10, 20, 30], [1, 2, 3], 5)).toBeNaN();
  });

  it('lists every step of short series, and at most 40 evenly spread steps, first and newest included, of long ones', () => {
    expect(tableSteps([line([1, 3], [0, 0]), line([2, 3], [0, 0])])).toEqual([1, 2, 3]);
    const long = Array.from({ length: 1000 }, (_, k) => k * 10);
    const steps = tableSteps([line(long, long)]);
    expect(steps).toHaveLength(40);
    expect(steps[0]).toBe(0);
    expect(steps.at(-1)).toBe(9990);
    expect(steps.every((step, index) => index === 0 || step > steps[index - 1])).toBe(true);
  });
});
