// The session's side of the run store, the one saved copy of the run's state: where each save goes, the
// periodic save while training, a save on request, reading a run back, and the latest save that a lost WebGL
// context falls back to. Every save is cut straight from the live trainer (Trainer.liveCheckpoint): the small
// parts copied, and of the replay memory only the chunks its write head crossed since the last save.
//
// Where saves go. A compare side's slot ('start') is written from the run's first step. The training page's
// slot ('first-request') holds the run a reload offers back until the page first asks to keep the run on show
// (a few seconds into training): writing it before would replace that offer with a run that never trained.
// Until then the run's saves go to a recovery store, the same store code over the in-memory key-value backend
// (so a lost WebGL context still has a save to fall back to, and a page closed before it asked leaves nothing
// on disk); from the page's first request on they go to the slot, and the recovery store is dropped. There is
// one saved copy of the run at any time, in one store or the other.

import type { LabConfig } from '../contracts/lab-config';
import type { RunSaved, RunSlot } from '../contracts/protocol';
import type { Trainer } from '../engine/trainer';
import { memoryKeyValue, type KeyValueStore } from './run-store-backend';
import { RunStore, type ReadResult } from './run-store';
import type { StoredRunMeta } from '../contracts/run-store-layout';

/** Milliseconds between periodic saves while training: what a lost WebGL context or a killed worker may cost. */
export const SAVE_INTERVAL_MS = 5000;

/** The recovery store's slot: in memory, this worker's only. */
const RECOVERY_SLOT: RunSlot = { key: 'recovery', owner: 'this-worker', savesFrom: 'start' };

/** The run on show, as the keeper saves it. */
export interface KeptRun {
  runId: number;
  trainer: Trainer;
  config: LabConfig;
}

/** A save the worker made: when, how long it took, and what it wrote (for the bench and the tests). */
export interface SaveRecord {
  step: number;
  bytesWritten: number;
  bytes: number;
  /** Milliseconds the worker's thread spent cutting the parts out (the loop waits for these). */
  cutMs: number;
  /** Milliseconds until the transaction committed. */
  totalMs: number;
  /** True when it went to the recovery store in memory rather than the page's slot. */
  recovery: boolean;
}

/** A run worth a save: trained, and neither diverged nor holding a non-finite weight (never keep a broken state as the good one). */
const worthSaving = (trainer: Trainer) => trainer.step > 0 && !trainer.diverged && trainer.agent.isFinite();

export class RunKeeping {
  private readonly openBackend: () => KeyValueStore;
  private readonly now: () => number;
  private readonly rowsPerChunk: number | undefined;
  /** The page's slot (null until the page names it). */
  private store: RunStore | null = null;
  /** A run's saves before they may go to the slot, and the run they belong to. */
  private recovery: { runId: number; store: RunStore } | null = null;
  /** The run the page asked to keep (its first request turns on saves to a 'first-request' slot). */
  private requestedRunId = 0;
  private savedAt = Number.NEGATIVE_INFINITY;
  /** The saves made so far, newest last (a few), for the bench and the tests. */
  readonly saves: SaveRecord[] = [];

  /** `rowsPerChunk`: the replay memory's chunk size (the store's default unless a test makes it small). */
  constructor(openBackend: () => KeyValueStore, now: () => number, options: { rowsPerChunk?: number } = {}) {
    this.openBackend = openBackend;
    this.now = now;
    this.rowsPerChunk = options.rowsPerChunk;
  }

  get slot(): RunSlot | null {
    return this.store?.slot ?? null;
  }

  keepIn(slot: RunSlot): void {
    if (this.store && this.store.slot.key === slot.key && this.store.slot.owner === slot.owner) return;
    this.store = new RunStore(this.openBackend(), slot, { rowsPerChunk: this.rowsPerChunk });
  }

  /** While training: saves the run when the last save is older than the interval and none is under way. */
  periodic(run: KeptRun): void {
    if (this.now() - this.savedAt < SAVE_INTERVAL_MS) return;
    const store = this.storeFor(run.runId);
    if (store.busy || !worthSaving(run.trainer)) return; // the weights are read for finiteness only when a save can start
    this.keep(store, run).catch(() => {}); // a refused periodic save leaves the last one; the page's next request hears why
  }

  /**
   * A save the page asked for (it names the preset, for the reload offer): waits for one under way, then keeps
   * the run as it is now, in the slot from now on. Null when there is no slot or nothing worth keeping (a run
   * at step 0, or broken).
   */
  async request(presetName: string, run: () => KeptRun | null): Promise<RunSaved | null> {
    const { store } = this;
    if (!store) return null;
    store.presetName = presetName;
    await store.idle();
    const current = run();
    if (!current || !worthSaving(current.trainer)) return null;
    this.requestedRunId = current.runId;
    this.recovery = null; // the slot holds the run from this save on
    return this.keep(store, current);
  }

  /** The slot's stored run; with runId, only this page's run of that id. */
  async read(runId?: number): Promise<ReadResult> {
    if (!this.store) return { ok: false, problem: { code: 'nothing-saved' } };
    await this.store.idle();
    return this.store.read(runId);
  }

  /** The run of this id was loaded from the slot's meta: later saves go on from it (and are on at once). */
  adopt(runId: number, meta: StoredRunMeta, trainer: Trainer): void {
    this.store?.adopt(runId, meta, trainer.metrics);
    this.requestedRunId = runId;
  }

  /** The latest save of this run, wherever its saves go (once any save under way is written): what a lost WebGL context falls back to. */
  async latest(runId: number): Promise<ReadResult> {
    const store = this.storeFor(runId);
    await store.idle();
    return store.read(runId);
  }

  /** The run was restored from its latest save (meta), or started afresh (null): its next save goes on from there. */
  continueFrom(runId: number, meta: StoredRunMeta | null, trainer: Trainer): void {
    const store = this.storeFor(runId);
    if (meta) store.adopt(runId, meta, trainer.metrics);
    else store.forget(runId);
  }

  /** The slot once the run's saves may go there; else the recovery store, a fresh one for a new run. */
  private storeFor(runId: number): RunStore {
    const { store } = this;
    if (store && (store.slot.savesFrom === 'start' || this.requestedRunId === runId)) return store;
    if (this.recovery?.runId !== runId) this.recovery = { runId, store: new RunStore(memoryKeyValue(), RECOVERY_SLOT, { rowsPerChunk: this.rowsPerChunk }) };
    return this.recovery.store;
  }

  /** Cuts the save out of the live trainer now (before training goes on), then waits for it to be written. */
  private async keep(store: RunStore, run: KeptRun): Promise<RunSaved | null> {
    const started = this.now();
    this.savedAt = started;
    let cut = 0;
    const { trainer } = run;
    const checkpoint = trainer.liveCheckpoint(); // its replay columns are the live buffer's: the store cuts its chunks out before keep returns
    const kept = { runId: run.runId, config: run.config, checkpoint, metrics: trainer.metrics, agentName: trainer.agent.name, checkpointMs: this.now() - started };
    const saved = await store.keep(kept, () => (cut = this.now()));
    if (saved) {
      const recovery = store !== this.store;
      this.saves.push({ step: saved.step, bytesWritten: saved.bytesWritten, bytes: saved.bytes, cutMs: cut - started, totalMs: this.now() - started, recovery });
      if (this.saves.length > 8) this.saves.shift();
    }
    return saved;
  }
}
