// Named selectors for the compare page: each returns a stored value or a primitive.

import type { AbSide } from '../preset/ab-setup';
import { isLive } from './ab-slice';
import type { LabState } from './lab-store';
import type { SeriesName } from './lab-series';

/** One empty list for every side without references yet, so that its readers do not re-render. */

export const selectAbPhase = (state: LabState) => state.ab.phase;
export const selectAbSetup = (state: LabState) => state.ab.setup;
export const selectAbPlaying = (state: LabState) => state.ab.playing;
export const selectAbActions = (state: LabState) => state.abActions;
/** Both sides' pace: the lecture pace or fast-forward. */
export const selectAbSpeed = (state: LabState) => state.ab.speed;
export const selectAbPausedTrainingPage = (state: LabState) => state.ab.pausedTrainingPage;
export const selectAbSideView = (side: AbSide) => (state: LabState) => state.ab.sides[side];
/** One side's chart-ready (thinned) series of one metric. */
export const selectAbChartSeries = (side: AbSide, name: SeriesName) => (state: LabState) => state.ab.sides[side].run.series.chart[name];
/** One side's latest greedy evaluation, as % of the DP oracle (null before the first). */
export const selectAbLatestPercent = (side: AbSide) => (state: LabState) => state.ab.sides[side].run.evaluations.at(-1)?.percentOfOracle ?? null;
/** One side's greedy evaluations, oldest first (for its steady figure). */
export const selectAbEvaluations = (side: AbSide) => (state: LabState) => state.ab.sides[side].run.evaluations;
/** One side's reference policies on its evaluation cohort (a stored array: it changes only when a run starts). */
export const selectAbReferences = (side: AbSide) => (state: LabState) => state.ab.sides[side].references;
/** True while either side can still train (not finished, diverged or failed): a boolean, so batches do not re-render its readers. */
export const selectAbAnyLive = (state: LabState) => isLive(state.ab.sides.a) || isLive(state.ab.sides.b);
/** True while either side's worker is loading. */
export const selectAbLoading = (state: LabState) => state.ab.sides.a.phase === 'loading' || state.ab.sides.b.phase === 'loading';
