// Callout rules evaluated on a run's metrics: the first step at which each event holds, so the page can
// pause the run and point at the chart the event concerns. Pure; the metrics only grow, so a rule that
// held once keeps its step.

import type { AnyLesson, CalloutRule } from './lesson';
import { isFrozen } from './outcome-rules';
import { otherSide, type LessonMetrics, type LessonSeries } from './lesson-metrics';

function median(values: readonly number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The first step at which a series crosses a value (below or above it), or null. */
function firstCrossing(series: LessonSeries | undefined, kind: 'below' | 'above', value: number): number | null {
  if (!series) return null;
  for (let index = 0; index < series.values.length; index++) {
    const point = series.values[index];
    if (kind === 'below' ? point < value : point > value) return series.steps[index];
  }
  return null;
}

/** The first step at which a point exceeds `factor` times the median of the `window` points before it. */
function firstSpike(series: LessonSeries | undefined, factor: number, window: number): number | null {
  if (!series) return null;
  const values = Array.from(series.values);
  for (let index = window; index < values.length; index++) {
    const before = median(values.slice(index - window, index));
    if (before > 0 && values[index] > factor * before) return series.steps[index];
  }
  return null;
}

/** The first step at which the rule held on these metrics, or null while it has not. */
export function calloutStep(rule: CalloutRule, metrics: LessonMetrics): number | null {
  switch (rule.kind) {
    case 'below':
    case 'above':
      return firstCrossing(metrics[rule.side].series[rule.series], rule.kind, rule.value);
    case 'spike':
      return firstSpike(metrics[rule.side].series[rule.series], rule.factor, rule.window);
    case 'frozen': {
      const side = metrics[rule.side];
      for (let count = rule.evaluations; count <= side.evaluations.length; count++) {
        if (isFrozen({ ...side, evaluations: side.evaluations.slice(0, count) }, rule.evaluations)) return side.evaluations[count - 1].step;
      }
      return null;
    }
    case 'gap': {
      const leader = metrics[rule.leader].evaluations;
      const other = metrics[otherSide(rule.leader)].evaluations;
      const count = Math.min(leader.length, other.length);
      for (let index = 0; index < count; index++) if (leader[index].percentOfOracle - other[index].percentOfOracle >= rule.points) return Math.max(leader[index].step, other[index].step);
      return null;
    }
    case 'evaluations': {
      // Both sides evaluate at the same steps (one shared interval): the later of their count-th evaluations.
      const { a, b } = metrics;
      if (a.evaluations.length < rule.count || b.evaluations.length < rule.count) return null;
      return Math.max(a.evaluations[rule.count - 1].step, b.evaluations[rule.count - 1].step);
    }
  }
}

/** A callout that has fired, at the step its event first held. */
export interface FiredCallout {
  id: string;
  step: number;
}

/** The lesson's callouts that have fired on these metrics, in the order of their steps (ties in the lesson's order). */
export function firedCallouts(lesson: AnyLesson, metrics: LessonMetrics): FiredCallout[] {
  const fired: FiredCallout[] = [];
  for (const callout of lesson.callouts) {
    const step = calloutStep(callout.rule, metrics);
    if (step !== null) fired.push({ id: callout.id, step });
  }
  return fired.sort((x, y) => x.step - y.step);
}
