// The training speed: slow motion (a number of ticks per second), the lecture pace (the run's budget spread
// over a few minutes, so a class can watch the curve), or fast-forward (as fast as the machine trains).

import type { Speed } from '../contracts/protocol';

/** Slow-motion speeds at or below this post a batch after every step, so each one can be watched. */
export const STEP_BY_STEP_SPEED = 10;

/** At the lecture pace a run's budget takes at least this long: a lecture's worth of curve, not a blink. */
export const LECTURE_SECONDS = 300;

/**
 * The lecture pace never drops below this many environment steps per second, so that a short budget from a
 * link (`steps=8000`) is still a short run. 150,000 steps (the default budget) / 300 s is exactly this.
 */
export const LECTURE_MIN_STEPS_PER_SECOND = 500;

/** Ticks per second at the lecture pace: the budget over LECTURE_SECONDS, each tick moving every parallel shopper. */
export function lectureTicksPerSecond(budget: number, shoppersPerTick: number): number {
  const stepsPerSecond = Math.max(budget / LECTURE_SECONDS, LECTURE_MIN_STEPS_PER_SECOND);
  return stepsPerSecond / Math.max(1, shoppersPerTick);
}

export class Pacer {
  private readonly now: () => number;
  private speedValue: Speed = 'max';
  private lecturePace = lectureTicksPerSecond(0, 1);
  /** Paced speeds: ticks taken since startedAt. */
  private startedAt = 0;
  private ticks = 0;

  constructor(now: () => number) {
    this.now = now;
  }

  get speed(): Speed {
    return this.speedValue;
  }

  /** At most STEP_BY_STEP_SPEED ticks per second: every step is shown. */
  get slowMotion(): boolean {
    return typeof this.speedValue === 'number' && this.speedValue <= STEP_BY_STEP_SPEED;
  }

  /** Ticks per second now (infinite at fast-forward). */
  get ticksPerSecond(): number {
    if (this.speedValue === 'max') return Number.POSITIVE_INFINITY;
    if (this.speedValue === 'lecture') return this.lecturePace;
    return this.speedValue;
  }

  setSpeed(speed: Speed): void {
    this.speedValue = speed === 'lecture' || (typeof speed === 'number' && speed > 0) ? speed : 'max';
    this.restart();
  }

  /** The lecture pace of a run: its budget when it started (an extended budget keeps the pace it had). */
  setLecturePace(budget: number, shoppersPerTick: number): void {
    this.lecturePace = lectureTicksPerSecond(budget, shoppersPerTick);
    this.restart();
  }

  /** Counts from now (after a pause, so that the paused time is not owed). */
  restart(): void {
    this.startedAt = this.now();
    this.ticks = 0;
  }

  /** Ticks due now at a paced speed and not yet taken. */
  owed(): number {
    const rate = this.ticksPerSecond;
    if (rate === Number.POSITIVE_INFINITY) return rate;
    const owed = Math.floor(((this.now() - this.startedAt) * rate) / 1000) - this.ticks;
    // More than a second behind (a slow evaluation, a busy machine): start counting afresh rather than
    // rush the backlog, which would show as a burst on the charts.
    if (owed > Math.max(1, rate)) {
      this.restart();
      return 1;
    }
    return owed;
  }

  counted(): void {
    this.ticks += 1;
  }

  /** Milliseconds until the next paced tick is due (0 at fast-forward). */
  nextDelay(): number {
    const rate = this.ticksPerSecond;
    if (rate === Number.POSITIVE_INFINITY) return 0;
    return Math.max(0, this.startedAt + ((this.ticks + 1) * 1000) / rate - this.now());
  }
}
