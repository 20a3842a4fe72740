// The steady figure of a run: the mean of the last half of its periodic greedy evaluations, with their
// spread. A single evaluation swings by several points from one to the next (tabular Q-learning's range
// within one run is tens of points), so a lesson is stated on this figure, not on the latest one.

import { mean, standardDeviation } from '../sim/evaluation';

export interface SteadyScore {
  /** Mean % of the oracle over the evaluations counted. */
  percentOfOracle: number;
  /** Lowest and highest of them. */
  min: number;
  max: number;
  /** Their sample standard deviation. */
  standardDeviation: number;
  /** How many evaluations were averaged (the last half, rounded down). */
  evaluations: number;
}

/** Fewer evaluations in the last half than this give no steady figure: one or two would be the latest again. */
export const STEADY_MIN_EVALUATIONS = 3;

/** The steady figure of the periodic evaluations' % of oracle, in order; null until the last half holds enough of them. */
export function steadyScore(percents: readonly number[]): SteadyScore | null {
  const count = Math.floor(percents.length / 2);
  if (count < STEADY_MIN_EVALUATIONS) return null;
  const half = percents.slice(percents.length - count);
  return {
    percentOfOracle: mean(half),
    min: Math.min(...half),
    max: Math.max(...half),
    standardDeviation: standardDeviation(half),
    evaluations: count,
  };
}

/** The steady figure of evaluation records (anything with a percentOfOracle, oldest first). */
export function steadyScoreOf(evaluations: ReadonlyArray<{ percentOfOracle: number }>): SteadyScore | null {
  return steadyScore(evaluations.map((record) => record.percentOfOracle));
}
