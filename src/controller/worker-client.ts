// The page's handle on the training worker: starts it and wraps its comlink API in plain promises.

import * as Comlink from 'comlink';
import type { LabConfig } from '../contracts/lab-config';
import type { LabCatalogue, MetricsBatch, RunFilesApi, RunReady, RunResume, Speed, StepUpdateRefusal, TrainingWorkerApi } from '../contracts/protocol';
import type { KnobRequest, TrainerCheckpoint } from '../contracts/trainer-state';
import type { WorkerLoss } from '../contracts/worker-loss';

export type { WorkerLoss };

/** The worker's file calls, as promises on the page. */
export type RunFilesClient = { [Name in keyof RunFilesApi]: (...args: Parameters<RunFilesApi[Name]>) => Promise<Awaited<ReturnType<RunFilesApi[Name]>>> };

/** What the lab slice needs from a training engine; tests pass a fake. */
export interface TrainingClient {
  catalogue(): Promise<LabCatalogue>;
  init(config: LabConfig, onBatch: (batch: MetricsBatch) => void, resume?: RunResume): Promise<RunReady>;
  /** The run's last good state in the worker, for restarting a worker that died. */
  recoveryCheckpoint(): Promise<{ step: number; checkpoint: TrainerCheckpoint } | null>;
  reset(config: LabConfig): Promise<RunReady>;
  play(): Promise<void>;
  pause(): Promise<void>;
  stepOnce(): Promise<void>;
  stepShopper(): Promise<void>;
  stepSession(): Promise<void>;
  /** Null, or why the agent cannot make an update. */
  stepUpdate(): Promise<StepUpdateRefusal | null>;
  setSpeed(speed: Speed): Promise<void>;
  setKnobs(knobs: KnobRequest): Promise<void>;
  /** A finished run's budget grows by extraSteps; the run's config with the new budget (null when it cannot grow). */
  extendBudget(extraSteps: number): Promise<LabConfig | null>;
  /** Model files, metric tables and evaluation on demand (absent from clients that have no files). */
  files?: RunFilesClient;
  dispose(): void;
}

/** How the page hears that its worker died (it stopped answering, or failed to load). */
export interface ClientEvents {
  onLost(loss: WorkerLoss): void;
}

/** Milliseconds between heartbeats, and how long a heartbeat may go unanswered (a busy worker answers between slices). */
const HEARTBEAT_MS = 2000;
const HEARTBEAT_TIMEOUT_MS = 10_000;

/** Calls onLost once when the worker stops answering or reports an error it cannot survive. */
function watchWorker(worker: Worker, remote: Comlink.Remote<TrainingWorkerApi>, onLost: (loss: WorkerLoss) => void): () => void {
  let lost = false;
  let waiting = false;
  const lose = (loss: WorkerLoss) => {
    if (lost) return;
    lost = true;
    window.clearInterval(timer);
    onLost(loss);
  };
  const timer = window.setInterval(() => {
    if (waiting) return;
    waiting = true;
    const overdue = window.setTimeout(() => lose({ code: 'silent', seconds: HEARTBEAT_TIMEOUT_MS / 1000 }), HEARTBEAT_TIMEOUT_MS);
    remote.ping().then(() => {
      window.clearTimeout(overdue);
      waiting = false;
    }, () => lose({ code: 'unanswered' }));
  }, HEARTBEAT_MS);
  worker.addEventListener('error', (event) => lose({ code: 'script-error', detail: event.message || null }));
  return () => {
    lost = true;
    window.clearInterval(timer);
  };
}

/** Starts the training worker (tfjs loads there, never on the page's thread). */
export function createWorkerClient(events?: ClientEvents): TrainingClient {
  const worker = new Worker(new URL('../worker/training-worker.ts', import.meta.url), { type: 'module', name: 'training' });
  const remote = Comlink.wrap<TrainingWorkerApi>(worker);
  const stopWatching = events ? watchWorker(worker, remote, events.onLost) : () => {};
  return {
    catalogue: () => remote.catalogue(),
    init: (config, onBatch, resume) => remote.init(config, Comlink.proxy(onBatch), resume),
    recoveryCheckpoint: () => remote.recoveryCheckpoint(),
    reset: (config) => remote.reset(config),
    play: () => remote.play(),
    pause: () => remote.pause(),
    stepOnce: () => remote.stepOnce(),
    stepShopper: () => remote.stepShopper(),
    stepSession: () => remote.stepSession(),
    stepUpdate: () => remote.stepUpdate(),
    setSpeed: (speed) => remote.setSpeed(speed),
    setKnobs: (knobs) => remote.setKnobs(knobs),
    extendBudget: (extraSteps) => remote.extendBudget(extraSteps),
    files: {
      exportModel: (options) => remote.exportModel(options),
      // Transferred, not copied: the page has no further use for the bytes.
      importModel: (bytes) => remote.importModel(Comlink.transfer(bytes, [bytes.buffer])),
      metricsTables: () => remote.metricsTables(),
      evaluateNow: () => remote.evaluateNow(),
    },
    dispose: () => {
      stopWatching();
      remote[Comlink.releaseProxy]();
      worker.terminate();
    },
  };
}
