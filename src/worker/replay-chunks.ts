// The replay memory cut into fixed-size chunks of rows, for a store that writes only what changed: the ring
// buffer's write head says which rows were written since the last save, so which chunks to write again.

type ReplayArray = Float32Array | Int32Array | Uint8Array | Float64Array;

/** Rows per chunk: about 0.7 MB of the default preset's memory (180 bytes a row), 49 chunks for 200,000 rows. */
export const ROWS_PER_CHUNK = 4096;

const CONSTRUCTORS = { Float32Array, Int32Array, Uint8Array, Float64Array } as const;
export type ColumnType = keyof typeof CONSTRUCTORS;

/** One column of the memory: its checkpoint name, element type and numbers per row. */
export interface ReplayColumn {
  name: string;
  type: ColumnType;
  width: number;
}

/** How the memory's columns are laid out; every column holds `capacity` rows. */
export interface ReplayLayout {
  capacity: number;
  columns: ReplayColumn[];
}

/** Where the ring buffer stood at a save, and the run's step then (an upper bound on rows written since). */
export interface ReplayHead {
  stored: number;
  position: number;
  step: number;
}

/** A chunk as stored: its index, the save that wrote it, and its rows of every column. */
export interface ReplayChunk {
  index: number;
  save: number;
  arrays: Record<string, ReplayArray>;
}

/** The checkpoint's replay columns (by the agents' convention, every name starts with "replay"), or null when it has none. */
export function replayLayout(arrays: Record<string, ReplayArray>): ReplayLayout | null {
  const names = Object.keys(arrays).filter((name) => name.startsWith('replay'));
  if (names.length === 0) return null;
  // Per-row columns (the action, the done flag) hold one number a row: the shortest column's length is the capacity.
  const capacity = Math.min(...names.map((name) => arrays[name].length));
  if (capacity === 0 || names.some((name) => arrays[name].length % capacity !== 0)) return null;
  const columns = names.map((name) => ({ name, type: arrays[name].constructor.name as ColumnType, width: arrays[name].length / capacity }));
  return { capacity, columns };
}

export const chunkCount = (capacity: number, rowsPerChunk: number) => Math.ceil(capacity / rowsPerChunk);

/** Chunks holding rows [0, stored): all of them once the memory has wrapped. */
export const filledChunks = (stored: number, capacity: number, rowsPerChunk: number) =>
  stored >= capacity ? chunkCount(capacity, rowsPerChunk) : Math.ceil(stored / rowsPerChunk);

/**
 * The chunks to write: every filled one on a first save (or when so many steps passed that the head may have
 * gone round the whole ring: one row per environment step), else those the head crossed since the last save,
 * from the chunk it stood in (partly written then) to the one it stands in, around the end when it wrapped.
 */
export function changedChunks(previous: ReplayHead | null, now: ReplayHead, capacity: number, rowsPerChunk: number): number[] {
  const filled = filledChunks(now.stored, capacity, rowsPerChunk);
  const all = Array.from({ length: filled }, (_, index) => index);
  if (!previous || now.step < previous.step || now.step - previous.step >= capacity / 2 || now.stored < previous.stored) return all;
  const added = (now.position - previous.position + capacity) % capacity;
  if (added === 0) return [];
  const count = chunkCount(capacity, rowsPerChunk);
  const first = Math.floor(previous.position / rowsPerChunk);
  const last = Math.floor(((previous.position + added - 1) % capacity) / rowsPerChunk);
  const chunks = [first];
  for (let index = first; index !== last; ) {
    index = (index + 1) % count;
    chunks.push(index);
  }
  return chunks;
}

/** One chunk's rows of every column, copied out (a view would store its whole buffer). */
export function cutChunk(arrays: Record<string, ReplayArray>, layout: ReplayLayout, index: number, rowsPerChunk: number, save: number): ReplayChunk {
  const start = index * rowsPerChunk;
  const end = Math.min(start + rowsPerChunk, layout.capacity);
  const rows: Record<string, ReplayArray> = {};
  for (const { name, width } of layout.columns) rows[name] = arrays[name].slice(start * width, end * width);
  return { index, save, arrays: rows };
}

/** Bytes of a chunk's arrays. */
export const chunkBytes = (chunk: ReplayChunk) => Object.values(chunk.arrays).reduce((sum, array) => sum + array.byteLength, 0);

/** Why a stored chunk cannot be used: absent, from another save than the meta names, or of the wrong shape. */
export type ChunkProblem = 'missing' | 'stale' | 'malformed';

/** Checks a chunk read back against the layout and the save the meta says wrote it. */
export function chunkProblem(chunk: unknown, layout: ReplayLayout, index: number, save: number, rowsPerChunk: number): ChunkProblem | null {
  if (chunk === undefined || chunk === null) return 'missing';
  const record = chunk as Partial<ReplayChunk>;
  if (record.index !== index || typeof record.arrays !== 'object' || record.arrays === null) return 'malformed';
  if (record.save !== save) return 'stale';
  const rows = Math.min(rowsPerChunk, layout.capacity - index * rowsPerChunk);
  for (const { name, type, width } of layout.columns) {
    const array = record.arrays[name];
    if (!(array instanceof CONSTRUCTORS[type]) || array.length !== rows * width) return 'malformed';
  }
  return null;
}

/** The memory's full-size columns with the chunks' rows in place (rows past the filled ones stay zero, as in a fresh memory). */
export function assembleReplay(layout: ReplayLayout, chunks: readonly ReplayChunk[], rowsPerChunk: number): Record<string, ReplayArray> {
  const arrays: Record<string, ReplayArray> = {};
  for (const { name, type, width } of layout.columns) arrays[name] = new CONSTRUCTORS[type](layout.capacity * width);
  for (const chunk of chunks) {
    for (const { name, width } of layout.columns) arrays[name].set(chunk.arrays[name], chunk.index * rowsPerChunk * width);
  }
  return arrays;
}
