// The lab's one zustand store, assembled from slices (more pages add their slice here).

import { createStore, type StoreApi } from 'zustand/vanilla';
import { createAbSlice, type AbSlice } from './ab-slice';
import { indexedDbAutosave, type AutosaveStorage } from './autosave-storage';
import type { ClientEvents, TrainingClient } from '../controller/training-client';
import { createWorkerClient } from '../controller/worker-client';
import { createLabFilesSlice, type LabFilesSlice } from './lab-files-slice';
import { createLabLinkSlice, type LabLinkSlice } from './lab-link-slice';
import { createLabRunsSlice, type LabRunsSlice } from './lab-runs-slice';
import { createLabSlice, type LabSlice } from './lab-slice';
import { createPlayReplaySlice, type PlayReplaySlice } from './play-replay-slice';
import { createPlaySlice, type PlaySlice } from './play-slice';
import { indexedDbRuns, type RunsStorage } from './runs-storage';

export type LabState = PlaySlice & PlayReplaySlice & LabSlice & LabLinkSlice & LabFilesSlice & AbSlice & LabRunsSlice;
export type LabStore = StoreApi<LabState>;

export interface LabStoreOptions {
  /** Starts the training engine when the training page first opens (tests pass a fake). */
  createTrainingClient?: (events: ClientEvents) => TrainingClient;
  /** Where the last run is kept across reloads (IndexedDB by default; tests pass a fake). */
  autosaveStorage?: AutosaveStorage;
  /** Where finished runs are kept for comparison (IndexedDB by default; tests pass memoryRuns()). */
  runsStorage?: RunsStorage;
}

/** A fresh store; the app makes one at start-up, each test makes its own. */
export function createLabStore(options: LabStoreOptions = {}): LabStore {
  // The lab slice starts the client; the files slice reaches the same one through this closure.
  let client: TrainingClient | null = null;
  const createClient = (events: ClientEvents) => (client = (options.createTrainingClient ?? createWorkerClient)(events));
  return createStore<LabState>()((...parts) => ({
    ...createPlaySlice(...parts),
    // The replay's agent answers from a worker of its own (the bundled agent) or from the run on show.
    ...createPlayReplaySlice({ createClient: options.createTrainingClient ?? createWorkerClient, labClient: () => client })(...parts),
    ...createLabSlice(createClient)(...parts),
    ...createLabLinkSlice(...parts),
    ...createLabFilesSlice(() => client?.files ?? null, options.autosaveStorage ?? indexedDbAutosave())(...parts),
    // The compare page starts its own two workers, by the same factory.
    ...createAbSlice(options.createTrainingClient ?? createWorkerClient)(...parts),
    ...createLabRunsSlice(options.runsStorage ?? indexedDbRuns())(...parts),
  }));
}
