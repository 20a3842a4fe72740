import { describe, expect, it } from 'vitest';
import type { KnobChange } from '../../../contracts/metrics';
import { MESSAGES } from '../../i18n/all-messages';
import { tableSteps, valueAt } from './ChartDataTable';
import { describeKnobChange, describeKnobChanges } from './knob-markers';

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

describe('knob changes in the data table', () => {
  const gamma: KnobChange = { step: 25, knob: 'discount', from: 0.99, to: 0 };
  const epsilon: KnobChange = { step: 25, knob: 'explorationRate', from: 0.3, to: 0.05, schedule: true };

  it('adds a row at every step a knob was turned', () => {
    expect(tableSteps([line([10, 20, 30], [0, 0, 0])], [gamma])).toEqual([10, 20, 25, 30]);
    const long = Array.from({ length: 1000 }, (_, k) => k * 10);
    expect(tableSteps([line(long, long)], [{ ...gamma, step: 4321 }])).toContain(4321);
  });

  it('words the changes made at one step as the markers read, old value to new, in both languages', () => {
    expect(describeKnobChange(gamma, MESSAGES.en)).toBe('γ 0.99 → 0');
    expect(describeKnobChange({ ...gamma, knob: 'learningRate', from: 0.001, to: 0.01 }, MESSAGES.zh)).toBe('α 0.001 → 0.01');
    expect(describeKnobChanges([gamma, epsilon], MESSAGES.en)).toBe('γ 0.99 → 0; ε 0.3 → decay schedule (0.05 now)');
    expect(describeKnobChanges([gamma, epsilon], MESSAGES.zh)).toBe('γ 0.99 → 0；ε 0.3 → 衰减计划（当前 0.05）');
  });
});
