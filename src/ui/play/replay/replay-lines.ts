// What the replay's shared views draw: one line per policy (the student, the oracle, an agent, or a compare
// page's side), each a whole session of the same shopper, and how a line stands at a step.

import type { StepDetail } from '../../../sim/session';

export interface ReplayLine {
  /** Stable key (the policy or side). */
  id: string;
  /** The line's name in the reader's language. */
  name: string;
  color: string;
  /** Drawn dashed (told apart without colour). */
  dashed?: boolean;
  /** The session's steps; null while it is worked out (an agent still answering). */
  steps: readonly StepDetail[] | null;
  startTrust: number;
  /** The policy's expected return on this shopper, worded (or why there is none yet). */
  expected: string;
}

/** How a session stands at a step: the step itself, not reached yet (0: arrival), or over after `length` steps. */
export type LineAt = { kind: 'step'; detail: StepDetail } | { kind: 'arrival' } | { kind: 'ended'; length: number; last: StepDetail } | { kind: 'waiting' };

export function lineAt(line: ReplayLine, step: number): LineAt {
  if (!line.steps) return { kind: 'waiting' };
  if (step === 0 || line.steps.length === 0) return { kind: 'arrival' };
  const detail = line.steps[step - 1];
  if (detail) return { kind: 'step', detail };
  const last = line.steps[line.steps.length - 1];
  return { kind: 'ended', length: line.steps.length, last };
}

/** The steps the replay walks through: the longest session's. */
export const replayTotal = (lines: readonly ReplayLine[]): number => Math.max(0, ...lines.map((line) => line.steps?.length ?? 0));
