// The training speed: as fast as possible, or paced to a number of ticks per second (slow motion shows each).

import type { Speed } from './protocol';

/** Slow-motion speeds at or below this post a batch after every step, so each one can be watched. */
export const STEP_BY_STEP_SPEED = 10;

export class Pacer {
  private readonly now: () => number;
  private speedValue: Speed = 'max';
  /** Paced speeds: ticks taken since startedAt. */
  private startedAt = 0;
  private ticks = 0;

  constructor(now: () => number) {
    this.now = now;
  }

  get speed(): Speed {
    return this.speedValue;
  }

  get atFullSpeed(): boolean {
    return this.speedValue === 'max';
  }

  /** At most STEP_BY_STEP_SPEED ticks per second: every step is shown. */
  get slowMotion(): boolean {
    return this.speedValue !== 'max' && this.speedValue <= STEP_BY_STEP_SPEED;
  }

  setSpeed(speed: Speed): void {
    this.speedValue = speed === 'max' || !(speed > 0) ? 'max' : speed;
    this.restart();
  }

  /** Counts from now (after a pause, so that the paused time is not owed). */
  restart(): void {
    this.startedAt = this.now();
    this.ticks = 0;
  }

  /** Ticks due now at a paced speed and not yet taken. */
  owed(): number {
    if (this.speedValue === 'max') return Number.POSITIVE_INFINITY;
    return Math.floor(((this.now() - this.startedAt) * this.speedValue) / 1000) - this.ticks;
  }

  counted(): void {
    this.ticks += 1;
  }

  /** Milliseconds until the next paced tick is due (0 at full speed). */
  nextDelay(): number {
    if (this.speedValue === 'max') return 0;
    return Math.max(0, this.startedAt + ((this.ticks + 1) * 1000) / this.speedValue - this.now());
  }
}
