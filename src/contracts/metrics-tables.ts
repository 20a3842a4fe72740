// A run's metrics as whole tables (every record the log still holds, oldest first): for exports, files,
// and for putting a saved run's history back into a fresh log.

import type { EvaluationRecord, KnobChange, ProbeField, SessionField, UpdateField } from './metrics';

/** Column arrays by field name, one number per record. */
export type Columns<Field extends string> = Record<Field, Float64Array>;

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

/** Rows of a ring table (its columns all have one length when a log wrote them). */
export function rowCount(columns: Record<string, Float64Array>): number {
  return Object.values(columns)[0]?.length ?? 0;
}
