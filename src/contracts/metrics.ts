// What a training run streams, as records: finished sessions, updates, probe Q-values, evaluations and knob changes.

import type { EvaluationResult } from '../sim/evaluation';

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
