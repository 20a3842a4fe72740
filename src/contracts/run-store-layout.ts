// Where the worker keeps the run it trains, in IndexedDB, and what the page may read of it without loading
// it: one meta record per slot (the training page's run, each compare side's). The state itself (weights,
// optimizer, shoppers, the replay memory in chunks, the metric history in segments) is read and written by
// the worker alone; the page reads the meta to offer the run back after a reload.

/** Its own database: a second store in another database would need a version upgrade. */
export const RUN_STORE_DATABASE = 'q-shop-lab-run-store';
export const RUN_STORE_NAME = 'runs';

/** The training page's run: the one a reload offers back. The compare page's sides keep theirs apart. */
export const LAB_RUN_SLOT = 'lab';

export const runStoreKeys = {
  meta: (slot: string) => `${slot}/meta`,
  core: (slot: string) => `${slot}/core`,
  chunk: (slot: string, index: number) => `${slot}/replay/${index}`,
  metrics: (slot: string, segment: number) => `${slot}/metrics/${segment}`,
};

/** The replay memory as stored: fixed-size chunks of rows, each written when rows in it changed. */
export interface StoredReplay {
  capacity: number;
  rowsPerChunk: number;
  /** Rows held and the ring buffer's write head when the run was saved. */
  stored: number;
  position: number;
  /** Per chunk, the save that wrote it last (0: never): a chunk whose record says otherwise is stale. */
  chunkSaves: number[];
}

/** What the page reads of a stored run (a few hundred bytes) without loading its state. */
export interface StoredRunMeta {
  /** The page that trains the run (a fresh id per page load) and the run's id there: a restart resumes only its own run. */
  owner: string;
  runId: number;
  /** Counts this slot's saves: each chunk and metric segment names the save that wrote it. */
  save: number;
  /** Milliseconds since the epoch. */
  savedAt: number;
  step: number;
  presetName: string | null;
  agentName: string;
  /** Bytes of the state as stored (all chunks and segments, not only the last save's). */
  bytes: number;
  /** Bytes the last save wrote. */
  bytesWritten: number;
  /** Milliseconds the last save held the worker's thread: the checkpoint taken and its parts cut out (the write goes on in the background). */
  cutMs: number;
  /** Null when the run was kept without its replay memory (the browser gave too little room). */
  replay: StoredReplay | null;
  /** The metric history's segments, oldest first, by save number. */
  metricSegments: number[];
}
