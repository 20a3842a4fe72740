// The run kept by the worker that trains it (in IndexedDB, or over the in-memory backend: see run-keeping.ts):
// the one saved copy of the run's state, written incrementally. Each save writes the small parts whole
// (weights, optimizer, shoppers: tens of kilobytes), the replay memory's chunks the write head crossed since
// the last save (cut straight from the live buffer's columns), and the metric records pushed since (a segment,
// folded into one when they grow many), all in one transaction with the meta. A restarted worker, the recovery
// from a lost WebGL context and the reload offer read it back; the page reads only the meta.

import { CheckpointError } from '../contracts/checkpoint-refusal';
import type { LabConfig } from '../contracts/lab-config';
import type { MetricsTables } from '../contracts/metrics-tables';
import type { RunSaved, RunSlot, StoredRunProblem } from '../contracts/protocol';
import { runStoreKeys, type StoredReplay, type StoredRunMeta } from '../contracts/run-store-layout';
import type { TrainerCheckpoint } from '../contracts/trainer-state';
import { metricsTables, type MetricsLog } from '../engine/metrics-log';
import type { Trainer } from '../engine/trainer';
import { MetricsCursor } from './metrics-cursor';
import type { KeyValueStore } from './run-store-backend';
import { assembleReplay, changedChunks, chunkBytes, chunkProblem, cutChunk, filledChunks, replayLayout, ROWS_PER_CHUNK, type ReplayChunk, type ReplayHead, type ReplayLayout } from './replay-chunks';

/** Metric segments kept before the next save folds them into one. */
const MAX_METRIC_SEGMENTS = 32;

/** The run's small state, written whole each save. */
interface StoredCore {
  config: LabConfig;
  /** The checkpoint without its replay columns. */
  checkpoint: TrainerCheckpoint;
  layout: ReplayLayout | null;
}

/** What a save keeps: the run's checkpoint, its log, and its names. */
export interface RunToKeep {
  runId: number;
  config: LabConfig;
  /**
   * Its replay columns may be the live buffer's own (Trainer.liveCheckpoint): they are read only while keep()
   * runs, before it returns. Its other arrays must be the checkpoint's own copies: the store keeps them as they are.
   */
  checkpoint: TrainerCheckpoint;
  metrics: MetricsLog;
  agentName: string;
  /** Milliseconds the worker spent taking the checkpoint (counted in the save's thread time). */
  checkpointMs?: number;
}

/** A stored run read back: what a new trainer loads. */
export interface StoredRun {
  meta: StoredRunMeta;
  config: LabConfig;
  checkpoint: TrainerCheckpoint;
  /** The metric history, segment by segment, oldest first. */
  metrics: MetricsTables[];
}

export type ReadResult = { ok: true; run: StoredRun } | { ok: false; problem: StoredRunProblem };

const detailOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

export class RunStore {
  readonly slot: RunSlot;
  private readonly backend: KeyValueStore;
  private readonly now: () => number;
  private readonly rowsPerChunk: number;
  /** The run whose saves are tracked (null: its next save writes everything). */
  private runId: number | null = null;
  private meta: StoredRunMeta | null = null;
  private head: ReplayHead | null = null;
  private cursor = new MetricsCursor();
  /** A failed save may have lost a metric segment: the next one writes the whole history. */
  private foldMetrics = false;
  /** The browser refused a save with the replay memory: this run is kept without it. */
  private withoutReplay = false;
  private writing: Promise<RunSaved | null> | null = null;
  /** Bytes of the metric segments stored (for the meta's total). */
  private metricBytes = 0;
  /** The preset the page last named, for the reload offer. */
  presetName: string | null = null;

  constructor(backend: KeyValueStore, slot: RunSlot, options: { now?: () => number; rowsPerChunk?: number } = {}) {
    this.backend = backend;
    this.slot = slot;
    this.now = options.now ?? Date.now;
    this.rowsPerChunk = options.rowsPerChunk ?? ROWS_PER_CHUNK;
  }

  /** True while a save is being written. */
  get busy(): boolean {
    return this.writing !== null;
  }

