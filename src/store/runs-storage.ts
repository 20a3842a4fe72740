// Where finished runs are kept across reloads: one list in its own IndexedDB database (through idb-keyval),
// apart from the autosave's. Each change is one read-modify-write transaction, so two tabs cannot lose a run.

import { get, update } from 'idb-keyval';
import { lazyIdbStore } from './idb-store';
import type { KeptRun } from './kept-runs';

export interface RunsStorage {
  read(): Promise<KeptRun[]>;
  /** Applies the change to the stored list in one transaction and returns the list it stored. */
  change(edit: (runs: readonly KeptRun[]) => KeptRun[]): Promise<KeptRun[]>;
}

/** Where the list lives: its own database (not a second store in the autosave's, which would need a version upgrade). */
export const RUNS_DATABASE = 'q-shop-lab-runs';
export const RUNS_STORE = 'runs';
export const RUNS_KEY = 'kept-runs';

export function indexedDbRuns(): RunsStorage {
  const opened = lazyIdbStore(RUNS_DATABASE, RUNS_STORE);
  return {
    read: async () => (await get<KeptRun[]>(RUNS_KEY, opened())) ?? [],
    async change(edit) {
      let stored: KeptRun[] = [];
      await update<KeptRun[]>(RUNS_KEY, (runs) => (stored = edit(runs ?? [])), opened());
      return stored;
    },
  };
}

/** A list in memory, for tests and for a browser that refuses IndexedDB. */
export function memoryRuns(initial: readonly KeptRun[] = []): RunsStorage {
  let runs = [...initial];
  return {
    read: async () => [...runs],
    change: async (edit) => (runs = edit(runs)),
  };
}
