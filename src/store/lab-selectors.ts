// Named selectors for the training page: each returns a stored value or a primitive.

import type { LabState } from './lab-store';
import type { SeriesName } from './lab-series';

export const selectLabPhase = (state: LabState) => state.lab.phase;
export const selectLabError = (state: LabState) => state.lab.error;
export const selectCatalogue = (state: LabState) => state.lab.catalogue;
export const selectPresetName = (state: LabState) => state.lab.presetName;
export const selectRunConfig = (state: LabState) => state.lab.config;
export const selectDraft = (state: LabState) => state.lab.draft;
export const selectBackend = (state: LabState) => state.lab.backend;
export const selectReferences = (state: LabState) => state.lab.references;
export const selectSpeed = (state: LabState) => state.lab.speed;
export const selectRunStatus = (state: LabState) => state.lab.run.status;
export const selectDivergence = (state: LabState) => state.lab.run.divergence;
export const selectRunStep = (state: LabState) => state.lab.run.step;
export const selectTotalSteps = (state: LabState) => state.lab.run.totalSteps;
export const selectUpdateCount = (state: LabState) => state.lab.run.updates;
export const selectTrainingSeconds = (state: LabState) => state.lab.run.trainingSeconds;
export const selectStepsPerSecond = (state: LabState) => state.lab.run.stepsPerSecond;
export const selectKnobs = (state: LabState) => state.lab.run.knobs;
export const selectMarkers = (state: LabState) => state.lab.run.markers;
export const selectEvaluations = (state: LabState) => state.lab.run.evaluations;
export const selectLatestEvaluation = (state: LabState) => state.lab.run.evaluations.at(-1) ?? null;
export const selectFollowed = (state: LabState) => state.lab.run.followed;
export const selectLabActions = (state: LabState) => state.labActions;
/** The chart-ready (thinned) series of one metric. */
export const selectChartSeries = (name: SeriesName) => (state: LabState) => state.lab.run.series.chart[name];
export const selectInspection = (state: LabState) => state.lab.run.inspection;
export const selectStepNotice = (state: LabState) => state.lab.stepNotice;
/** The running config's agent choice: a learner's or a reference policy's name. */
export const selectAgent = (state: LabState) => state.lab.config?.agent ?? null;
export const selectTensorCount = (state: LabState) => state.lab.run.tensors;
export const selectRunNotice = (state: LabState) => state.lab.run.notice;
export const selectBudgetIncrement = (state: LabState) => state.lab.budgetIncrement;
/** Knobs turned after the run used up its budget (the page offers to train on with them, or to start anew). */
export const selectKnobsAfterEnd = (state: LabState) => state.lab.knobsAfterEnd;
export const selectReplacedRun = (state: LabState) => state.lab.replaced;
