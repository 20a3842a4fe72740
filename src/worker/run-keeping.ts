// The session's side of the run store: which slot its runs go to, when a run may be saved (a compare side's at
// once, the training page's once the page first asks, so that a reload's offer is not overwritten by a run
// that never trained), the periodic save, a save on request, and reading a run back.

import type { LabConfig } from '../contracts/lab-config';
import type { RunSaved, RunSlot } from '../contracts/protocol';
import type { Trainer } from '../engine/trainer';
import type { SavedPoint } from './recovery-point';
import type { KeyValueStore } from './run-store-backend';
import { RunStore, type ReadResult } from './run-store';
import type { StoredRunMeta } from '../contracts/run-store-layout';

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
}

export class RunKeeping {
  private readonly openBackend: () => KeyValueStore;
  private readonly now: () => number;
  private store: RunStore | null = null;
  /** The run the page asked to keep (its first request arms periodic saves of a 'first-request' slot). */
  private requestedRunId = 0;
  /** The saves made so far, newest last (a few), for the bench. */
  readonly saves: SaveRecord[] = [];

  constructor(openBackend: () => KeyValueStore, now: () => number) {
    this.openBackend = openBackend;
    this.now = now;
  }

  get slot(): RunSlot | null {
    return this.store?.slot ?? null;
  }

  keepIn(slot: RunSlot): void {
    if (this.store && this.store.slot.key === slot.key && this.store.slot.owner === slot.owner) return;
    this.store = new RunStore(this.openBackend(), slot);
  }

  /** After a recovery point was saved while training: keeps it too when saves are on and none is under way. */
  periodic(point: SavedPoint, run: KeptRun, checkpointMs: number): void {
    const { store } = this;
    if (!store || store.busy || point.step === 0) return;
    if (store.slot.savesFrom === 'first-request' && this.requestedRunId !== run.runId) return;
    this.keep(store, point, run, checkpointMs).catch(() => {}); // a refused periodic save leaves the last one; the page's next request hears why
  }

  /**
   * A save the page asked for (it names the preset, for the reload offer): waits for one under way, then keeps
   * the run as it is now. Null when there is no store or nothing worth keeping (a run at step 0, or broken).
   */
  async request(presetName: string, run: () => KeptRun | null, pointNow: (trainer: Trainer) => SavedPoint | null): Promise<RunSaved | null> {
    const { store } = this;
    if (!store) return null;
    store.presetName = presetName;
    await store.idle();
    const current = run();
    if (!current || current.trainer.step === 0) return null;
    this.requestedRunId = current.runId;
    const before = this.now();
    const point = pointNow(current.trainer);
    return point ? this.keep(store, point, current, this.now() - before) : null;
  }

  /** The slot's stored run; with runId, only this page's run of that id. */
  async read(runId?: number): Promise<ReadResult> {
    if (!this.store) return { ok: false, problem: { code: 'nothing-saved' } };
    await this.store.idle();
    return this.store.read(runId);
  }

  /** The run of this id was loaded from the store's meta: later saves go on from it (and are on at once). */
  adopt(runId: number, meta: StoredRunMeta, trainer: Trainer): void {
    this.store?.adopt(runId, meta, trainer.metrics);
    this.requestedRunId = runId;
  }

  private async keep(store: RunStore, point: SavedPoint, run: KeptRun, checkpointMs: number): Promise<RunSaved | null> {
    const started = this.now();
    let cut = 0;
    const kept = { runId: run.runId, config: run.config, checkpoint: point.checkpoint, metrics: run.trainer.metrics, agentName: run.trainer.agent.name, checkpointMs };
    const saved = await store.keep(kept, () => (cut = this.now()));
    if (saved) {
      this.saves.push({ step: saved.step, bytesWritten: saved.bytesWritten, bytes: saved.bytes, cutMs: checkpointMs + cut - started, totalMs: checkpointMs + this.now() - started });
      if (this.saves.length > 8) this.saves.shift();
    }
    return saved;
  }
}
