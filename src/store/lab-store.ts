// The lab's one zustand store, assembled from slices (more pages add their slice here).

import { createStore, type StoreApi } from 'zustand/vanilla';
import { createWorkerClient, type ClientEvents, type TrainingClient } from './lab-client';
import { createLabLinkSlice, type LabLinkSlice } from './lab-link-slice';
import { createLabSlice, type LabSlice } from './lab-slice';
import { createPlaySlice, type PlaySlice } from './play-slice';

export type LabState = PlaySlice & LabSlice & LabLinkSlice;
export type LabStore = StoreApi<LabState>;

export interface LabStoreOptions {
  /** Starts the training engine when the training page first opens (tests pass a fake). */
  createTrainingClient?: (events: ClientEvents) => TrainingClient;
}

/** A fresh store; the app makes one at start-up, each test makes its own. */
export function createLabStore(options: LabStoreOptions = {}): LabStore {
  return createStore<LabState>()((...parts) => ({
    ...createPlaySlice(...parts),
    ...createLabSlice(options.createTrainingClient ?? createWorkerClient)(...parts),
    ...createLabLinkSlice(...parts),
  }));
}
