// Where the last run is kept across reloads: a model file and a few words about it, in IndexedDB
// (through idb-keyval). Every call may reject (private windows, full disks): callers turn that into a notice.

import { delMany, get, setMany, type UseStore } from 'idb-keyval';
import { lazyIdbStore } from './idb-store';

/** What the page offers back after a reload, without reading the (large) file itself. */
export interface AutosaveMeta {
  /** Milliseconds since the epoch. */
  savedAt: number;
  step: number;
  /** The preset the run was started from, so that the offer names it (absent in saves from before it was kept). */
  presetName?: string;
  agentName: string;
  /** Bytes of the saved model file. */
  bytes: number;
  includesReplay: boolean;
}

export interface AutosaveStorage {
  readMeta(): Promise<AutosaveMeta | null>;
  readFile(): Promise<Uint8Array | null>;
  /** Meta and file in one transaction: an offer never points at another run's file. */
  write(meta: AutosaveMeta, file: Uint8Array): Promise<void>;
  clear(): Promise<void>;
}

const META_KEY = 'last-run-meta';
const FILE_KEY = 'last-run-file';

export function indexedDbAutosave(): AutosaveStorage {
  const opened = lazyIdbStore('q-shop-lab', 'autosave');
  const attempt = async <T>(action: (store: UseStore) => Promise<T>) => action(opened());
  return {
    readMeta: () => attempt(async (db) => (await get<AutosaveMeta>(META_KEY, db)) ?? null),
    readFile: () => attempt(async (db) => (await get<Uint8Array>(FILE_KEY, db)) ?? null),
    write: (meta, file) =>
      attempt((db) =>
        setMany(
          [
            [META_KEY, meta],
            [FILE_KEY, file],
          ],
          db,
        ),
      ),
    clear: () => attempt((db) => delMany([META_KEY, FILE_KEY], db)),
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
