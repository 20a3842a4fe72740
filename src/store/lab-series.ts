// The lab's chart series: appended from each metric batch, kept bounded, and thinned for drawing.

import type { MetricsBatch } from '../contracts/protocol';
import { EMPTY_SERIES, downsampleSeries, strideSeries, type Series } from './downsample';

export const SERIES_NAMES = [
  'sessionReturn',
  'returnAverage',
  'evaluationReturn',
  'percentOfOracle',
  'loss',
  'meanQ',
  'maxQ',
  'probeMaxQ',
  'explorationRate',
  'clickRate',
  'conversionRate',
  'sessionLength',
  'finalTrust',
] as const;
export type SeriesName = (typeof SERIES_NAMES)[number];

export interface SeriesLimits {
  /** Points a series keeps before it is thinned to half with LTTB (memory stays flat on long runs). */
  rawCap: number;
  /** Points handed to a chart. */
  chartPoints: number;
  /** Points of a cloud series (one dot per session) handed to a chart: dots are cheap, and more show the spread. */
  cloudPoints: number;
  /** Sessions in the moving average of the return. */
  averageWindow: number;
}

export const DEFAULT_LIMITS: SeriesLimits = { rawCap: 20_000, chartPoints: 200, cloudPoints: 400, averageWindow: 100 };

/** Series drawn as a cloud of dots: thinned by even strides, which keep their spread (LTTB would keep the extremes). */
const CLOUD_SERIES: ReadonlySet<SeriesName> = new Set(['sessionReturn']);

/** The series thinned for drawing, or for staying under the cap. */
function thinned(name: SeriesName, series: Series, target: number): Series {
  return CLOUD_SERIES.has(name) ? strideSeries(series, target) : downsampleSeries(series, target);
}

export interface LabSeries {
  /** Every series, bounded. */
  raw: Record<SeriesName, Series>;
  /** The same, thinned to at most chartPoints; a series' object changes only when a refresh found new points. */
  chart: Record<SeriesName, Series>;
  /** The raw series each chart series was last thinned from (to find what a refresh must redo). */
  chartSource: Record<SeriesName, Series>;
  /** The last returns, for the moving average. */
  returnWindow: readonly number[];
}

type Additions = Partial<Record<SeriesName, { steps: number[]; values: number[] }>>;

export function emptyLabSeries(): LabSeries {
  const empty = Object.fromEntries(SERIES_NAMES.map((name) => [name, EMPTY_SERIES])) as Record<SeriesName, Series>;
  return { raw: empty, chart: { ...empty }, chartSource: { ...empty }, returnWindow: [] };
}

/**
 * The series with one batch appended (pure: unchanged series keep their objects). With refreshCharts
 * false only the raw series grow: charts redraw less often than batches arrive, which keeps the page smooth.
 */
export function appendBatch(series: LabSeries, batch: MetricsBatch, limits: SeriesLimits = DEFAULT_LIMITS, refreshCharts = true): LabSeries {
  const additions: Additions = {};
  const add = (name: SeriesName, step: number, value: number) => {
    if (!Number.isFinite(value)) return;
    const entry = (additions[name] ??= { steps: [], values: [] });
    entry.steps.push(step);
    entry.values.push(value);
  };
  const returnWindow = [...series.returnWindow];
  let windowSum = returnWindow.reduce((sum, value) => sum + value, 0);
  const { sessions, updatesColumns: updates, probes } = batch;
  for (let k = 0; k < sessions.step.length; k++) {
    const step = sessions.step[k];
    const value = sessions.sessionReturn[k];
    add('sessionReturn', step, value);
    returnWindow.push(value);
    windowSum += value;
    if (returnWindow.length > limits.averageWindow) windowSum -= returnWindow.shift() ?? 0;
    add('returnAverage', step, windowSum / returnWindow.length);
  }
  addSessionRates(sessions, batch.step, add);
  for (let k = 0; k < updates.step.length; k++) {
    add('loss', updates.step[k], updates.loss[k]);
    add('meanQ', updates.step[k], updates.meanQ[k]);
    add('maxQ', updates.step[k], updates.maxQ[k]);
  }
  for (let k = 0; k < probes.step.length; k++) add('probeMaxQ', probes.step[k], probes.meanMaxQ[k]);
  for (const evaluation of batch.evaluations) {
    add('evaluationReturn', evaluation.step, evaluation.meanReturn);
    add('percentOfOracle', evaluation.step, evaluation.percentOfOracle);
  }
  // epsilon is sampled once per batch (it moves slowly, and every agent has one).
  if ((series.raw.explorationRate.steps.at(-1) ?? -1) < batch.step || series.raw.explorationRate.steps.length === 0) {
    add('explorationRate', batch.step, batch.knobs.explorationRate);
  }

  const raw = { ...series.raw };
  for (const name of Object.keys(additions) as SeriesName[]) {
    const addition = additions[name];
    if (!addition) continue;
    raw[name] = bounded(name, { steps: [...raw[name].steps, ...addition.steps], values: [...raw[name].values, ...addition.values] }, limits.rawCap);
  }
  if (!refreshCharts) return { ...series, raw, returnWindow };
  const chart = { ...series.chart };
  const chartSource = { ...series.chartSource };
  for (const name of SERIES_NAMES) {
    if (chartSource[name] === raw[name]) continue;
    chart[name] = thinned(name, raw[name], CLOUD_SERIES.has(name) ? limits.cloudPoints : limits.chartPoints);
    chartSource[name] = raw[name];
  }
  return { raw, chart, chartSource, returnWindow };
}

/**
 * Sessions pooled into one point of each session rate, at most: a batch that carries more (a fast
 * run at fast-forward can deliver thousands at once) gives several points, so a rate's curve has
 * its shape whatever the machine's speed and however the worker happened to batch the run.
 */
export const SESSIONS_PER_RATE_POINT = 256;

/** Points of each session rate, pooled over the batch's finished sessions in runs of at most SESSIONS_PER_RATE_POINT. */
function addSessionRates(sessions: MetricsBatch['sessions'], step: number, add: (name: SeriesName, step: number, value: number) => void): void {
  const count = sessions.step.length;
  for (let start = 0; start < count; start += SESSIONS_PER_RATE_POINT) {
    const end = Math.min(count, start + SESSIONS_PER_RATE_POINT);
    let clicks = 0;
    let buys = 0;
    let length = 0;
    let trust = 0;
    for (let k = start; k < end; k++) {
      clicks += sessions.clicks[k];
      buys += sessions.buys[k];
      length += sessions.length[k];
      trust += sessions.finalTrust[k];
    }
    // The batch's last run of sessions is plotted at the batch's step, as a one-run batch always was.
    const at = end === count ? step : sessions.step[end - 1];
    if (length > 0) add('clickRate', at, clicks / length);
    if (clicks > 0) add('conversionRate', at, buys / clicks);
    add('sessionLength', at, length / (end - start));
    add('finalTrust', at, trust / (end - start));
  }
}

/** Past the cap, the series is thinned to half of it (first and last points kept). */
function bounded(name: SeriesName, series: Series, cap: number): Series {
  return series.steps.length > cap ? thinned(name, series, Math.floor(cap / 2)) : series;
}
