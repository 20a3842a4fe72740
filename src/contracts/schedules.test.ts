import { describe, expect, it } from 'vitest';
import { linearSchedule } from './schedules';

describe('linearSchedule', () => {
  it('falls linearly from start to end, then stays at end', () => {
    expect(linearSchedule(1, 0.05, 1000, 0)).toBe(1);
    expect(linearSchedule(1, 0.05, 1000, 500)).toBeCloseTo(0.525, 12);
    expect(linearSchedule(1, 0.05, 1000, 1000)).toBeCloseTo(0.05, 12);
    expect(linearSchedule(1, 0.05, 1000, 5000)).toBeCloseTo(0.05, 12);
  });

  it('is fixed at start when the duration is zero', () => {
    expect(linearSchedule(0.2, 0, 0, 12345)).toBe(0.2);
  });
});
