// The runs slice in the store: a run is kept when it finishes or diverges, and when a reset or a preset
// replaces it after enough steps; the list survives a new store (a reload), and overlays are capped.

import { describe, expect, it } from 'vitest';
import { DEFAULT_LAB_CONFIG, applyPatch, type LabConfig } from '../contracts/lab-config';
import type { MetricsBatch } from '../contracts/protocol';
import { FakeTrainingClient, fakePreset } from '../testing/fake-training-client';
import { MAX_OVERLAYS } from './lab-runs-slice';
import { createLabStore } from './lab-store';
import { testBatch } from '../testing/metrics-batches';
import { memoryRuns, type RunsStorage } from './runs-storage';

const MYOPIC: LabConfig = applyPatch(DEFAULT_LAB_CONFIG, { dqn: { discount: 0 } });

async function lab(storage: RunsStorage = memoryRuns()) {
  // Each reset starts a new run id; batches are posted by the test.
  const fake = new FakeTrainingClient({ presets: [fakePreset('default'), fakePreset('myopic', MYOPIC)] });
  const store = createLabStore({ createTrainingClient: () => fake, runsStorage: storage });
  await store.getState().labActions.connect();
  await store.getState().labRunsActions.load();
  /** A run trained to `step`: sessions and updates along the way, then the given status. */
  const train = (step: number, status: MetricsBatch['status'], percentOfOracle = 60) => {
    const { runId } = fake;
    for (let at = 500; at < step; at += 500) {
      fake.post(testBatch({ runId, step: at, sessions: [{ step: at, sessionReturn: at / 1000 }], updates: [{ step: at, loss: 1 / at }] }));
    }
    fake.post(testBatch({ runId, step, status, sessions: [{ step, sessionReturn: 2 }], updates: [{ step, loss: 0.01 }], evaluations: [{ step, meanReturn: 3, percentOfOracle }] }));
  };
  /** Waits for the queued storage writes. */
  const settled = () => store.getState().labRunsActions.load().then(() => new Promise((resolve) => setTimeout(resolve, 0)));
  return { store, train, settled, fake };
}

describe('the runs slice', () => {
  it('keeps a run that reaches its budget, with its curves, evaluation and config, once', async () => {
    const { store, train, settled } = await lab();
    train(3000, 'finished', 72.5);
    await settled();
    const [kept] = store.getState().labRuns.runs;
    expect(store.getState().labRuns.runs).toHaveLength(1);
    expect(kept).toMatchObject({ number: 1, presetName: 'default', status: 'finished', step: 3000, evaluation: { step: 3000, percentOfOracle: 72.5 } });
    expect(kept.config).toEqual(DEFAULT_LAB_CONFIG);
    expect(kept.returns.steps.at(-1)).toBe(3000);
    expect(kept.loss.values.at(-1)).toBe(0.01);
    // A reset after the end does not keep the same run again.
    await store.getState().labActions.reset();
    await settled();
    expect(store.getState().labRuns.runs).toHaveLength(1);
  });

  it('keeps a diverged run, and a run replaced by a preset after enough steps as stopped, under its own preset', async () => {
    const { store, train, settled } = await lab();
    train(1500, 'diverged');
    await store.getState().labActions.choosePreset('myopic');
    train(2000, 'paused');
    await store.getState().labActions.reset();
    await settled();
    expect(store.getState().labRuns.runs.map((run) => [run.number, run.presetName, run.status, run.config.dqn.discount])).toEqual([
      [2, 'myopic', 'stopped', 0],
      [1, 'default', 'diverged', DEFAULT_LAB_CONFIG.dqn.discount],
    ]);
  });

  it('keeps gamma turned before the first step as the run\'s own, and counts later turns', async () => {
    const { store, train, settled, fake } = await lab();
    fake.post(testBatch({ runId: fake.runId, step: 0, status: 'paused', knobChanges: [{ step: 0, knob: 'discount', from: 0.99, to: 0 }] }));
    fake.post(testBatch({ runId: fake.runId, step: 500, knobChanges: [{ step: 500, knob: 'learningRate', from: 0.001, to: 0.0005 }] }));
    train(2000, 'finished');
    await settled();
    const [kept] = store.getState().labRuns.runs;
    expect(kept.config.dqn.discount).toBe(0);
    expect(kept.config.dqn.learningRate).toBe(DEFAULT_LAB_CONFIG.dqn.learningRate);
    expect(kept.knobChanges).toBe(1);
  });

  it('does not keep a run reset after only a few steps', async () => {
    const { store, train, settled } = await lab();
    train(600, 'paused');
    await store.getState().labActions.reset();
    await settled();
    expect(store.getState().labRuns.runs).toEqual([]);
  });

  it('reads the kept runs back in a new store, as after a reload, and deletes one or all', async () => {
    const storage = memoryRuns();
    const first = await lab(storage);
    first.train(2000, 'finished');
    await first.settled();
    await first.store.getState().labActions.reset();
    first.train(2500, 'finished');
    await first.settled();

    const second = await lab(storage);
    expect(second.store.getState().labRuns.runs.map((run) => run.step)).toEqual([2500, 2000]);
    await second.store.getState().labRunsActions.remove(second.store.getState().labRuns.runs[0].id);
    expect((await storage.read()).map((run) => run.step)).toEqual([2000]);
    await second.store.getState().labRunsActions.clear();
    expect(await storage.read()).toEqual([]);
    expect(second.store.getState().labRuns.runs).toEqual([]);
  });

  it('overlays at most four runs, each keeping its slot, and frees the slot of a deleted run', async () => {
    const { store, train, settled } = await lab();
    for (let k = 0; k < MAX_OVERLAYS + 1; k++) {
      train(1000 + k * 500, 'finished');
      await store.getState().labActions.reset();
    }
    await settled();
    const ids = store.getState().labRuns.runs.map((run) => run.id);
    const { toggleOverlay, remove } = store.getState().labRunsActions;
    ids.forEach(toggleOverlay);
    expect(store.getState().labRuns.overlays).toEqual(ids.slice(0, MAX_OVERLAYS));
    toggleOverlay(ids[1]);
    expect(store.getState().labRuns.overlays).toEqual([ids[0], null, ids[2], ids[3]]);
    toggleOverlay(ids[4]);
    expect(store.getState().labRuns.overlays).toEqual([ids[0], ids[4], ids[2], ids[3]]);
    await remove(ids[2]);
    expect(store.getState().labRuns.overlays).toEqual([ids[0], ids[4], null, ids[3]]);
  });

  it('keeps runs for the page when the browser refuses to store them, and says so', async () => {
    // Reading works and writing is refused, so the problem can only come from keeping the run.
    const refusing: RunsStorage = { read: async () => [], change: async () => Promise.reject(new Error('no room')) };
    const { store, train, settled } = await lab(refusing);
    expect(store.getState().labRuns.problem).toBeNull();
    train(2000, 'finished');
    await settled();
    expect(store.getState().labRuns.problem).toBe('storage');
    expect(store.getState().labRuns.runs).toHaveLength(1);
  });
});
