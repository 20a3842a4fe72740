// Named selectors for the play page: components read the store only through these.
// Each returns a stored value or a primitive, so a component re-renders only when that value changes.

import type { LabState } from './lab-store';

export const selectPlaySetup = (state: LabState) => state.play.setup;
export const selectPlayLinkOpened = (state: LabState) => state.playLinkOpened;
export const selectPlayNotice = (state: LabState) => state.play.notice;
export const selectCatalogItems = (state: LabState) => state.play.catalog.items;
export const selectShopper = (state: LabState) => state.play.shopper;
export const selectSteps = (state: LabState) => state.play.steps;
export const selectLastStep = (state: LabState) => state.play.steps.at(-1) ?? null;
export const selectStepCount = (state: LabState) => state.play.steps.length;
export const selectTrust = (state: LabState) => state.play.trust;
export const selectSessionReturn = (state: LabState) => state.play.sessionReturn;
export const selectObservation = (state: LabState) => state.play.observation;
export const selectSessionDone = (state: LabState) => state.play.done;
export const selectComparison = (state: LabState) => state.play.comparison;
export const selectMaxSteps = (state: LabState) => state.play.maxSteps;
export const selectPlayActions = (state: LabState) => state.playActions;
export const selectExpectedReturns = (state: LabState) => state.play.expected;
export const selectPlayCatalog = (state: LabState) => state.play.catalog;
export const selectReplay = (state: LabState) => state.playReplay;
export const selectReplayActions = (state: LabState) => state.playReplayActions;
/** The training page's run, when it has values to show (a learning agent), with its step; else null. */
export const selectRunForReplay = (state: LabState) => state.lab.config;
export const selectRunStepForReplay = (state: LabState) => state.lab.run.step;
