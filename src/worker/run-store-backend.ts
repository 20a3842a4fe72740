// Where the run store's records live: IndexedDB in the worker (through idb-keyval's store), or a map in
// memory for tests and for a browser that gives the worker no IndexedDB (where a kept run dies with its worker).

import { createStore, promisifyRequest, type UseStore } from 'idb-keyval';
import { RUN_STORE_DATABASE, RUN_STORE_NAME } from '../contracts/run-store-layout';

export interface KeyValueStore {
  /** Undefined for a key that holds nothing. */
  read(keys: readonly string[]): Promise<unknown[]>;
  /** Puts and deletes in one transaction: a worker killed mid-write leaves the last save whole. */
  write(puts: ReadonlyArray<readonly [string, unknown]>, deletes?: readonly string[]): Promise<void>;
  /** True when what is kept outlives the worker. */
  readonly lasting: boolean;
}

/** The lab's run-store database in IndexedDB, opened on first use. */
export function indexedDbKeyValue(): KeyValueStore {
  let store: UseStore | null = null;
  const opened = () => {
    if (typeof indexedDB === 'undefined') throw new Error('this browser offers no IndexedDB to the worker');
    return (store ??= createStore(RUN_STORE_DATABASE, RUN_STORE_NAME));
  };
  return {
    lasting: true,
    read: async (keys) => opened()('readonly', (objects) => Promise.all(keys.map((key) => promisifyRequest(objects.get(key))))),
    write: async (puts, deletes = []) =>
      opened()('readwrite', (objects) => {
        for (const [key, value] of puts) objects.put(value, key);
        for (const key of deletes) objects.delete(key);
        return promisifyRequest(objects.transaction);
      }),
  };
}

/**
 * A map in memory. Values are structured-cloned on the way in and out, as IndexedDB does, so a test sees
 * exactly what a reader of the database would.
 */
export function memoryKeyValue(entries: Map<string, unknown> = new Map()): KeyValueStore & { entries: Map<string, unknown> } {
  return {
    lasting: false,
    entries,
    read: async (keys) => keys.map((key) => (entries.has(key) ? structuredClone(entries.get(key)) : undefined)),
    async write(puts, deletes = []) {
      const cloned = puts.map(([key, value]) => [key, structuredClone(value)] as const);
      for (const [key, value] of cloned) entries.set(key, value);
      for (const key of deletes) entries.delete(key);
    },
  };
}

/** IndexedDB where the worker has it, else memory. */
export function workerKeyValue(): KeyValueStore {
  return typeof indexedDB === 'undefined' ? memoryKeyValue() : indexedDbKeyValue();
}
