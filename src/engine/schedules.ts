// Schedules as small pure functions of the environment step.

/** Linear from start to end over duration steps, then flat at end; duration 0 means fixed at start. */
export function linearSchedule(start: number, end: number, duration: number, step: number): number {
  if (duration <= 0) return start;
  const progress = Math.min(1, Math.max(0, step / duration));
  return start + (end - start) * progress;
}
