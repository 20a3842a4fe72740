// The training run's metric log: bounded rings of sessions, updates and probes, plus the few evaluations and knob changes.

import { PROBE_FIELDS, SESSION_FIELDS, UPDATE_FIELDS, type EvaluationRecord, type KnobChange, type ProbeField, type SessionField, type UpdateField } from '../contracts/metrics';
import { RING_TABLES, rowCount, type MetricsTables } from '../contracts/metrics-tables';
import { ColumnRing } from './ring-buffer';

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

/** The log as whole tables (every record it still holds, oldest first). */
export function metricsTables(log: MetricsLog): MetricsTables {
  return {
    sessions: log.sessions.since(0).columns,
    updates: log.updates.since(0).columns,
    probes: log.probes.since(0).columns,
    evaluations: log.evaluations.map((record) => ({ ...record })),
    knobChanges: log.knobChanges.map((change) => ({ ...change })),
  };
}

/** Appends the tables' records to a log (a fresh one, when restoring a saved run). */
export function restoreMetrics(log: MetricsLog, tables: MetricsTables): void {
  for (const name of RING_TABLES) {
    const ring = log[name] as MetricsLog['sessions'] | MetricsLog['updates'] | MetricsLog['probes'];
    const columns = tables[name] as Record<string, Float64Array>;
    const fields = ring.fields as readonly string[];
    for (let row = 0; row < rowCount(columns); row++) {
      ring.push(Object.fromEntries(fields.map((field) => [field, columns[field][row]])) as never);
    }
  }
  log.evaluations.push(...tables.evaluations.map((record) => ({ ...record })));
  log.knobChanges.push(...tables.knobChanges.map((change) => ({ ...change })));
}
