// What a lesson reads of its run: each side's greedy evaluations, its reference policies' scores and the
// series the charts draw, as plain numbers. The page builds it from the comparison's two runs; the tests
// build it by hand, so every outcome and callout rule is checked on metrics made to reach it.

import { steadyScoreOf, type SteadyScore } from '../contracts/steady-score';

export const LESSON_SIDES = ['a', 'b'] as const;
export type LessonSide = (typeof LESSON_SIDES)[number];

/** The series a callout can watch (the names the lab's charts use). */
export const LESSON_SERIES = ['loss', 'meanQ', 'probeMaxQ', 'clickRate', 'finalTrust', 'returnAverage'] as const;
export type LessonSeriesName = (typeof LESSON_SERIES)[number];

/** One series: steps and values of equal length, oldest first. */
export interface LessonSeries {
  steps: ArrayLike<number>;
  values: ArrayLike<number>;
}

/** One periodic greedy evaluation on the fixed cohort. */
export interface LessonEvaluation {
  step: number;
  percentOfOracle: number;
  meanReturn: number;
  clickRate: number;
  sessionLength: number;
  finalTrust: number;
}

/** A reference policy scored on the side's evaluation cohort. */
export interface LessonReference {
  policy: string;
  percentOfOracle: number;
  meanReturn: number;
}

export interface LessonSideMetrics {
  step: number;
  evaluations: readonly LessonEvaluation[];
  references: readonly LessonReference[];
  series: Readonly<Partial<Record<LessonSeriesName, LessonSeries>>>;
}

export type LessonMetrics = Record<LessonSide, LessonSideMetrics>;

export const otherSide = (side: LessonSide): LessonSide => (side === 'a' ? 'b' : 'a');

/** The side's steady figure (mean of the last half of its evaluations' % of the oracle), null before it exists. */
export function steadyOf(side: LessonSideMetrics): SteadyScore | null {
  return steadyScoreOf(side.evaluations);
}

/** A reference policy's % of the oracle on the side's cohort, or null when the side has not scored it. */
export function referencePercent(side: LessonSideMetrics, policy: string): number | null {
  return side.references.find((reference) => reference.policy === policy)?.percentOfOracle ?? null;
}
