// A compare side's run as a lesson reads it: its evaluations and references as reported, and the raw series
// the callouts watch, every point kept (the charts' thinned series would drop a one-update spike).
import { describe, expect, it } from 'vitest';
import { calloutStep } from '../../lessons/callout-rules';
import { applyBatch, emptyRunView } from '../../store/lab-run';
import type { AbSideView } from '../../store/ab-slice';
import { testBatch } from '../../testing/metrics-batches';
import { lessonMetrics } from './run-metrics';

function side(updates: Array<{ step: number; loss: number; meanQ: number }>, percents: number[]): AbSideView {
  const batch = testBatch({ step: 5000, updates, evaluations: percents.map((percent, index) => ({ step: (index + 1) * 500, meanReturn: percent / 25, percentOfOracle: percent })) });
  return { phase: 'ready', failure: null, backend: null, run: applyBatch(emptyRunView(), batch), references: [{ policy: 'random', label: 'Random', meanReturn: 0.3, percentOfOracle: 8 }], waiting: false };
}

describe('a lesson\'s metrics from the comparison', () => {
  it('carry each side\'s step, evaluations, references and every point of its series', () => {
    // 500 updates, far more than a chart draws, with one spike of the loss at update 400.
    const updates = Array.from({ length: 500 }, (_, index) => ({ step: (index + 1) * 10, loss: index === 399 ? 50 : 1, meanQ: index / 100 }));
    const metrics = lessonMetrics({ a: side(updates, [10, 20]), b: side([], [30]) });
    expect(metrics.a.step).toBe(5000);
    expect(metrics.a.evaluations.map((evaluation) => evaluation.percentOfOracle)).toEqual([10, 20]);
    expect(metrics.a.references[0]).toMatchObject({ policy: 'random', percentOfOracle: 8 });
    expect(metrics.a.series.loss?.values.length).toBe(500);
    expect(calloutStep({ kind: 'spike', side: 'a', series: 'loss', factor: 10, window: 20 }, metrics)).toBe(4000);
    expect(calloutStep({ kind: 'above', side: 'a', series: 'meanQ', value: 4 }, metrics)).toBe(4020);
    expect(metrics.b.series.loss?.values.length).toBe(0);
  });
});
