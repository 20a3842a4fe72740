// The outcome rules lessons share, as pure functions of the run's metrics: which side the steady figures
// say is ahead (or that this run cannot tell them apart), and whether a side's greedy policy froze.

import { steadyMeanOf, steadyOf, type LessonSideMetrics, type LessonMetrics } from './lesson-metrics';

/** A's steady figure against B's: below, above, or overlapping (the run cannot tell them apart). */
export type SteadyComparison = 'less' | 'same' | 'more';

/**
 * A against B on the steady figure. Their last-half evaluations' ranges overlapping is "the same": a
 * difference smaller than either side's own swing from one evaluation to the next is not a result.
 */
export function compareSteady(metrics: LessonMetrics): { comparison: SteadyComparison; a: number; b: number } | null {
  const a = steadyOf(metrics.a);
  const b = steadyOf(metrics.b);
  if (!a || !b) return null;
  const overlap = a.min <= b.max && b.min <= a.max;
  const comparison = overlap ? 'same' : a.percentOfOracle < b.percentOfOracle ? 'less' : 'more';
  return { comparison, a: a.percentOfOracle, b: b.percentOfOracle };
}

/** The figures every steady comparison reports: each side's steady % of the oracle. */
export function steadyFigures(metrics: LessonMetrics): { steadyA: number; steadyB: number } | null {
  const a = steadyOf(metrics.a);
  const b = steadyOf(metrics.b);
  return a && b ? { steadyA: a.percentOfOracle, steadyB: b.percentOfOracle } : null;
}

/** Each side's click rate over the same last half of its evaluations (clicks per recommendation). */
export function steadyClickRates(metrics: LessonMetrics): { clickRateA: number; clickRateB: number } | null {
  const a = steadyMeanOf(metrics.a, 'clickRate');
  const b = steadyMeanOf(metrics.b, 'clickRate');
  return a === null || b === null ? null : { clickRateA: a, clickRateB: b };
}

/**
 * Whether the side's last `count` greedy evaluations are identical in every figure: on a fixed cohort with
 * fixed coin flips, an unchanged greedy policy scores exactly the same, while a learning one moves.
 */
export function isFrozen(side: LessonSideMetrics, count: number): boolean {
  if (side.evaluations.length < count) return false;
  const last = side.evaluations.slice(side.evaluations.length - count);
  const [first] = last;
  return last.every(
    (evaluation) =>
      evaluation.meanReturn === first.meanReturn &&
      evaluation.clickRate === first.clickRate &&
      evaluation.sessionLength === first.sessionLength &&
      evaluation.finalTrust === first.finalTrust,
  );
}

/** The outcome of a lesson that asks whether A earns less than, the same as or more than B: the steady comparison and both figures. */
export function measureSteadyComparison(metrics: LessonMetrics): { choice: SteadyComparison; figures: { steadyA: number; steadyB: number } } | null {
  const compared = compareSteady(metrics);
  return compared && { choice: compared.comparison, figures: { steadyA: compared.a, steadyB: compared.b } };
}
