import { describe, expect, it } from 'vitest';
import { applyBatch, emptyRunView } from './lab-run';
import { SESSIONS_PER_RATE_POINT, appendBatch, emptyLabSeries } from './lab-series';
import { testBatch } from '../testing/metrics-batches';

describe('lab metric series', () => {
  it('appends sessions, updates, probes and evaluations batch after batch', () => {
    let series = emptyLabSeries();
    series = appendBatch(series, testBatch({ step: 80, sessions: [{ step: 40, sessionReturn: 1 }, { step: 80, sessionReturn: 3 }], updates: [{ step: 80, loss: 0.5, maxQ: 2 }] }));
    series = appendBatch(series, testBatch({ step: 160, sessions: [{ step: 120, sessionReturn: 5 }], probes: [{ step: 160, meanMaxQ: 1.5 }], evaluations: [{ step: 160, meanReturn: 2, percentOfOracle: 40 }] }));
    expect(series.raw.sessionReturn).toEqual({ steps: [40, 80, 120], values: [1, 3, 5] });
    // The moving average of the returns so far: 1, 2, 3.
    expect(series.raw.returnAverage.values).toEqual([1, 2, 3]);
    expect(series.raw.loss).toEqual({ steps: [80], values: [0.5] });
    expect(series.raw.maxQ.values).toEqual([2]);
    expect(series.raw.probeMaxQ.values).toEqual([1.5]);
    expect(series.raw.percentOfOracle).toEqual({ steps: [160], values: [40] });
    expect(series.raw.explorationRate.steps).toEqual([80, 160]);
  });

  it('pools each batch into one point of click rate, conversion, length and final trust', () => {
    const series = appendBatch(emptyLabSeries(), testBatch({
      step: 100,
      sessions: [
        { step: 50, sessionReturn: 1, length: 10, clicks: 4, buys: 1, finalTrust: 0.2 },
        { step: 100, sessionReturn: 2, length: 30, clicks: 6, buys: 4, finalTrust: 0.6 },
      ],
    }));
    expect(series.raw.clickRate.values).toEqual([10 / 40]);
    expect(series.raw.conversionRate.values).toEqual([5 / 10]);
    expect(series.raw.sessionLength.values).toEqual([20]);
    expect(series.raw.finalTrust.values[0]).toBeCloseTo(0.4, 12);
  });

  it('splits a batch of many sessions into several rate points, so a run delivered at once still draws a curve', () => {
    // Two and a half pools of sessions in one batch: the first clicks on every step, the rest never.
    const count = SESSIONS_PER_RATE_POINT * 2.5;
    const sessions = Array.from({ length: count }, (_, k) => ({ step: 10 * (k + 1), sessionReturn: 0, length: 10, clicks: k < SESSIONS_PER_RATE_POINT ? 10 : 0, buys: 0, finalTrust: 0.5 }));
    const series = appendBatch(emptyLabSeries(), testBatch({ step: 10 * count + 5, sessions }));
    expect(series.raw.clickRate.values).toEqual([1, 0, 0]);
    // Each pool sits at its last session's step; the batch's last pool at the batch's step.
    expect(series.raw.clickRate.steps).toEqual([10 * SESSIONS_PER_RATE_POINT, 20 * SESSIONS_PER_RATE_POINT, 10 * count + 5]);
    expect(series.raw.sessionLength.values).toEqual([10, 10, 10]);
  });

  it('averages over a bounded window of sessions', () => {
    const sessions = Array.from({ length: 10 }, (_, k) => ({ step: k + 1, sessionReturn: k }));
    const series = appendBatch(emptyLabSeries(), testBatch({ step: 10, sessions }), { rawCap: 1000, chartPoints: 100, cloudPoints: 100, averageWindow: 4 });
    // The last four returns are 6, 7, 8, 9.
    expect(series.raw.returnAverage.values.at(-1)).toBe(7.5);
    expect(series.returnWindow).toEqual([6, 7, 8, 9]);
  });

  it('stays under its cap on a long run and hands charts a few points, first and last kept', () => {
    const limits = { rawCap: 1000, chartPoints: 50, cloudPoints: 80, averageWindow: 100 };
    let series = emptyLabSeries();
    for (let batch = 0; batch < 100; batch++) {
      const updates = Array.from({ length: 100 }, (_, k) => ({ step: batch * 100 + k, loss: Math.sin(k) }));
      series = appendBatch(series, testBatch({ step: batch * 100 + 99, updates }), limits);
    }
    expect(series.raw.loss.steps.length).toBeLessThanOrEqual(1000);
    expect(series.raw.loss.steps[0]).toBe(0);
    expect(series.raw.loss.steps.at(-1)).toBe(9999);
    expect(series.chart.loss.steps).toHaveLength(50);
    expect(series.chart.loss.steps.at(-1)).toBe(9999);
  });

  it('hands the chart session returns as an evenly thinned cloud, so its dots keep the spread of the sessions', () => {
    const limits = { rawCap: 1000, chartPoints: 10, cloudPoints: 5, averageWindow: 100 };
    const sessions = Array.from({ length: 101 }, (_, k) => ({ step: k, sessionReturn: k % 2 === 0 ? 100 : 1 }));
    const series = appendBatch(emptyLabSeries(), testBatch({ step: 100, sessions }), limits);
    expect(series.chart.sessionReturn.steps).toEqual([0, 25, 50, 75, 100]);
    expect(series.chart.returnAverage.steps).toHaveLength(10);
  });

  it('keeps the objects of series that got nothing new (charts that did not change do not redraw)', () => {
    const first = appendBatch(emptyLabSeries(), testBatch({ step: 10, updates: [{ step: 10, loss: 1 }] }));
    const second = appendBatch(first, testBatch({ step: 20, updates: [{ step: 20, loss: 2 }] }));
    expect(second.chart.probeMaxQ).toBe(first.chart.probeMaxQ);
    expect(second.chart.loss).not.toBe(first.chart.loss);
  });

  it('skips values that are not finite (a diverged loss does not break the chart)', () => {
    const series = appendBatch(emptyLabSeries(), testBatch({ step: 10, updates: [{ step: 10, loss: Number.NaN }, { step: 10, loss: 3 }] }));
    expect(series.raw.loss.values).toEqual([3]);
  });
});

