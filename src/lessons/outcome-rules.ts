// The outcome rules lessons share, as pure functions of the run's metrics: which side the steady figures
// say is ahead (or that this run cannot tell them apart), and whether a side's greedy policy froze.

import { steadyOf, type LessonEvaluation, type LessonSideMetrics, type LessonMetrics } from './lesson-metrics';

/** A figure every greedy evaluation reports. */
export type EvaluationFigure = keyof Omit<LessonEvaluation, 'step'>;

/** A's steady figure against B's: below, above, or overlapping (the run cannot tell them apart). */
export type SteadyComparison = 'less' | 'same' | 'more';

/** How many standard errors apart two steady figures must be to count as different (about 95% for a normal difference). */
export const STANDARD_ERRORS_APART = 2;

/** The last half of a side's evaluations' values of one figure (the half the steady figure averages), or null before it exists. */
function lastHalf(side: LessonSideMetrics, figure: EvaluationFigure): number[] | null {
  const steady = steadyOf(side);
  return steady && side.evaluations.slice(side.evaluations.length - steady.evaluations).map((evaluation) => evaluation[figure]);
}

const meanOf = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const varianceOf = (values: readonly number[]) => {
  const mean = meanOf(values);
  return values.length < 2 ? 0 : values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1);
};

/**
 * A against B on the mean of one evaluation figure over each side's last half. A difference within twice
 * its standard error, sqrt(sA^2/nA + sB^2/nB), is "the same": a gap the evaluations' own swing from one to
 * the next could make is not a result. (Overlapping min-max ranges would be too strict for a table, whose
 * single evaluations swing by tens of points while its mean is clearly below the other's.)
 */
export function compareFigure(metrics: LessonMetrics, figure: EvaluationFigure): { comparison: SteadyComparison; a: number; b: number } | null {
  const a = lastHalf(metrics.a, figure);
  const b = lastHalf(metrics.b, figure);
  if (!a || !b) return null;
  const standardError = Math.sqrt(varianceOf(a) / a.length + varianceOf(b) / b.length);
  const difference = meanOf(a) - meanOf(b);
  const comparison = Math.abs(difference) <= STANDARD_ERRORS_APART * standardError ? 'same' : difference < 0 ? 'less' : 'more';
  return { comparison, a: meanOf(a), b: meanOf(b) };
}

/** A against B on the steady figure (% of the oracle). */
export function compareSteady(metrics: LessonMetrics): { comparison: SteadyComparison; a: number; b: number } | null {
  return compareFigure(metrics, 'percentOfOracle');
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

/** What every lesson that asks "does A earn less than, the same as or more than B?" shares: its choices, figures and rule. */
export const STEADY_COMPARISON = {
  choices: ['less', 'same', 'more'],
  figures: { steadyA: 'percent', steadyB: 'percent' },
  measure: measureSteadyComparison,
} as const satisfies { choices: readonly SteadyComparison[]; figures: Record<string, 'percent'>; measure: typeof measureSteadyComparison };
