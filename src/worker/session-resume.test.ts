// A worker that died is replaced by one that resumes the run from the run store both share (IndexedDB in the
// browser, a map here): at the step of the last save, under the same run id, with no history sent twice; a
// store it cannot read gives a fresh run under the next id and the reason.
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MetricsBatch, RunSlot } from '../contracts/protocol';
import { runStoreKeys } from '../contracts/run-store-layout';
import { smallConfig } from '../testing/small-trainer';
import { memoryKeyValue } from './run-store-backend';
import { TrainingSession } from './training-session';
import { manualScheduler } from '../testing/manual-scheduler';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const CONFIG = smallConfig({ training: { totalSteps: 100_000 } });
const SLOT: RunSlot = { key: 'compare-b', owner: 'page-1', savesFrom: 'start' };

async function worker(entries: Map<string, unknown>) {
  const clock = manualScheduler();
  const session = new TrainingSession({ scheduler: clock.scheduler, probeWebgl: () => ({ available: false, renderer: null, softwareRendered: false }), sliceMs: 40, keyValue: () => memoryKeyValue(entries) });
  session.keepRunIn(SLOT);
  const batches: MetricsBatch[] = [];
  return { session, clock, batches, onBatch: (batch: MetricsBatch) => batches.push(batch) };
}

const saved = (session: TrainingSession) => session.keeping.saves.at(-1);
const waitFor = async (done: () => boolean) => {
  for (let k = 0; k < 200 && !done(); k++) await new Promise((resolve) => setTimeout(resolve, 5));
};

describe('a worker restarted from the run store', () => {
  it('resumes the run at its last save, under the same id, and sends none of the restored history again', async () => {
    const entries = new Map<string, unknown>();
    const dead = await worker(entries);
    const ready = await dead.session.init(CONFIG, dead.onBatch);
    dead.session.setSpeed('max');
    dead.session.play();
    // Slices of "6 s" each: the store is written after every slice (its period is 5 s).
    dead.clock.run(3, 6000);
    await waitFor(() => (saved(dead.session)?.step ?? 0) > 0);
    const lastSave = saved(dead.session)!;
    expect(lastSave.step).toBeGreaterThan(0);
    expect(entries.has(runStoreKeys.meta('compare-b'))).toBe(true);
    const stepAtDeath = dead.session.current!.trainer.step;
    const weights = Array.from(dead.session.current!.trainer.saveCheckpoint().agent.arrays.parameters);
    dead.session.pause();

    const fresh = await worker(entries);
    const tensors = tf.memory().numTensors;
    const resumed = await fresh.session.init(CONFIG, fresh.onBatch, { runId: ready.runId });
    expect(resumed.resumed).toEqual({ ok: true, step: lastSave.step });
    expect(resumed.runId).toBe(ready.runId);
    const trainer = fresh.session.current!.trainer;
    expect(trainer.step).toBe(lastSave.step);
    expect(trainer.step).toBeLessThanOrEqual(stepAtDeath);
    if (lastSave.step === stepAtDeath) expect(Array.from(trainer.saveCheckpoint().agent.arrays.parameters)).toEqual(weights);
    // The history is back in the log (exports hold it), but the page, which kept its charts, is not sent it again.
    expect(trainer.metrics.sessions.pushed).toBeGreaterThan(0);
    expect(fresh.batches.reduce((sum, batch) => sum + batch.sessions.sessionReturn.length, 0)).toBe(0);
    dead.session.current!.trainer.dispose();
    expect(tf.memory().numTensors).toBeLessThanOrEqual(tensors);
    trainer.dispose();
  });

  it('starts the run afresh under the next id, saying why, when a chunk of the save is missing', async () => {
    const entries = new Map<string, unknown>();
    const dead = await worker(entries);
    const ready = await dead.session.init(CONFIG, dead.onBatch);
    dead.session.setSpeed('max');
    dead.session.play();
    dead.clock.run(2, 6000);
    await waitFor(() => (saved(dead.session)?.step ?? 0) > 0);
    dead.session.pause();
    entries.delete(runStoreKeys.chunk('compare-b', 0));

    const fresh = await worker(entries);
    const resumed = await fresh.session.init(CONFIG, fresh.onBatch, { runId: ready.runId });
    expect(resumed.resumed).toEqual({ ok: false, problem: { code: 'replay-chunk', index: 0, problem: 'missing' } });
    expect(resumed.runId).toBe(ready.runId + 1);
    expect(fresh.session.current!.trainer.step).toBe(0);
    dead.session.current!.trainer.dispose();
    fresh.session.current!.trainer.dispose();
  });
});