  /**
   * Saves the run (a new run id starts its saves afresh). The replay chunks are cut out (copied) synchronously,
   * before keep returns, so the caller may train on at once; the answer comes when the transaction is committed.
   * A view of the live columns would not do: the backend puts its values only after an await (IndexedDB's
   * structured clone happens at put time, and the database opens asynchronously), and a view would store its whole buffer.
   */
  keep(run: RunToKeep, onCut: () => void = () => {}): Promise<RunSaved | null> {
    if (this.writing) return Promise.reject(new Error('a save of the run is still being written'));
    if (run.runId !== this.runId) this.forget(run.runId);
    const written = this.write(run, onCut).finally(() => {
      this.writing = null;
    });
    this.writing = written;
    return written;
  }

  /** Resolves once no save is being written. */
  async idle(): Promise<void> {
    await this.writing?.catch(() => {});
  }

  /** The run now tracked was loaded from this meta: later saves write only what changes from here. */
  adopt(runId: number, meta: StoredRunMeta, metrics: MetricsLog): void {
    this.forget(runId);
    this.meta = { ...meta, owner: this.slot.owner, runId };
    this.head = meta.replay ? { stored: meta.replay.stored, position: meta.replay.position, step: meta.step } : null;
    this.cursor.skip(metrics);
    // A fold on the next save rewrites the history this worker restored, so its size is counted from there.
    this.foldMetrics = true;
  }

  /** Tracks this run from nothing: its next save writes everything. */
  forget(runId: number): void {
    this.runId = runId;
    this.meta = null;
    this.head = null;
    this.cursor = new MetricsCursor();
    this.foldMetrics = false;
    this.withoutReplay = false;
    this.metricBytes = 0;
  }

  private async write(run: RunToKeep, onCut: () => void): Promise<RunSaved | null> {
    const { checkpoint } = run;
    const started = performance.now();
    const save = Math.max((this.meta?.save ?? 0) + 1, this.now());
    const arrays = checkpoint.agent.arrays;
    const layout = this.withoutReplay ? null : replayLayout(arrays);
    const numbers = checkpoint.agent.numbers;
    const head: ReplayHead | null = layout ? { stored: numbers.replayStored, position: numbers.replayPosition, step: checkpoint.step } : null;
    const chunks = layout && head ? changedChunks(this.head, head, layout.capacity, this.rowsPerChunk).map((index) => cutChunk(arrays, layout, index, this.rowsPerChunk, save)) : [];
    const core = this.coreOf(run, layout);
    const fold = this.foldMetrics || (this.meta?.metricSegments.length ?? MAX_METRIC_SEGMENTS) >= MAX_METRIC_SEGMENTS;
    const segment = fold ? metricsTables(run.metrics) : this.cursor.drain(run.metrics);
    if (fold) this.cursor.skip(run.metrics);
    const segments = fold ? [save] : [...(this.meta?.metricSegments ?? []), save];
    const replay = layout && head ? this.storedReplay(layout, head, chunks, save) : null;
    const coreBytes = JSON.stringify(core.checkpoint.env).length + arrayBytes(core.checkpoint);
    const segmentBytes = tableBytes(segment);
    const metricBytes = (fold ? 0 : this.metricBytes) + segmentBytes;
    const bytesWritten = coreBytes + chunks.reduce((sum, chunk) => sum + chunkBytes(chunk), 0) + segmentBytes;
    const meta: StoredRunMeta = {
      owner: this.slot.owner,
      runId: run.runId,
      save,
      savedAt: this.now(),
      step: checkpoint.step,
      presetName: this.presetName,
      agentName: run.agentName,
      bytes: coreBytes + (layout && replay ? storedReplayBytes(layout, replay) : 0) + metricBytes,
      bytesWritten,
      cutMs: 0,
      replay,
      metricSegments: segments,
    };
    const keys = runStoreKeys;
    const puts: Array<readonly [string, unknown]> = [
      [keys.core(this.slot.key), core],
      ...chunks.map((chunk) => [keys.chunk(this.slot.key, chunk.index), chunk] as const),
      [keys.metrics(this.slot.key, save), segment],
      [keys.meta(this.slot.key), meta],
    ];
    meta.cutMs = (run.checkpointMs ?? 0) + performance.now() - started;
    onCut();
    // A run's first save also drops the segments of the run the slot held before (chunks are overwritten in place).
    const before = this.meta ? null : await this.readMeta().catch(() => null);
    const replaced = before && isStoredMeta(before) ? before.metricSegments : [];
    const deletes = fold ? [...(this.meta?.metricSegments ?? []), ...replaced].map((old) => keys.metrics(this.slot.key, old)) : [];
    try {
      await this.backend.write(puts, deletes);
    } catch (error) {
      this.foldMetrics = true;
      if (!layout) throw error;
      // Too little room for the replay memory: keep the run without it (it resumes learning after a refill).
      this.withoutReplay = true;
      this.head = null;
      return this.write(run, () => {});
    }
    if (run.runId !== this.runId) return null; // a newer run started while this one was written
    this.meta = meta;
    this.head = head;
    this.metricBytes = metricBytes;
    this.foldMetrics = false;
    return { step: meta.step, includesReplay: replay !== null, bytesWritten, bytes: meta.bytes };
  }

