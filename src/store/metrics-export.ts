// The run's metrics as files a student opens elsewhere: one CSV per table (a spreadsheet opens each as
// it is, one column per field) and one JSON document with every table, the config, its link and the backend.

import type { LabConfig } from '../contracts/lab-config';
import type { MetricsTables } from '../contracts/metrics-tables';

export const METRIC_TABLES = ['sessions', 'updates', 'probes', 'evaluations', 'knobChanges'] as const;
export type MetricTable = (typeof METRIC_TABLES)[number];

const EVALUATION_COLUMNS = ['step', 'seconds', 'policy', 'sessions', 'meanReturn', 'ci95', 'percentOfOracle', 'clickRate', 'conversionRate', 'sessionLength', 'finalTrust'] as const;
const KNOB_CHANGE_COLUMNS = ['step', 'knob', 'from', 'to'] as const;

/** A table as named columns of equal length, whatever its storage. */
function columnsOf(tables: MetricsTables, table: MetricTable): Record<string, ArrayLike<number | string>> {
  if (table === 'evaluations') return Object.fromEntries(EVALUATION_COLUMNS.map((name) => [name, tables.evaluations.map((record) => record[name])]));
  if (table === 'knobChanges') return Object.fromEntries(KNOB_CHANGE_COLUMNS.map((name) => [name, tables.knobChanges.map((change) => change[name])]));
  return tables[table];
}

export function rowCountOf(tables: MetricsTables, table: MetricTable): number {
  return Object.values(columnsOf(tables, table))[0]?.length ?? 0;
}

/** A CSV cell: numbers at full precision, an empty cell for "no number" (NaN), text quoted when it must be. */
function cell(value: number | string): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** RFC 4180 CSV of one table: a header row of field names, then one row per record, oldest first. */
export function tableCsv(tables: MetricsTables, table: MetricTable): string {
  const columns = columnsOf(tables, table);
  const names = Object.keys(columns);
  const lines = [names.join(',')];
  for (let row = 0; row < rowCountOf(tables, table); row++) lines.push(names.map((name) => cell(columns[name][row])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

export interface MetricsContext {
  config: LabConfig;
  /** The full address that reopens this lab. */
  link: string;
  backend: string | null;
  step: number;
  updates: number;
  trainingSeconds: number;
  /** ISO 8601. */
  exportedAt: string;
}

/** Every table column-wise ({ "sessions": { "step": [...], ... } }: pandas.DataFrame reads each as it is); NaN as null. */
export function metricsJson(tables: MetricsTables, context: MetricsContext): string {
  const data = Object.fromEntries(METRIC_TABLES.map((table) => [table, Object.fromEntries(Object.entries(columnsOf(tables, table)).map(([name, column]) => [name, Array.from(column)]))]));
  const document = {
    format: 'q-shop-lab metrics',
    version: 1,
    exportedAt: context.exportedAt,
    link: context.link,
    backend: context.backend,
    run: { step: context.step, updates: context.updates, trainingSeconds: context.trainingSeconds },
    config: context.config,
    tables: data,
  };
  return JSON.stringify(document, (_key, value) => (typeof value === 'number' && !Number.isFinite(value) ? null : value), 1);
}
