// A run's metrics as whole tables (every record the log still holds, oldest first): for exports, files,
// and for putting a saved run's history back into a fresh log.

import type { Columns } from '../engine/ring-buffer';
import type { EvaluationRecord, KnobChange, MetricsLog, ProbeField, SessionField, UpdateField } from './metrics';

export interface MetricsTables {
  sessions: Columns<SessionField>;
  updates: Columns<UpdateField>;
  probes: Columns<ProbeField>;
  evaluations: EvaluationRecord[];
  knobChanges: KnobChange[];
}

/** The ring tables by name, in the order exports list them. */
export const RING_TABLES = ['sessions', 'updates', 'probes'] as const;
export type RingTableName = (typeof RING_TABLES)[number];

export function metricsTables(log: MetricsLog): MetricsTables {
  return {
    sessions: log.sessions.since(0).columns,
    updates: log.updates.since(0).columns,
    probes: log.probes.since(0).columns,
    evaluations: log.evaluations.map((record) => ({ ...record })),
    knobChanges: log.knobChanges.map((change) => ({ ...change })),
  };
}

/** Rows of a ring table (its columns all have one length when a log wrote them). */
export function rowCount(columns: Record<string, Float64Array>): number {
  return Object.values(columns)[0]?.length ?? 0;
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
