// The page's handle on the training worker: starts it (a separate bundle: tfjs loads there, never on the
// page's thread), watches it with the heartbeat, and wraps its comlink API in plain promises.

import * as Comlink from 'comlink';
import type { TrainingWorkerApi } from '../contracts/protocol';
import { watchWorker } from './heartbeat';
import { labCatalogue } from '../preset/lab-catalogue';
import type { ClientEvents, TrainingClient } from './training-client';

/** Starts the training worker (tfjs loads there, never on the page's thread). */
export function createWorkerClient(events?: ClientEvents): TrainingClient {
  const worker = new Worker(new URL('../worker/training-worker.ts', import.meta.url), { type: 'module', name: events?.workerName ?? 'training' });
  const remote = Comlink.wrap<TrainingWorkerApi>(worker);
  const stopWatching = events ? watchWorker(worker, remote, events.onLost) : () => {};
  return {
    // The presets and schema come from the page's own tfjs-free modules, not through the worker.
    catalogue: async () => labCatalogue(),
    init: (config, onBatch, resume) => remote.init(config, Comlink.proxy(onBatch), resume),
    keepRunIn: (slot) => remote.keepRunIn(slot),
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
    // The file is transferred, not copied: the page keeps no use for the bytes.
    replayAgent: (request, modelFile) => remote.replayAgent(request, modelFile ? Comlink.transfer(modelFile, [modelFile.buffer]) : undefined),
    files: {
      exportModel: (options) => remote.exportModel(options),
      // Transferred, not copied: the page has no further use for the bytes.
      importModel: (bytes) => remote.importModel(Comlink.transfer(bytes, [bytes.buffer])),
      saveRun: (options) => remote.saveRun(options),
      resumeSaved: () => remote.resumeSaved(),
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
