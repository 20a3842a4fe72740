// The run store: each save writes the small state whole and only the replay chunks that changed; a run read
// back continues exactly as the original; a damaged store is refused with its reason. No tensor leaks.
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RunSlot } from '../contracts/protocol';
import { runStoreKeys, type StoredRunMeta } from '../contracts/run-store-layout';
import type { Trainer } from '../engine/trainer';
import { smallConfig, tickSteps, trainersFor } from '../testing/small-trainer';
import { memoryKeyValue, type KeyValueStore } from './run-store-backend';
import { RunStore, withReplayOf } from './run-store';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const CONFIG = smallConfig({ training: { totalSteps: 100_000 } }); // replay memory of 2,000 rows
const ROWS = 256; // 8 chunks
const SLOT: RunSlot = { key: 'lab', owner: 'page-1', savesFrom: 'start' };

/** A memory store that records the keys each write puts, and refuses writes over `room` bytes of chunks when told. */
function recordingStore(room = Infinity) {
  const inner = memoryKeyValue();
  const writes: string[][] = [];
  const store: KeyValueStore = {
    lasting: false,
    read: (keys) => inner.read(keys),
    async write(puts, deletes) {
      const chunks = puts.filter(([key]) => key.includes('/replay/')).length;
      if (chunks * ROWS > room) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      writes.push(puts.map(([key]) => key));
      await inner.write(puts, deletes);
    },
  };
  return { store, writes, entries: inner.entries };
}

const chunkKeysOf = (keys: string[]) => keys.filter((key) => key.includes('/replay/')).map((key) => Number(key.split('/').at(-1)));

function keep(store: RunStore, trainer: Trainer, runId = 1) {
  return store.keep({ runId, config: CONFIG, checkpoint: trainer.saveCheckpoint(), metrics: trainer.metrics, agentName: trainer.agent.name });
}

