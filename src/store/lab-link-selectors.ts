// Named selectors for the training page's link state: each returns a stored value or a primitive.

import type { LabState } from './lab-store';

export const selectLectureView = (state: LabState) => state.labLink.view;
export const selectHiddenControls = (state: LabState) => state.labLink.view.hidden;
export const selectPresenting = (state: LabState) => state.labLink.view.present;
export const selectLinkCorrections = (state: LabState) => state.labLink.corrections;
export const selectLabLinkActions = (state: LabState) => state.labLinkActions;
