// The training speeds' figures, shared by the worker's pacer and the page that shows the lecture pace.

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
