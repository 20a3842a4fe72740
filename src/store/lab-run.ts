// Pure updates of the lab's run state: a metric batch in, a new state out (stale runs' batches ignored).

import type { Inspection } from '../contracts/inspection';
import type { KnobChange } from '../contracts/metrics';
import type { KnobValues } from '../contracts/trainer-state';
import type { EvaluationResultAt, FollowedStep, MetricsBatch, RunStatus, StoredRunProblem, WorkerNotice } from '../contracts/protocol';
import type { WorkerLoss } from '../contracts/worker-loss';
import { appendBatch, emptyLabSeries, type LabSeries, type SeriesLimits } from './lab-series';

/** Something the lab did on its own: the worker's recovery from a lost WebGL context, or the page's restart of a dead worker. */
export type RunNotice =
  | WorkerNotice
  | { code: 'worker-restarted'; loss: WorkerLoss; lostAt: number; checkpointStep: number }
  /** unreadable: the run's last save was kept but could not be loaded (why), null when none was kept yet. */
  | { code: 'worker-restarted-from-start'; loss: WorkerLoss; unreadable: StoredRunProblem | null };

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
  /** What the lab did on its own that the user should hear about (a recovery), until dismissed or reset. */
  notice: RunNotice | null;
  /** After a recovery went back to an earlier step: records up to this step are already charted. */
  chartedUntil: number;
  /** tfjs tensors alive in the worker at the last batch. */
  tensors: number;
  /** The step-through inspector's last view (kept while training runs too fast to inspect). */
  inspection: Inspection | null;
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
    inspection: null,
    tensors: 0,
    notice: null,
    chartedUntil: -1,
  };
}

/** Batches between two chart redraws while training runs (about one redraw per second). */
export const CHART_REFRESH_BATCHES = 5;

/** The run with a batch applied; a batch of a newer run starts from empty, one of an older run changes nothing. */
export function applyBatch(run: RunView, batch: MetricsBatch, options: { limits?: SeriesLimits; watchEveryStep?: boolean } = {}): RunView {
  const { limits, watchEveryStep = false } = options;
  if (batch.runId < run.runId) return run;
  const base = batch.runId > run.runId ? emptyRunView(batch.runId) : run;
  // A recovery continues from an earlier step: what the charts already hold is not drawn twice.
  const chartedUntil = batch.step < base.step ? Math.max(base.chartedUntil, base.step) : base.chartedUntil;
  if (chartedUntil >= 0) batch = withoutRecordsUpTo(batch, chartedUntil);
  const redraw = refreshCharts(batch);
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
    series: hasNews || batch.step !== base.step ? appendBatch(base.series, batch, limits, redraw) : base.series,
    markers: batch.knobChanges.length > 0 ? [...base.markers, ...batch.knobChanges] : base.markers,
    evaluations: batch.evaluations.length > 0 ? [...base.evaluations, ...batch.evaluations] : base.evaluations,
    // At full speed the followed shopper moves on faster than anyone reads: it redraws with the charts.
    followed: redraw || watchEveryStep || !base.followed ? (batch.followed ?? base.followed) : base.followed,
    inspection: batch.inspection ?? base.inspection,
    tensors: batch.tensors,
    notice: batch.notice ?? base.notice,
    chartedUntil: batch.step > chartedUntil ? -1 : chartedUntil,
  };
}

function keepAfter<Field extends string>(columns: Record<Field, Float64Array> & { step: Float64Array }, step: number): Record<Field, Float64Array> {
  const first = columns.step.findIndex((value) => value > step);
  const start = first < 0 ? columns.step.length : first;
  if (start === 0) return columns;
  return Object.fromEntries(Object.entries<Float64Array>(columns).map(([field, values]) => [field, values.subarray(start)])) as Record<Field, Float64Array>;
}

/** The batch without the records at or before a step (steps only grow within a batch). */
function withoutRecordsUpTo(batch: MetricsBatch, step: number): MetricsBatch {
  return {
    ...batch,
    sessions: keepAfter(batch.sessions, step),
    updatesColumns: keepAfter(batch.updatesColumns, step),
    probes: keepAfter(batch.probes, step),
    evaluations: batch.evaluations.filter((evaluation) => evaluation.step > step),
    knobChanges: batch.knobChanges.filter((change) => change.step > step),
  };
}

/** Charts redraw about once a second while running, and at once for anything a reader waits for. */
function refreshCharts(batch: MetricsBatch): boolean {
  return batch.status !== 'running' || batch.sequence % CHART_REFRESH_BATCHES === 0 || batch.evaluations.length > 0 || batch.knobChanges.length > 0;
}
