// What a training run streams: finished sessions, updates, probe Q-values, evaluations and knob changes.

import type { EvaluationResult } from '../sim/evaluation';
import { ColumnRing } from '../engine/ring-buffer';

export const SESSION_FIELDS = ['step', 'shopper', 'sessionReturn', 'length', 'clicks', 'buys', 'finalTrust'] as const;
export const UPDATE_FIELDS = ['step', 'update', 'loss', 'meanQ', 'maxQ', 'meanAbsTdError', 'explorationRate'] as const;
export const PROBE_FIELDS = ['step', 'meanMaxQ'] as const;

export type SessionField = (typeof SESSION_FIELDS)[number];
export type UpdateField = (typeof UPDATE_FIELDS)[number];
export type ProbeField = (typeof PROBE_FIELDS)[number];
export type SessionRecord = Record<SessionField, number>;
export type UpdateRecord = Record<UpdateField, number>;
export type ProbeRecord = Record<ProbeField, number>;

export interface EvaluationRecord extends EvaluationResult {
  step: number;
  /** Wall-clock seconds of the run when the evaluation was taken (earlier evaluations' time included). */
  seconds: number;
}

export type KnobName = 'learningRate' | 'discount' | 'explorationRate';

/** A knob turned mid-run: charts drop a marker at its step. */
export interface KnobChange {
  step: number;
  knob: KnobName;
  from: number;
  to: number;
  /** epsilon went back onto a decay schedule (`to` is the schedule's value at this step). */
  schedule?: boolean;
}

/** Ring capacities: enough for long runs, bounded so a ten-minute soak holds its memory flat. */
export interface MetricsCapacity {
  sessions: number;
  updates: number;
  probes: number;
}

const DEFAULT_CAPACITY: MetricsCapacity = { sessions: 100_000, updates: 100_000, probes: 10_000 };

export class MetricsLog {
  readonly sessions: ColumnRing<SessionField>;
  readonly updates: ColumnRing<UpdateField>;
  readonly probes: ColumnRing<ProbeField>;
  /** Few and small: kept whole. */
  readonly evaluations: EvaluationRecord[] = [];
  readonly knobChanges: KnobChange[] = [];

  constructor(capacity: MetricsCapacity = DEFAULT_CAPACITY) {
    this.sessions = new ColumnRing(SESSION_FIELDS, capacity.sessions);
    this.updates = new ColumnRing(UPDATE_FIELDS, capacity.updates);
    this.probes = new ColumnRing(PROBE_FIELDS, capacity.probes);
  }

  /** Mean return of the last `window` finished sessions (NaN before any). */
  recentMeanReturn(window = 100): number {
    const count = Math.min(window, this.sessions.size);
    if (count === 0) return Number.NaN;
    let sum = 0;
    for (let k = this.sessions.pushed - count; k < this.sessions.pushed; k++) sum += this.sessions.at('sessionReturn', k) ?? 0;
    return sum / count;
  }

  latestEvaluation(): EvaluationRecord | undefined {
    return this.evaluations[this.evaluations.length - 1];
  }
}
