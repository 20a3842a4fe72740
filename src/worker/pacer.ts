// The training speed: slow motion (a number of ticks per second), the lecture pace (the run's budget spread
// over a few minutes, so a class can watch the curve), or fast-forward (as fast as the machine trains).

import { STEP_BY_STEP_SPEED, lectureTicksPerSecond } from '../contracts/pace';
import type { Speed } from '../contracts/protocol';

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