  private coreOf(run: RunToKeep, layout: ReplayLayout | null): StoredCore {
    const { agent } = run.checkpoint;
    // The small arrays are the checkpoint's own copies (see RunToKeep): stored as they are, with no second copy.
    const arrays = Object.fromEntries(Object.entries(agent.arrays).filter(([name]) => !name.startsWith('replay')));
    return { config: run.config, checkpoint: { ...run.checkpoint, agent: { ...agent, arrays } }, layout };
  }

  private storedReplay(layout: ReplayLayout, head: ReplayHead, chunks: readonly ReplayChunk[], save: number): StoredReplay {
    const count = Math.ceil(layout.capacity / this.rowsPerChunk);
    const chunkSaves = this.meta?.replay?.chunkSaves.slice() ?? new Array<number>(count).fill(0);
    for (const chunk of chunks) chunkSaves[chunk.index] = save;
    return { capacity: layout.capacity, rowsPerChunk: this.rowsPerChunk, stored: head.stored, position: head.position, chunkSaves };
  }

  /** The meta alone (the page's offer reads the same record), or null when the slot holds nothing. */
  async readMeta(): Promise<StoredRunMeta | null> {
    const [meta] = await this.backend.read([runStoreKeys.meta(this.slot.key)]);
    return isObject(meta) ? (meta as unknown as StoredRunMeta) : null;
  }

  /** The stored run, checked part by part; `runId` set: only this page's run of that id (a restart after a worker died). */
  async read(runId?: number): Promise<ReadResult> {
    const keys = runStoreKeys;
    const slot = this.slot.key;
    try {
      const [meta] = await this.backend.read([keys.meta(slot)]);
      if (meta === undefined) return { ok: false, problem: { code: 'nothing-saved' } };
      if (!isStoredMeta(meta)) return { ok: false, problem: { code: 'unreadable', part: 'meta' } };
      if (runId !== undefined && (meta.owner !== this.slot.owner || meta.runId !== runId)) return { ok: false, problem: { code: 'another-run' } };
      const replay = meta.replay;
      const filled = replay ? filledChunks(replay.stored, replay.capacity, replay.rowsPerChunk) : 0;
      const chunkKeys = Array.from({ length: filled }, (_, index) => keys.chunk(slot, index));
      const [core, ...rest] = await this.backend.read([keys.core(slot), ...chunkKeys, ...meta.metricSegments.map((segment) => keys.metrics(slot, segment))]);
      if (!isStoredCore(core) || (replay !== null) !== (core.layout !== null)) return { ok: false, problem: { code: 'unreadable', part: 'core' } };
      const chunks = rest.slice(0, filled);
      const segments = rest.slice(filled);
      if (segments.some((segment) => !isObject(segment))) return { ok: false, problem: { code: 'unreadable', part: 'metrics' } };
      let checkpoint = core.checkpoint;
      if (replay && core.layout) {
        const { layout } = core;
        for (let index = 0; index < filled; index++) {
          const problem = chunkProblem(chunks[index], layout, index, replay.chunkSaves[index], replay.rowsPerChunk);
          if (problem) return { ok: false, problem: { code: 'replay-chunk', index, problem } };
        }
        const arrays = assembleReplay(layout, chunks as ReplayChunk[], replay.rowsPerChunk);
        checkpoint = { ...checkpoint, agent: { ...checkpoint.agent, arrays: { ...checkpoint.agent.arrays, ...arrays } } };
      }
      return { ok: true, run: { meta, config: core.config, checkpoint, metrics: segments as MetricsTables[] } };
    } catch (error) {
      return { ok: false, problem: { code: 'storage', detail: detailOf(error) } };
    }
  }
}