describe('the run store', () => {
  const trainer = trainersFor(CONFIG);

  it('writes the filled chunks on the first save, then only the chunks the write head crossed', async () => {
    const { store: backend, writes } = recordingStore();
    const store = new RunStore(backend, SLOT, { rowsPerChunk: ROWS });
    const run = trainer();
    tickSteps(run, 300);
    const first = await keep(store, run);
    expect(chunkKeysOf(writes[0])).toEqual([0, 1]);
    expect(writes[0]).toEqual(expect.arrayContaining(['lab/core', 'lab/meta']));
    tickSteps(run, 40); // rows 300..339: still chunk 1
    const second = await keep(store, run);
    expect(chunkKeysOf(writes[1])).toEqual([1]);
    expect(second!.bytesWritten).toBeLessThan(first!.bytesWritten);
    tickSteps(run, 300); // rows 340..639: chunks 1 and 2
    await keep(store, run);
    expect(chunkKeysOf(writes[2])).toEqual([1, 2]);
    const meta = (await store.readMeta())!;
    const { replayStored, replayPosition } = run.saveCheckpoint().agent.numbers;
    expect(meta.replay).toMatchObject({ capacity: 2000, stored: replayStored, position: replayPosition });
    expect(meta.step).toBe(run.step);
  });

  it('goes round the ring\'s end when the memory wraps, writing the last chunk and the first', async () => {
    const { store: backend, writes } = recordingStore();
    const store = new RunStore(backend, SLOT, { rowsPerChunk: ROWS });
    const run = trainer();
    tickSteps(run, 1900);
    await keep(store, run);
    expect(chunkKeysOf(writes[0])).toHaveLength(8);
    tickSteps(run, 200); // rows 1900..1999 and 0..99
    await keep(store, run);
    expect(chunkKeysOf(writes[1])).toEqual([7, 0]);
    const read = await store.read(1);
    expect(read.ok).toBe(true);
  });

  it('reads back a run that continues exactly as the original, with its metric history', async () => {
    const backend = memoryKeyValue();
    const store = new RunStore(backend, SLOT, { rowsPerChunk: ROWS });
    const original = trainer();
    tickSteps(original, 700);
    await keep(store, original);
    tickSteps(original, 500);
    const restored = trainer();
    const tensors = tf.memory().numTensors;
    await keep(store, original);
    const read = await new RunStore(backend, SLOT, { rowsPerChunk: ROWS }).read(1);
    if (!read.ok) throw new Error(JSON.stringify(read.problem));
    restored.loadCheckpoint(read.run.checkpoint);
    expect(tf.memory().numTensors).toBe(tensors); // saving, reading and loading leave no tensor behind
    const saved = original.saveCheckpoint();
    const loaded = restored.saveCheckpoint();
    for (const name of Object.keys(saved.agent.arrays)) expect(Array.from(loaded.agent.arrays[name]), name).toEqual(Array.from(saved.agent.arrays[name]));
    expect(loaded.agent.numbers).toEqual(saved.agent.numbers);
    expect(read.run.metrics.reduce((sum, segment) => sum + segment.sessions.sessionReturn.length, 0)).toBe(original.metrics.sessions.pushed);
    tickSteps(original, 200);
    tickSteps(restored, 200);
    const [after, afterRestored] = [original.saveCheckpoint().agent.arrays, restored.saveCheckpoint().agent.arrays];
    expect(Array.from(afterRestored.parameters)).toEqual(Array.from(after.parameters));
  });

  it('refuses a store with a missing, stale or damaged chunk, a missing core, or another page\'s run, saying which', async () => {
    const { store: backend, entries } = recordingStore();
    const store = new RunStore(backend, SLOT, { rowsPerChunk: ROWS });
    const run = trainer();
    tickSteps(run, 600);
    await keep(store, run);
    const pristine = new Map(entries);
    const problemAfter = async (damage: () => void, runId?: number) => {
      entries.clear();
      for (const [key, value] of pristine) entries.set(key, structuredClone(value));
      damage();
      const read = await store.read(runId);
      return read.ok ? null : read.problem;
    };
    expect(await problemAfter(() => {})).toBeNull();
    expect(await problemAfter(() => entries.delete(runStoreKeys.chunk('lab', 1)))).toEqual({ code: 'replay-chunk', index: 1, problem: 'missing' });
    expect(await problemAfter(() => ((entries.get(runStoreKeys.chunk('lab', 2)) as { save: number }).save -= 1))).toEqual({ code: 'replay-chunk', index: 2, problem: 'stale' });
    expect(await problemAfter(() => ((entries.get(runStoreKeys.chunk('lab', 0)) as { arrays: Record<string, unknown> }).arrays.replayActions = new Int32Array(2)))).toEqual({ code: 'replay-chunk', index: 0, problem: 'malformed' });
    expect(await problemAfter(() => entries.delete(runStoreKeys.core('lab')))).toEqual({ code: 'unreadable', part: 'core' });
    expect(await problemAfter(() => entries.set(runStoreKeys.meta('lab'), { step: 'many' }))).toEqual({ code: 'unreadable', part: 'meta' });
    expect(await problemAfter(() => entries.clear())).toEqual({ code: 'nothing-saved' });
    expect(await problemAfter(() => ((entries.get(runStoreKeys.meta('lab')) as StoredRunMeta).owner = 'another page'), 1)).toEqual({ code: 'another-run' });
    expect(await problemAfter(() => {}, 2)).toEqual({ code: 'another-run' });
  });

  it('keeps the run without its replay memory when the browser has too little room, and says so', async () => {
    const { store: backend } = recordingStore(ROWS);
    const store = new RunStore(backend, SLOT, { rowsPerChunk: ROWS });
    const run = trainer();
    tickSteps(run, 900);
    const saved = await keep(store, run);
    expect(saved).toMatchObject({ step: run.step, includesReplay: false });
    const read = await store.read(1);
    if (!read.ok) throw new Error(JSON.stringify(read.problem));
    expect(read.run.meta.replay).toBeNull();
    expect(Object.keys(read.run.checkpoint.agent.arrays).some((name) => name.startsWith('replay'))).toBe(false);
    // It loads with an empty memory, as in a fresh run (learning waits for the refill), and the same weights.
    const resumed = trainer();
    resumed.loadCheckpoint(withReplayOf(read.run.checkpoint, resumed));
    expect(resumed.step).toBe(run.step);
    expect(resumed.saveCheckpoint().agent.numbers).toMatchObject({ replayStored: 0, replayPosition: 0 });
    expect(resumed.saveCheckpoint().agent.arrays.parameters).toEqual(run.saveCheckpoint().agent.arrays.parameters);
  });

  it('starts a new run\'s saves afresh (all its filled chunks) and drops the metric segments of the run before', async () => {
    const { store: backend, writes, entries } = recordingStore();
    const store = new RunStore(backend, SLOT, { rowsPerChunk: ROWS });
    const first = trainer();
    tickSteps(first, 600);
    await keep(store, first, 1);
    tickSteps(first, 100);
    await keep(store, first, 1);
    const second = trainer();
    tickSteps(second, 300);
    await keep(store, second, 2);
    expect(chunkKeysOf(writes[2])).toEqual([0, 1]);
    const segments = [...entries.keys()].filter((key) => key.includes('/metrics/'));
    expect(segments).toHaveLength(1);
    expect((await store.readMeta())?.runId).toBe(2);
  });
});
