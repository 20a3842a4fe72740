// The last run as the reload offer sees it: the meta record the training worker writes beside the run it keeps
// (contracts/run-store-layout.ts). The page reads only that record, a few hundred bytes; the worker itself
// loads the run when the reader resumes it. Every call may reject (private windows): callers turn that into a notice.

import { delMany, get, keys, type UseStore } from 'idb-keyval';
import { LAB_RUN_SLOT, RUN_STORE_DATABASE, RUN_STORE_NAME, runStoreKeys, type StoredRunMeta } from '../contracts/run-store-layout';
import { lazyIdbStore } from './idb-store';

/** What the page offers back after a reload, without reading the run itself. */
export interface AutosaveMeta {
  /** Milliseconds since the epoch. */
  savedAt: number;
  step: number;
  /** The preset the run was started from, so that the offer names it (absent when the page had not named it yet). */
  presetName?: string;
  agentName: string;
  /** Bytes the run's state holds in the store. */
  bytes: number;
  includesReplay: boolean;
}

export interface AutosaveStorage {
  readMeta(): Promise<AutosaveMeta | null>;
  /** Forgets the kept run (every record of the training page's slot). */
  clear(): Promise<void>;
}

/** The offer's words about a stored run, or null when the record is not one. */
export function autosaveMetaOf(stored: StoredRunMeta | undefined): AutosaveMeta | null {
  if (!stored || typeof stored !== 'object' || !Number.isInteger(stored.step) || typeof stored.savedAt !== 'number') return null;
  const { savedAt, step, presetName, agentName, bytes, replay } = stored;
  return { savedAt, step, ...(presetName ? { presetName } : {}), agentName, bytes, includesReplay: replay !== null };
}

export function indexedDbAutosave(): AutosaveStorage {
  const opened = lazyIdbStore(RUN_STORE_DATABASE, RUN_STORE_NAME);
  const attempt = async <T>(action: (store: UseStore) => Promise<T>) => action(opened());
  const slotPrefix = `${LAB_RUN_SLOT}/`;
  return {
    readMeta: () => attempt(async (db) => autosaveMetaOf(await get<StoredRunMeta>(runStoreKeys.meta(LAB_RUN_SLOT), db))),
    clear: () =>
      attempt(async (db) => {
        // Keys only: the records themselves (tens of megabytes) never cross to the page.
        const slotKeys = (await keys(db)).filter((key) => String(key).startsWith(slotPrefix));
        await delMany(slotKeys, db);
      }),
  };
}

/** How long ago a run was saved, in its largest whole unit (null: under a minute), for the resume offer. */
export function ageOf(savedAt: number, now: number): { unit: 'day' | 'hour' | 'minute'; count: number } | null {
  const seconds = Math.max(0, Math.round((now - savedAt) / 1000));
  const units = [
    [86_400, 'day'],
    [3600, 'hour'],
    [60, 'minute'],
  ] as const;
  for (const [size, unit] of units) {
    const count = Math.floor(seconds / size);
    if (count >= 1) return { unit, count };
  }
  return null;
}
