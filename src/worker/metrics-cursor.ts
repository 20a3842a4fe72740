// Remembers how far each metric stream has been sent, and drains what is new since then.

import type { MetricsLog } from '../engine/metrics-log';
import type { ColumnBatch, EvaluationResultAt } from '../contracts/protocol';
import type { KnobChange, ProbeField, SessionField, UpdateField } from '../contracts/metrics';

export interface DrainedMetrics {
  sessions: ColumnBatch<SessionField>;
  updates: ColumnBatch<UpdateField>;
  probes: ColumnBatch<ProbeField>;
  evaluations: EvaluationResultAt[];
  knobChanges: KnobChange[];
}

export class MetricsCursor {
  private sessions = 0;
  private updates = 0;
  private probes = 0;
  private evaluations = 0;
  private knobChanges = 0;

  /** True when something was pushed since the last drain. */
  hasNews(metrics: MetricsLog): boolean {
    return (
      metrics.sessions.pushed !== this.sessions ||
      metrics.updates.pushed !== this.updates ||
      metrics.probes.pushed !== this.probes ||
      metrics.evaluations.length !== this.evaluations ||
      metrics.knobChanges.length !== this.knobChanges
    );
  }

  /** Counts everything the log holds as sent (a restored history the reader already has). */
  skip(metrics: MetricsLog): void {
    this.sessions = metrics.sessions.pushed;
    this.updates = metrics.updates.pushed;
    this.probes = metrics.probes.pushed;
    this.evaluations = metrics.evaluations.length;
    this.knobChanges = metrics.knobChanges.length;
  }

  /** Everything pushed since the last drain (records a ring has already overwritten are skipped). */
  drain(metrics: MetricsLog): DrainedMetrics {
    const drained: DrainedMetrics = {
      sessions: metrics.sessions.since(this.sessions).columns,
      updates: metrics.updates.since(this.updates).columns,
      probes: metrics.probes.since(this.probes).columns,
      evaluations: metrics.evaluations.slice(this.evaluations).map((record) => ({ ...record })),
      knobChanges: metrics.knobChanges.slice(this.knobChanges).map((change) => ({ ...change })),
    };
    this.sessions = metrics.sessions.pushed;
    this.updates = metrics.updates.pushed;
    this.probes = metrics.probes.pushed;
    this.evaluations = metrics.evaluations.length;
    this.knobChanges = metrics.knobChanges.length;
    return drained;
  }
}
