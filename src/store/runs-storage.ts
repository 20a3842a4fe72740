// Where finished runs are kept across reloads: one list in its own IndexedDB database (through idb-keyval),
// apart from the autosave's. Each change is one read-modify-write transaction, so two tabs cannot lose a run.

import { createStore, get, update, type UseStore } from 'idb-keyval';
import type { KeptRun } from './kept-runs';

export interface RunsStorage {
  read(): Promise<KeptRun[]>;
  /** Applies the change to the stored list in one transaction and returns the list it stored. */
  change(edit: (runs: readonly KeptRun[]) => KeptRun[]): Promise<KeptRun[]>;
}

const RUNS_KEY = 'kept-runs';

export function indexedDbRuns(): RunsStorage {
  // Opened on first use: Node tests and pages that never train never touch IndexedDB.
  let store: UseStore | null = null;
  const opened = () => {
    if (typeof indexedDB === 'undefined') throw new Error('this browser offers no IndexedDB');
    return (store ??= createStore('q-shop-lab-runs', 'runs'));
  };
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
