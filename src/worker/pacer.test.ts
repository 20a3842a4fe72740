import { describe, expect, it } from 'vitest';
import { LECTURE_MIN_STEPS_PER_SECOND, LECTURE_SECONDS, lectureTicksPerSecond } from '../contracts/pace';
import { Pacer } from './pacer';

describe('the lecture pace', () => {
  it('gives every preset budget at least five minutes, and a short budget from a link a short run', () => {
    const shoppers = 32;
    const seconds = (budget: number) => budget / (lectureTicksPerSecond(budget, shoppers) * shoppers);
    expect(LECTURE_SECONDS).toBeGreaterThanOrEqual(300);
    expect(seconds(150_000)).toBeCloseTo(300, 6);
    expect(seconds(2_000_000)).toBeCloseTo(300, 6);
    expect(seconds(8000)).toBeCloseTo(8000 / LECTURE_MIN_STEPS_PER_SECOND, 6);
  });

  it('paces ticks at the lecture rate, drops a backlog of over a second, and goes flat out at fast-forward', () => {
    let now = 0;
    const pacer = new Pacer(() => now);
    pacer.setLecturePace(150_000, 10); // 500 steps/s of 10 shoppers: 50 ticks per second
    pacer.setSpeed('lecture');
    expect(pacer.ticksPerSecond).toBe(50);
    expect(pacer.slowMotion).toBe(false);
    now = 100;
    expect(pacer.owed()).toBe(5);
    for (let k = 0; k < 5; k++) pacer.counted();
    expect(pacer.nextDelay()).toBeCloseTo(20, 6);
    now = 5000; // a stall: 245 ticks behind
    expect(pacer.owed()).toBe(1);
    pacer.setSpeed('max');
    expect(pacer.owed()).toBe(Number.POSITIVE_INFINITY);
    expect(pacer.nextDelay()).toBe(0);
    pacer.setSpeed(2);
    expect(pacer.slowMotion).toBe(true);
  });
});
