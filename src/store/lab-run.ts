// Pure updates of the lab's run state: a metric batch in, a new state out (stale runs' batches ignored).

import type { KnobChange } from '../engine/metrics';
import type { KnobValues } from '../engine/trainer';
import type { EvaluationResultAt, FollowedStep, MetricsBatch, RunStatus } from '../worker/protocol';
import { appendBatch, emptyLabSeries, type LabSeries, type SeriesLimits } from './lab-series';

export interface RunView {
  runId: number;
  status: RunStatus;
  divergence: MetricsBatch['divergence'];
  step: number;
  totalSteps: number;
  updates: number;
  trainingSeconds: number;
  stepsPerSecond: number;
  knobs: KnobValues | null;
  series: LabSeries;
  /** Knob changes, for a marker on every chart. */
  markers: readonly KnobChange[];
  evaluations: readonly EvaluationResultAt[];
  followed: FollowedStep | null;
}

export function emptyRunView(runId = 0): RunView {
  return {
    runId,
    status: 'ready',
    divergence: null,
    step: 0,
    totalSteps: 0,
    updates: 0,
    trainingSeconds: 0,
    stepsPerSecond: 0,
    knobs: null,
    series: emptyLabSeries(),
    markers: [],
    evaluations: [],
    followed: null,
  };
}

/** The run with a batch applied; a batch of a newer run starts from empty, one of an older run changes nothing. */
export function applyBatch(run: RunView, batch: MetricsBatch, limits?: SeriesLimits): RunView {
  if (batch.runId < run.runId) return run;
  const base = batch.runId > run.runId ? emptyRunView(batch.runId) : run;
  const hasNews = batch.sessions.step.length + batch.updatesColumns.step.length + batch.probes.step.length + batch.evaluations.length > 0;
  return {
    runId: batch.runId,
    status: batch.status,
    divergence: batch.divergence,
    step: batch.step,
    totalSteps: batch.totalSteps,
    updates: batch.updates,
    trainingSeconds: batch.trainingSeconds,
    stepsPerSecond: batch.stepsPerSecond,
    knobs: batch.knobs,
    series: hasNews || batch.step !== base.step ? appendBatch(base.series, batch, limits) : base.series,
    markers: batch.knobChanges.length > 0 ? [...base.markers, ...batch.knobChanges] : base.markers,
    evaluations: batch.evaluations.length > 0 ? [...base.evaluations, ...batch.evaluations] : base.evaluations,
    followed: batch.followed ?? base.followed,
  };
}
