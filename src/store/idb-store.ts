// One IndexedDB object store (through idb-keyval), opened on first use: Node tests and pages that never
// store anything never touch IndexedDB. The autosave and the kept runs each keep theirs apart.

import { createStore, type UseStore } from 'idb-keyval';

/** A function that opens the store the first time it is called (and throws when the browser has no IndexedDB). */
export function lazyIdbStore(database: string, storeName: string): () => UseStore {
  let store: UseStore | null = null;
  return () => {
    if (typeof indexedDB === 'undefined') throw new Error('this browser offers no IndexedDB');
    return (store ??= createStore(database, storeName));
  };
}
