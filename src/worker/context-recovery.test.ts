// A WebGL context lost mid-run: the session restores the run store's latest save (the worker's only saved
// copy) on the fallback backend, under the same run id, with the knobs turned since: no steps lost beyond the
// last save, the weights and the replay memory as saved, the history not sent again, no tensor leaked. Before
// the training page first asks to keep its run, the save comes from the recovery store, and the run the page
// offers back stays in its slot.
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MetricsBatch, RunSlot } from '../contracts/protocol';
import { runStoreKeys } from '../contracts/run-store-layout';
import { smallConfig } from '../testing/small-trainer';
import { memoryKeyValue } from './run-store-backend';
import { RunStore } from './run-store';
import { TrainingSession } from './training-session';
import { manualScheduler } from '../testing/manual-scheduler';

beforeAll(async () => {
  await tf.setBackend('cpu');
});
afterAll(async () => {
  await tf.setBackend('cpu');
});

const CONFIG = smallConfig({ training: { totalSteps: 100_000 } });

const waitFor = async (done: () => boolean) => {
  for (let k = 0; k < 400 && !done(); k++) await new Promise((resolve) => setTimeout(resolve, 5));
};

/** A session on cpu whose context the test can lose (as the WebGL backend's would be). */
async function losableSession(slot: RunSlot, entries: Map<string, unknown>) {
  const clock = manualScheduler();
  const context = { lose: () => {} };
  const session = new TrainingSession({
    scheduler: clock.scheduler,
    probeWebgl: () => ({ available: false, renderer: null, softwareRendered: false }),
    sliceMs: 40,
    keyValue: () => memoryKeyValue(entries),
    watchContext: (_backend, onLost) => {
      context.lose = onLost;
      return () => (context.lose = () => {});
    },
  });
  session.keepRunIn(slot);
  const batches: MetricsBatch[] = [];
  const ready = await session.init(CONFIG, (batch) => batches.push(batch));
  session.setSpeed('max');
  session.play();
  return { session, clock, batches, context, ready };
}

describe('the recovery from a lost WebGL context', () => {
  it('restores the latest save on the fallback backend: the step, weights and replay memory saved, the knobs turned since', async () => {
    const entries = new Map<string, unknown>();
    const { session, clock, batches, context, ready } = await losableSession({ key: 'compare-b', owner: 'page-1', savesFrom: 'start' }, entries);
    for (let slice = 0; slice < 3; slice++) {
      clock.run(1, 6000); // a slice of "6 s": a save after it, written before the next slice
      await session.keeping.latest(ready.runId);
    }
    expect(session.keeping.saves).toHaveLength(3);
    clock.run(1, 10); // a slice with no save due: the run moves past its last save
    const saved = await session.keeping.latest(ready.runId);
    if (!saved.ok) throw new Error(JSON.stringify(saved.problem));
    const lostAt = session.current!.trainer.step;
    expect(lostAt).toBeGreaterThan(saved.run.meta.step);
    expect(saved.run.meta.step).toBe(session.keeping.saves.at(-1)!.step);
    session.setKnobs({ learningRate: 0.0004, discount: 0.9 });
    const tensors = tf.memory().numTensors;
    const sentBefore = batches.reduce((sum, batch) => sum + batch.sessions.sessionReturn.length, 0);

    context.lose();
    clock.run(1, 10);
    await waitFor(() => batches.some((batch) => batch.notice !== null));
    const told = batches.find((batch) => batch.notice !== null)!;
    expect(told.notice).toEqual({ code: 'context-lost', lostAt, restoredStep: saved.run.meta.step, backend: 'wasm' });
    expect(told.backend?.backend).toBe('wasm');
    expect(told.runId).toBe(ready.runId);
    expect(tf.getBackend()).toBe('wasm');

    const { trainer } = session.current!;
    expect(trainer.step).toBe(saved.run.meta.step);
    const restored = trainer.saveCheckpoint().agent;
    const stored = saved.run.checkpoint.agent;
    expect(restored.arrays.parameters).toEqual(stored.arrays.parameters);
    expect(restored.arrays.firstMoment).toEqual(stored.arrays.firstMoment);
    for (const name of Object.keys(stored.arrays).filter((key) => key.startsWith('replay'))) expect(restored.arrays[name]).toEqual(stored.arrays[name]);
    expect(restored.numbers).toMatchObject({ replayStored: stored.numbers.replayStored, replayPosition: stored.numbers.replayPosition });
    expect(trainer.knobValues).toMatchObject({ learningRate: 0.0004, discount: 0.9 });
    // The history up to the save is back in the log, and the page, which kept its charts, is not sent it again.
    expect(trainer.metrics.sessions.pushed).toBeGreaterThan(0);
    expect(batches.slice(batches.indexOf(told)).reduce((sum, batch) => sum + batch.sessions.sessionReturn.length, 0)).toBe(0);
    expect(sentBefore).toBeGreaterThan(0);
    expect(tf.memory().numTensors).toBeLessThanOrEqual(tensors);

    // It trains on from there and keeps saving to the same store, from its last save on.
    clock.run(2, 6000);
    await waitFor(() => session.keeping.saves.at(-1)!.step > saved.run.meta.step);
    expect(trainer.step).toBeGreaterThan(saved.run.meta.step);
    const after = await session.keeping.latest(ready.runId);
    expect(after.ok && after.run.meta.save).toBeGreaterThan(saved.run.meta.save);
    session.pause();
    trainer.dispose();
    await tf.setBackend('cpu');
  });

  it('before the training page first asks to keep its run: restores from the recovery store and leaves the offered run in the slot', async () => {
    const entries = new Map<string, unknown>();
    const offered = await offeredRun(entries);
    const { session, clock, batches, context, ready } = await losableSession({ key: 'lab', owner: 'page-2', savesFrom: 'first-request' }, entries);
    clock.run(2, 6000);
    await waitFor(() => session.keeping.saves.length >= 1);
    const last = session.keeping.saves.at(-1)!;
    expect(last.recovery).toBe(true);
    expect(last.step).toBeGreaterThan(0);

    context.lose();
    clock.run(1, 10);
    await waitFor(() => batches.some((batch) => batch.notice !== null));
    const notice = batches.find((batch) => batch.notice !== null)!.notice;
    expect(notice).toMatchObject({ code: 'context-lost', restoredStep: last.step });
    expect(session.current!.trainer.step).toBe(last.step);
    expect(session.current!.runId).toBe(ready.runId);
    expect(entries.get(runStoreKeys.meta('lab'))).toEqual(offered);
    session.pause();
    session.current!.trainer.dispose();
    await tf.setBackend('cpu');
  });
});

/** The slot holds a run an earlier visit kept (what the page offers back after a reload); returns its meta. */
async function offeredRun(entries: Map<string, unknown>) {
  const earlier = new TrainingSession({ scheduler: manualScheduler().scheduler, probeWebgl: () => ({ available: false, renderer: null, softwareRendered: false }) });
  await earlier.init(CONFIG, () => {});
  const { trainer } = earlier.current!;
  for (let k = 0; k < 50; k++) trainer.tick();
  const store = new RunStore(memoryKeyValue(entries), { key: 'lab', owner: 'earlier-page', savesFrom: 'first-request' });
  await store.keep({ runId: 3, config: CONFIG, checkpoint: trainer.saveCheckpoint(), metrics: trainer.metrics, agentName: trainer.agent.name });
  trainer.dispose();
  return entries.get(runStoreKeys.meta('lab'));
}
