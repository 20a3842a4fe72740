// The Web Worker entry: hosts the training engine (and all of tfjs) behind the typed comlink protocol.

import * as Comlink from 'comlink';
import type { TrainingWorkerApi } from '../contracts/protocol';
import { activateBackend } from '../engine/backends';
import { replayModelFile, replayWith } from './agent-replay';
import { runFiles } from './run-files';
import { TrainingSession, type LoopScheduler } from './training-session';
import { serveWasmFromBuild } from './wasm-paths';
import { workerKeyValue } from './run-store-backend';
import { probeWebgl } from './webgl-probe';

/** setTimeout(0) is clamped to 4 ms once nested; a MessageChannel round trip yields without the clamp. */
function workerScheduler(): LoopScheduler {
  const channel = new MessageChannel();
  const queue: Array<() => void> = [];
  channel.port1.onmessage = () => queue.shift()?.();
  return {
    now: () => performance.now(),
    soon(callback) {
      queue.push(callback);
      channel.port2.postMessage(null);
    },
    later(milliseconds, callback) {
      setTimeout(callback, milliseconds);
    },
  };
}

serveWasmFromBuild();
const session = new TrainingSession({ scheduler: workerScheduler(), probeWebgl, keyValue: workerKeyValue });
const files = runFiles(session);

const api: TrainingWorkerApi = {
  init: (config, onBatch, resume) => session.init(config, onBatch, resume),
  ping: () => Date.now(),
  keepRunIn: (slot) => session.keepRunIn(slot),
  play: () => session.play(),
  pause: () => session.pause(),
  reset: (config) => session.reset(config),
  stepOnce: () => session.stepOnce(),
  stepShopper: () => session.stepShopper(),
  stepSession: () => session.stepSession(),
  stepUpdate: () => session.stepUpdate(),
  setSpeed: (speed) => session.setSpeed(speed),
  setKnobs: (knobs) => session.setKnobs(knobs),
  extendBudget: (extraSteps) => session.extendBudget(extraSteps),
  exportModel(options) {
    const file = files.exportModel(options);
    // Transferred, not copied: a file with its replay memory can be tens of megabytes.
    return Comlink.transfer(file, [file.bytes.buffer]);
  },
  importModel: (bytes) => files.importModel(bytes),
  saveRun: (options) => files.saveRun(options),
  resumeSaved: () => files.resumeSaved(),
  metricsTables: () => files.metricsTables(),
  evaluateNow: () => files.evaluateNow(),
  async replayAgent(request, modelFile) {
    const current = session.current;
    if (modelFile) {
      // A worker with no run of its own (the play page's) answers on the CPU: a forward pass of one
      // observation at a time is quickest there, and no run's backend is disturbed.
      if (!current) await activateBackend('cpu');
      return replayModelFile(modelFile, request);
    }
    if (!current) return { ok: false, refusal: { code: 'no-run' } };
    const { trainer, config } = current;
    return { ok: true, replay: replayWith({ agent: trainer.agent, config, trainedSteps: trainer.step, presetName: null }, request) };
  },
};

Comlink.expose(api);