describe('lab run view', () => {
  it('collects knob changes as chart markers and evaluations in order', () => {
    let run = emptyRunView(1);
    run = applyBatch(run, testBatch({ step: 100, knobChanges: [{ step: 100, knob: 'discount', from: 0.99, to: 0.5 }] }));
    run = applyBatch(run, testBatch({ step: 200, evaluations: [{ step: 200, meanReturn: 2, percentOfOracle: 45 }] }));
    expect(run.markers).toEqual([{ step: 100, knob: 'discount', from: 0.99, to: 0.5 }]);
    expect(run.evaluations.map((record) => record.percentOfOracle)).toEqual([45]);
    expect(run.step).toBe(200);
  });

  it('starts over on a newer run and ignores batches of an older one', () => {
    let run = applyBatch(emptyRunView(1), testBatch({ runId: 1, step: 100, sessions: [{ step: 100, sessionReturn: 1 }] }));
    run = applyBatch(run, testBatch({ runId: 2, step: 0, status: 'ready' }));
    expect(run.runId).toBe(2);
    expect(run.series.raw.sessionReturn.steps).toEqual([]);
    const late = applyBatch(run, testBatch({ runId: 1, step: 300, sessions: [{ step: 300, sessionReturn: 1 }] }));
    expect(late).toBe(run);
  });
});

describe('chart refreshes', () => {
  it('grows the raw series on every batch but redraws charts only on a refresh, catching up on all of it', () => {
    let series = appendBatch(emptyLabSeries(), testBatch({ step: 10, updates: [{ step: 10, loss: 1 }] }));
    const drawn = series.chart.loss;
    series = appendBatch(series, testBatch({ step: 20, updates: [{ step: 20, loss: 2 }] }), undefined, false);
    expect(series.raw.loss.values).toEqual([1, 2]);
    expect(series.chart.loss).toBe(drawn);
    series = appendBatch(series, testBatch({ step: 30, probes: [{ step: 30, meanMaxQ: 1 }] }), undefined, true);
    expect(series.chart.loss.values).toEqual([1, 2]);
    expect(series.chart.probeMaxQ.values).toEqual([1]);
  });
});
