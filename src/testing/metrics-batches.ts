// Test support: metric batches written by hand, as the worker would post them.

import type { Inspection } from '../contracts/inspection';
import type { KnobChange } from '../contracts/metrics';
import type { EvaluationResultAt, MetricsBatch, WorkerNotice } from '../contracts/protocol';

const columns = <Field extends string>(fields: readonly Field[], rows: ReadonlyArray<Partial<Record<Field, number>>>) =>
  Object.fromEntries(fields.map((field) => [field, Float64Array.from(rows, (row) => row[field] ?? 0)])) as Record<Field, Float64Array>;

export interface BatchContents {
  runId?: number;
  step: number;
  sessions?: Array<{ step: number; sessionReturn: number; length?: number; clicks?: number; buys?: number; finalTrust?: number }>;
  updates?: Array<{ step: number; loss: number; meanQ?: number; maxQ?: number }>;
  probes?: Array<{ step: number; meanMaxQ: number }>;
  evaluations?: Array<Pick<EvaluationResultAt, 'step' | 'meanReturn' | 'percentOfOracle'>>;
  knobChanges?: KnobChange[];
  status?: MetricsBatch['status'];
  explorationRate?: number;
  inspection?: Inspection;
  notice?: WorkerNotice;
}

export function testBatch(contents: BatchContents): MetricsBatch {
  return {
    sequence: 0,
    runId: contents.runId ?? 1,
    status: contents.status ?? 'running',
    divergence: null,
    step: contents.step,
    totalSteps: 50_000,
    updates: contents.updates?.length ?? 0,
    trainingSeconds: 1,
    stepsPerSecond: 1000,
    knobs: { learningRate: 1e-3, discount: 0.99, explorationRate: contents.explorationRate ?? 0.5 },
    sessions: columns(['step', 'shopper', 'sessionReturn', 'length', 'clicks', 'buys', 'finalTrust'], contents.sessions ?? []),
    updatesColumns: columns(['step', 'update', 'loss', 'meanQ', 'maxQ', 'meanAbsTdError', 'explorationRate'], contents.updates ?? []),
    probes: columns(['step', 'meanMaxQ'], contents.probes ?? []),
    evaluations: (contents.evaluations ?? []).map((evaluation) => ({
      policy: 'Double DQN',
      sessions: 500,
      ci95: 0.1,
      clickRate: 0.3,
      conversionRate: 0.2,
      sessionLength: 10,
      finalTrust: 0.5,
      seconds: 1,
      ...evaluation,
    })),
    knobChanges: contents.knobChanges ?? [],
    followed: null,
    inspection: contents.inspection ?? null,
    tensors: 12,
    notice: contents.notice ?? null,
    backend: null,
  };
}
