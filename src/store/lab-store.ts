// The lab's one zustand store, assembled from slices (more pages add their slice here).

import { createStore, type StoreApi } from 'zustand/vanilla';
import { createPlaySlice, type PlaySlice } from './play-slice';

export type LabState = PlaySlice;
export type LabStore = StoreApi<LabState>;

/** A fresh store; the app makes one at start-up, each test makes its own. */
export function createLabStore(): LabStore {
  return createStore<LabState>()((...parts) => ({
    ...createPlaySlice(...parts),
  }));
}
