// Synthetic lesson metrics for the lessons' unit tests: a side's evaluations from a list of % of the oracle
// (one every 1000 steps), with the figures a test sets, and series from plain arrays.

import type { LessonEvaluation, LessonMetrics, LessonReference, LessonSeries, LessonSeriesName, LessonSideMetrics } from '../lessons/lesson-metrics';

export interface SyntheticSide {
  /** % of the oracle of each evaluation, oldest first. */
  percents: readonly number[];
  /** Clicks per recommendation of every evaluation (default 0.5). */
  clickRate?: number;
  references?: readonly LessonReference[];
  series?: Partial<Record<LessonSeriesName, readonly number[]>>;
}

export const EVALUATION_EVERY = 1000;

/** Each evaluation's figures follow its %: equal percents give identical evaluations (a frozen policy). */
function evaluation(percent: number, index: number, clickRate: number): LessonEvaluation {
  return { step: (index + 1) * EVALUATION_EVERY, percentOfOracle: percent, meanReturn: percent / 25, clickRate, sessionLength: 5 + percent / 10, finalTrust: 0.3 + percent / 1000 };
}

/** A series with a point every 100 steps. */
export function seriesOf(values: readonly number[]): LessonSeries {
  return { steps: values.map((_, index) => (index + 1) * 100), values };
}

export function syntheticSide({ percents, clickRate = 0.5, references = [], series = {} }: SyntheticSide): LessonSideMetrics {
  const evaluations = percents.map((percent, index) => evaluation(percent, index, clickRate));
  const built = Object.fromEntries(Object.entries(series).map(([name, values]) => [name, seriesOf(values)]));
  return { step: evaluations.at(-1)?.step ?? 0, evaluations, references, series: built };
}

export function syntheticMetrics(a: SyntheticSide, b: SyntheticSide): LessonMetrics {
  return { a: syntheticSide(a), b: syntheticSide(b) };
}

/** Ten evaluations settling on a level, with a small swing (+-spread) over the last half. */
export function settling(level: number, spread = 1): number[] {
  return [level / 3, level / 2, level * 0.7, level * 0.85, level * 0.95, level - spread, level + spread, level, level - spread, level + spread];
}

/** Ten evaluations that stop changing at a level after the first four. */
export function frozenAt(level: number): number[] {
  return [level + 9, level + 4, level + 2, level + 1, level, level, level, level, level, level];
}

/** The reference scores lessons read: random and each side's observation planner. */
export function references(random: number, planner: number): LessonReference[] {
  return [
    { policy: 'random', percentOfOracle: random, meanReturn: random / 25 },
    { policy: 'observation-planner', percentOfOracle: planner, meanReturn: planner / 25 },
    { policy: 'dp-oracle', percentOfOracle: 100, meanReturn: 4 },
  ];
}
