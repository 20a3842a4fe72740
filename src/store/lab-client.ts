// The page's handle on the training worker: starts it and wraps its comlink API in plain promises.

import * as Comlink from 'comlink';
import type { LabConfig } from '../engine/lab-config';
import type { KnobRequest } from '../engine/trainer';
import type { LabCatalogue, MetricsBatch, RunReady, Speed, TrainingWorkerApi } from '../worker/protocol';

/** What the lab slice needs from a training engine; tests pass a fake. */
export interface TrainingClient {
  catalogue(): Promise<LabCatalogue>;
  init(config: LabConfig, onBatch: (batch: MetricsBatch) => void): Promise<RunReady>;
  reset(config: LabConfig): Promise<RunReady>;
  play(): Promise<void>;
  pause(): Promise<void>;
  stepOnce(): Promise<void>;
  setSpeed(speed: Speed): Promise<void>;
  setKnobs(knobs: KnobRequest): Promise<void>;
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
    setSpeed: (speed) => remote.setSpeed(speed),
    setKnobs: (knobs) => remote.setKnobs(knobs),
    dispose: () => {
      remote[Comlink.releaseProxy]();
      worker.terminate();
    },
  };
}
