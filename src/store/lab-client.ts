// The page's handle on the training worker: starts it and wraps its comlink API in plain promises.

import * as Comlink from 'comlink';
import type { LabConfig } from '../engine/lab-config';
import type { KnobValues } from '../engine/trainer';
import type { LabCatalogue, MetricsBatch, RunFilesApi, RunReady, Speed, TrainingWorkerApi } from '../worker/protocol';

/** The worker's file calls, as promises on the page. */
export type RunFilesClient = { [Name in keyof RunFilesApi]: (...args: Parameters<RunFilesApi[Name]>) => Promise<Awaited<ReturnType<RunFilesApi[Name]>>> };

/** What the lab slice needs from a training engine; tests pass a fake. */
export interface TrainingClient {
  catalogue(): Promise<LabCatalogue>;
  init(config: LabConfig, onBatch: (batch: MetricsBatch) => void): Promise<RunReady>;
  reset(config: LabConfig): Promise<RunReady>;
  play(): Promise<void>;
  pause(): Promise<void>;
  stepOnce(): Promise<void>;
  stepShopper(): Promise<void>;
  stepSession(): Promise<void>;
  /** Null, or why the agent cannot make an update. */
  stepUpdate(): Promise<string | null>;
  setSpeed(speed: Speed): Promise<void>;
  setKnobs(knobs: Partial<KnobValues>): Promise<void>;
  /** Model files, metric tables and evaluation on demand (absent from clients that have no files). */
  files?: RunFilesClient;
  dispose(): void;
}

/** Starts the training worker (tfjs loads there, never on the page's thread). */
export function createWorkerClient(): TrainingClient {
  const worker = new Worker(new URL('../worker/training-worker.ts', import.meta.url), { type: 'module', name: 'training' });
  const remote = Comlink.wrap<TrainingWorkerApi>(worker);
  return {
    catalogue: () => remote.catalogue(),
    init: (config, onBatch) => remote.init(config, Comlink.proxy(onBatch)),
    reset: (config) => remote.reset(config),
    play: () => remote.play(),
    pause: () => remote.pause(),
    stepOnce: () => remote.stepOnce(),
    stepShopper: () => remote.stepShopper(),
    stepSession: () => remote.stepSession(),
    stepUpdate: () => remote.stepUpdate(),
    setSpeed: (speed) => remote.setSpeed(speed),
    setKnobs: (knobs) => remote.setKnobs(knobs),
    files: {
      exportModel: (options) => remote.exportModel(options),
      // Transferred, not copied: the page has no further use for the bytes.
      importModel: (bytes) => remote.importModel(Comlink.transfer(bytes, [bytes.buffer])),
      metricsTables: () => remote.metricsTables(),
      evaluateNow: () => remote.evaluateNow(),
    },
    dispose: () => {
      remote[Comlink.releaseProxy]();
      worker.terminate();
    },
  };
}
