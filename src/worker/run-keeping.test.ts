// The run keeper saves straight from the live trainer: no whole copy of the replay memory, after the first
// save only the chunks the write head crossed, each chunk the store's own copy (training on before the write
// commits changes nothing stored); a training page's slot keeps the offered run until the page first asks,
// its saves going to the recovery store in memory until then.
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { RunSlot } from '../contracts/protocol';
import { runStoreKeys } from '../contracts/run-store-layout';
import type { Trainer } from '../engine/trainer';
import { smallConfig, tickSteps, trainersFor } from '../testing/small-trainer';
import { RunKeeping, SAVE_INTERVAL_MS } from './run-keeping';
import { memoryKeyValue, type KeyValueStore } from './run-store-backend';
import { RunStore } from './run-store';
import { chunkBytes, type ReplayChunk } from './replay-chunks';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const CONFIG = smallConfig({ training: { totalSteps: 100_000 } }); // replay memory of 2,000 rows, one row a step
const ROWS = 256; // 8 chunks
const COMPARE_SIDE: RunSlot = { key: 'compare-a', owner: 'page-1', savesFrom: 'start' };

/** A memory store recording each write's chunk records; its writes wait for `gate` when one is set. */
function recordingBackend(entries = new Map<string, unknown>()) {
  const inner = memoryKeyValue(entries);
  const writes: ReplayChunk[][] = [];
  const state: { gate: Promise<void> | null } = { gate: null };
  const backend: KeyValueStore = {
    lasting: false,
    read: (keys) => inner.read(keys),
    async write(puts, deletes) {
      if (state.gate) await state.gate;
      writes.push(puts.filter(([key]) => key.includes('/replay/')).map(([, chunk]) => chunk as ReplayChunk));
      await inner.write(puts, deletes);
    },
  };
  return { backend, writes, entries, state };
}

const replayColumns = (trainer: Trainer) => Object.entries(trainer.saveCheckpoint().agent.arrays).filter(([name]) => name.startsWith('replay'));

describe('the run keeper', () => {
  const trainer = trainersFor(CONFIG);

  it('cuts each periodic save from the live trainer: no whole copy of the replay memory, then only the chunks crossed', async () => {
    const { backend, writes } = recordingBackend();
    let time = 0;
    const keeping = new RunKeeping(() => backend, () => time, { rowsPerChunk: ROWS });
    keeping.keepIn(COMPARE_SIDE);
    const run = trainer();
    const memoryBytes = replayColumns(run).reduce((sum, [, array]) => sum + array.byteLength, 0);
    const rowBytes = memoryBytes / 2000;
    const copies = vi.spyOn(run, 'saveCheckpoint');
    const views = vi.spyOn(run, 'liveCheckpoint');
    const kept = { runId: 1, trainer: run, config: CONFIG };

    tickSteps(run, 900); // rows 0..899: chunks 0-3
    keeping.periodic(kept);
    await keeping.read();
    expect(writes[0].map((chunk) => chunk.index)).toEqual([0, 1, 2, 3]);
    keeping.periodic(kept); // not due yet: nothing written
    await keeping.read();
    expect(writes).toHaveLength(1);

    tickSteps(run, 300); // rows 900..1199: chunks 3 and 4
    time += SAVE_INTERVAL_MS;
    keeping.periodic(kept);
    await keeping.read();
    expect(writes[1].map((chunk) => chunk.index)).toEqual([3, 4]);
    const cut = writes[1].reduce((sum, chunk) => sum + chunkBytes(chunk), 0);
    expect(cut).toBe(2 * ROWS * rowBytes);
    expect(cut).toBeLessThan(memoryBytes / 3);
    expect(keeping.saves.map((save) => save.step)).toEqual([900, 1200]);
    // Every save read the buffer's own columns; none made the whole copy a checkpoint for keeping makes.
    expect(views).toHaveBeenCalledTimes(2);
    expect(copies).not.toHaveBeenCalled();
  });

  it('keeps its own copy of each chunk: training on before the write commits changes nothing stored', async () => {
    const { backend, state } = recordingBackend();
    const keeping = new RunKeeping(() => backend, () => 0, { rowsPerChunk: ROWS });
    keeping.keepIn(COMPARE_SIDE);
    const run = trainer();
    tickSteps(run, 900);
    let open = () => {};
    state.gate = new Promise((resolve) => (open = resolve));
    keeping.periodic({ runId: 1, trainer: run, config: CONFIG });
    const atSave = replayColumns(run);
    tickSteps(run, 500); // rows 900..1399: the rest of chunk 3, the chunk last cut, is written now
    expect(replayColumns(run)).not.toEqual(atSave);
    open();
    const read = await keeping.read(1);
    if (!read.ok) throw new Error(JSON.stringify(read.problem));
    expect(read.run.meta.step).toBe(900);
    for (const [name, array] of atSave) expect(read.run.checkpoint.agent.arrays[name]).toEqual(array);
  });

  it('leaves the offered run in a training page\'s slot until the page first asks: saves go to the recovery store till then', async () => {
    const { backend, entries } = recordingBackend();
    const earlier = trainer();
    tickSteps(earlier, 300);
    // The run an earlier visit kept, which the page offers back after the reload.
    await new RunStore(backend, { key: 'lab', owner: 'earlier-page', savesFrom: 'first-request' }).keep({ runId: 4, config: CONFIG, checkpoint: earlier.saveCheckpoint(), metrics: earlier.metrics, agentName: earlier.agent.name });
    const offered = entries.get(runStoreKeys.meta('lab'));
    let time = 0;
    const keeping = new RunKeeping(() => backend, () => time, { rowsPerChunk: ROWS });
    keeping.keepIn({ key: 'lab', owner: 'page-2', savesFrom: 'first-request' });
    const run = trainer();
    const kept = { runId: 1, trainer: run, config: CONFIG };
    tickSteps(run, 400);
    keeping.periodic(kept);
    const latest = await keeping.latest(1);
    expect(latest.ok && latest.run.meta.step).toBe(400);
    expect(keeping.saves.at(-1)).toMatchObject({ step: 400, recovery: true });
    expect(entries.get(runStoreKeys.meta('lab'))).toEqual(offered);

    tickSteps(run, 100);
    const saved = await keeping.request('default', () => kept);
    expect(saved).toMatchObject({ step: 500, includesReplay: true });
    expect(entries.get(runStoreKeys.meta('lab'))).toMatchObject({ owner: 'page-2', runId: 1, step: 500 });
    tickSteps(run, 100);
    time += SAVE_INTERVAL_MS;
    keeping.periodic(kept);
    await keeping.read();
    expect(keeping.saves.at(-1)).toMatchObject({ step: 600, recovery: false });
    expect(entries.get(runStoreKeys.meta('lab'))).toMatchObject({ step: 600 });
  });
});
