// Named selectors for the kept runs: each returns a stored value.

import type { LabState } from './lab-store';

export const selectKeptRuns = (state: LabState) => state.labRuns.runs;
export const selectOverlaySlots = (state: LabState) => state.labRuns.overlays;
export const selectRunsLoaded = (state: LabState) => state.labRuns.loaded;
export const selectRunsProblem = (state: LabState) => state.labRuns.problem;
export const selectLabRunsActions = (state: LabState) => state.labRunsActions;