/**
 * A stored checkpoint as this trainer (a fresh one of the run's config) loads it. A run kept without its replay
 * memory (the browser gave too little room) gets an empty memory, as in a fresh run: it learns again once the
 * memory holds a minibatch.
 */
export function withReplayOf(checkpoint: TrainerCheckpoint, fresh: Trainer): TrainerCheckpoint {
  const own = fresh.liveCheckpoint().agent; // read at once: its replay columns are the fresh trainer's own
  const missing = Object.keys(own.arrays).filter((name) => name.startsWith('replay') && !(name in checkpoint.agent.arrays));
  if (missing.length === 0) return checkpoint;
  const arrays = { ...checkpoint.agent.arrays };
  for (const name of missing) arrays[name] = own.arrays[name].slice();
  const numbers = { ...checkpoint.agent.numbers, replayStored: 0, replayPosition: 0 };
  return { ...checkpoint, agent: { ...checkpoint.agent, arrays, numbers } };
}

/** Why a stored run's checkpoint did not load into a trainer, as a stored-run problem. */
export function loadProblem(error: unknown): StoredRunProblem {
  if (error instanceof CheckpointError) return { code: 'checkpoint', refusal: error.refusal };
  return { code: 'storage', detail: detailOf(error) };
}

function isStoredMeta(value: unknown): value is StoredRunMeta {
  if (!isObject(value)) return false;
  const { step, runId, owner, metricSegments, replay } = value;
  if (typeof owner !== 'string' || !Number.isInteger(runId) || !Number.isInteger(step) || !Array.isArray(metricSegments)) return false;
  if (replay === null) return true;
  if (!isObject(replay)) return false;
  const { capacity, rowsPerChunk, stored, position, chunkSaves } = replay as Record<string, unknown>;
  const whole = [capacity, rowsPerChunk, stored, position].every((number) => Number.isInteger(number) && (number as number) >= 0);
  return whole && (rowsPerChunk as number) > 0 && Array.isArray(chunkSaves) && chunkSaves.length === Math.ceil((capacity as number) / (rowsPerChunk as number));
}

function isStoredCore(value: unknown): value is StoredCore {
  if (!isObject(value) || !isObject(value.config) || !isObject(value.checkpoint)) return false;
  const agent = (value.checkpoint as Record<string, unknown>).agent;
  return isObject(agent) && isObject(agent.arrays) && (value.layout === null || isObject(value.layout));
}

/** Bytes of the chunks a replay memory fills (the last filled chunk whole). */
function storedReplayBytes(layout: ReplayLayout, replay: StoredReplay): number {
  const rowBytes = layout.columns.reduce((sum, { type, width }) => sum + width * BYTES_PER_ELEMENT[type], 0);
  const rows = Math.min(filledChunks(replay.stored, replay.capacity, replay.rowsPerChunk) * replay.rowsPerChunk, replay.capacity);
  return rows * rowBytes;
}

const BYTES_PER_ELEMENT = { Float32Array: 4, Int32Array: 4, Uint8Array: 1, Float64Array: 8 } as const;

function arrayBytes(checkpoint: TrainerCheckpoint): number {
  return Object.values(checkpoint.agent.arrays).reduce((sum, array) => sum + array.byteLength, 0);
}

function tableBytes(tables: MetricsTables): number {
  let bytes = 0;
  for (const table of [tables.sessions, tables.updates, tables.probes]) for (const column of Object.values(table) as Float64Array[]) bytes += column.byteLength;
  return bytes + JSON.stringify([tables.evaluations, tables.knobChanges]).length;
}
