// Named selectors for export and import: each returns a stored value or a primitive.

import { replayCapacityOf } from '../contracts/agent-kinds';
import type { LabState } from './lab-store';

export const selectFilesBusy = (state: LabState) => state.labFiles.busy;
export const selectFileNotice = (state: LabState) => state.labFiles.notice;
export const selectAutosaveOffer = (state: LabState) => state.labFiles.offer;
/** The step of the run on show's last autosave, or -1 when it has none yet (the last one may be of the run it replaced). */
export const selectAutosavedStep = (state: LabState) => (state.labFiles.autosavedRunId === state.lab.run.runId ? state.labFiles.autosavedStep : -1);
/** The run on show has no autosave yet (a new run, or one the page has not saved since it started). */
export const selectRunUnsaved = (state: LabState) => state.labFiles.autosavedRunId !== state.lab.run.runId;
export const selectAutosaveProblem = (state: LabState) => state.labFiles.autosaveProblem;
export const selectLabFilesActions = (state: LabState) => state.labFilesActions;
/** The running DQN's replay capacity (null for agents without a replay memory). */
export const selectReplayCapacity = (state: LabState) => (state.lab.config ? replayCapacityOf(state.lab.config) : null);
/** n of the running DQN's n-step rows (each row keeps n rewards). */
export const selectMultiStep = (state: LabState) => state.lab.config?.dqn.multiStep ?? 1;
