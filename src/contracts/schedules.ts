// Schedules as small pure functions of the environment step.

/** Linear from start to end over duration steps, then flat at end; duration 0 means fixed at start. */
export function linearSchedule(start: number, end: number, duration: number, step: number): number {
  if (duration <= 0) return start;
  const progress = Math.min(1, Math.max(0, step / duration));
  return start + (end - start) * progress;
}

/** epsilon's linear decay: from start to end over decaySteps environment steps (0 = fixed at start). */
export interface ExplorationSchedule {
  explorationStart: number;
  explorationEnd: number;
  explorationDecaySteps: number;
}

/** Just the schedule's three fields (a whole training config may be passed). */
export function scheduleOf({ explorationStart, explorationEnd, explorationDecaySteps }: ExplorationSchedule): ExplorationSchedule {
  return { explorationStart, explorationEnd, explorationDecaySteps };
}

export function sameSchedule(first: ExplorationSchedule, second: ExplorationSchedule): boolean {
  return first.explorationStart === second.explorationStart && first.explorationEnd === second.explorationEnd && first.explorationDecaySteps === second.explorationDecaySteps;
}
