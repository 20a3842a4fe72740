// A run's life past its budget and past its replacement: the budget end offers to train on (and a knob turned
// after it says so), a replaced run is put aside for Undo, and the autosave names the run on show.

import { describe, expect, it } from 'vitest';
import { DEFAULT_LAB_CONFIG, applyPatch, type LabConfig } from '../contracts/lab-config';
import type { ImportResult } from '../contracts/protocol';
import type { AutosaveMeta, AutosaveStorage } from './autosave-storage';
import { FakeTrainingClient, fakePreset, fakeRunReady } from '../testing/fake-training-client';
import type { RunFilesClient } from '../controller/training-client';
import { createLabStore } from './lab-store';
import { testBatch } from '../testing/metrics-batches';

const BUDGET = 8000;
const SHORT: LabConfig = { ...DEFAULT_LAB_CONFIG, training: { ...DEFAULT_LAB_CONFIG.training, totalSteps: BUDGET } };
const MYOPIC_BUDGET = 4000;
const MYOPIC: LabConfig = applyPatch(SHORT, { dqn: { discount: 0 }, training: { totalSteps: MYOPIC_BUDGET } });

/** A worker stand-in whose model files are one byte long: the step they were written at, in thousands. */
function fakeWorker(kept: { meta: AutosaveMeta | null }, options: { refuseImport?: boolean } = {}) {
  const calls: string[] = [];
  let step = 0;
  let runId = 0;
  const client: FakeTrainingClient = new FakeTrainingClient({
    presets: [fakePreset('default', SHORT), fakePreset('myopic', MYOPIC)],
    files: {
      exportModel: async ({ includeReplay, presetName }) => {
        calls.push(`export ${presetName} at ${step} replay=${includeReplay}`);
        return { bytes: Uint8Array.of(step / 1000), step };
      },
      importModel: async (bytes): Promise<ImportResult> => {
        calls.push(`import step ${bytes[0] * 1000}`);
        if (options.refuseImport) return { ok: false, refusal: { code: 'not-a-link' } };
        runId = client.runId + 1;
        const summary = { savedAt: '2026-12-03T09:00:00Z', step: bytes[0] * 1000, updates: 1, agent: { kind: 'dqn', name: 'DQN', signature: 's' }, backend: 'cpu', includesReplay: true, link: '?v=1' } as const;
        return { ok: true, run: { ...fakeRunReady(runId, SHORT), presetName: 'default', summary } };
      },
      // The worker keeps the run on show in its store, and writes the meta the offer reads.
      saveRun: async ({ presetName }) => {
        calls.push(`save ${presetName} at ${step}`);
        kept.meta = { savedAt: 1, step, presetName, agentName: 'DQN', bytes: 1, includesReplay: true };
        return { step, includesReplay: true, bytesWritten: 1, bytes: 1 };
      },
      resumeSaved: async () => ({ ok: false, refusal: { code: 'stored-run', problem: { code: 'nothing-saved' } } }),
      metricsTables: async () => null,
      evaluateNow: async () => null,
    } satisfies RunFilesClient,
  });
  /** The worker reports the run on show at a step (the files it writes then hold that step). */
  const report = (at: number, status: 'running' | 'paused' | 'finished', id = Math.max(client.runId, runId)) => {
    step = at;
    client.post({ ...testBatch({ runId: id, step: at, status }), totalSteps: BUDGET });
  };
  return { client, calls, report };
}

function memoryStorage() {
  const kept: { meta: AutosaveMeta | null } = { meta: null };
  const storage: AutosaveStorage = {
    readMeta: async () => kept.meta,
    clear: async () => void (kept.meta = null),
  };
  return { storage, kept };
}

async function lab(options: { refuseImport?: boolean } = {}) {
  const { storage, kept } = memoryStorage();
  const worker = fakeWorker(kept, options);
  const store = createLabStore({ createTrainingClient: () => worker.client, autosaveStorage: storage });
  await store.getState().labActions.connect({ presetName: 'default', config: SHORT, autoplay: false });
  return { store, kept, ...worker };
}

describe('the end of a budget', () => {
  it('trains on: the budget grows by the run\'s own budget, the link keeps it, and training starts', async () => {
    const { store, client, report } = await lab();
    report(BUDGET, 'finished');
    expect(store.getState().lab.budgetIncrement).toBe(BUDGET);
    await store.getState().labActions.continueTraining();
    expect(client.commands.slice(-2)).toEqual([`extend ${BUDGET}`, 'play']);
    expect(store.getState().lab.config?.training.totalSteps).toBe(2 * BUDGET);
    expect(store.getState().lab.draft?.training.totalSteps).toBe(2 * BUDGET);
  });

  it('knows the budget to add when the worker\'s first batch of a run comes before its answer', async () => {
    const { store, client, report } = await lab();
    const reset = client.reset.bind(client);
    client.reset = async (config) => {
      // As the worker does: the new run's first batch is posted while the reset is still being answered.
      client.post({ ...testBatch({ runId: client.runId + 1, step: 0, status: 'ready' }), totalSteps: config.training.totalSteps });
      return reset(config);
    };
    await store.getState().labActions.choosePreset('myopic');
    report(MYOPIC_BUDGET, 'finished');
    expect(store.getState().lab.budgetIncrement).toBe(MYOPIC_BUDGET);
    await store.getState().labActions.continueTraining();
    expect(client.commands.slice(-2)).toEqual([`extend ${MYOPIC_BUDGET}`, 'play']);
  });

  it('does not extend a run that is still within its budget', async () => {
    const { store, client, report } = await lab();
    report(4000, 'paused');
    await store.getState().labActions.continueTraining();
    expect(client.commands.some((command) => command.startsWith('extend'))).toBe(false);
  });

  it('notes each knob turned after the end, once, and forgets them when training goes on', async () => {
    const { store, report } = await lab();
    report(2000, 'running');
    store.getState().labActions.setKnob('discount', 0.5);
    expect(store.getState().lab.knobsAfterEnd).toEqual([]);
    report(BUDGET, 'finished');
    store.getState().labActions.setKnob('discount', 0);
    store.getState().labActions.setKnob('discount', 0.2);
    store.getState().labActions.setExplorationSchedule({ explorationStart: 1, explorationEnd: 0.05, explorationDecaySteps: 100 });
    expect(store.getState().lab.knobsAfterEnd).toEqual(['discount', 'explorationRate']);
    await store.getState().labActions.continueTraining();
    expect(store.getState().lab.knobsAfterEnd).toEqual([]);
  });

  it('forgets knobs turned after the end when a new run starts', async () => {
    const { store, report } = await lab();
    report(BUDGET, 'finished');
    store.getState().labActions.setKnob('learningRate', 0.01);
    await store.getState().labActions.reset();
    expect(store.getState().lab.knobsAfterEnd).toEqual([]);
    expect(store.getState().lab.budgetIncrement).toBe(BUDGET);
  });
});

describe('replacing a run', () => {
  it('puts a running run aside (paused first) when a preset replaces it, and Undo brings it back at its step', async () => {
    const { store, client, calls, report } = await lab();
    report(6000, 'running');
    await store.getState().labActions.choosePreset('myopic');
    expect(calls).toEqual(['export default at 6000 replay=true']);
    expect(client.commands).toContain('pause');
    expect(store.getState().lab).toMatchObject({ presetName: 'myopic', replaced: { cause: 'preset', presetName: 'default', step: 6000 } });

    report(3000, 'paused');
    await store.getState().labActions.undoReplace();
    expect(calls.slice(1)).toEqual(['export myopic at 3000 replay=true', 'import step 6000']);
    // The myopic run is put aside in its turn, so Undo undoes the undo.
    expect(store.getState().lab).toMatchObject({ presetName: 'default', replaced: { cause: 'undo', presetName: 'myopic', step: 3000 } });
  });

  it('keeps the earlier run to undo when the run replaced had not trained yet', async () => {
    const { store, calls, report } = await lab();
    report(5000, 'paused');
    await store.getState().labActions.choosePreset('myopic');
    await store.getState().labActions.choosePreset('default');
    expect(calls).toEqual(['export default at 5000 replay=true']);
    expect(store.getState().lab.replaced).toMatchObject({ cause: 'preset', presetName: 'default', step: 5000 });
  });

  it('puts aside a run that a reset or a loaded model file replaces, and nothing on a reset at step 0', async () => {
    const { store, calls, report } = await lab();
    await store.getState().labActions.reset();
    expect(store.getState().lab.replaced).toBeNull();
    report(7000, 'finished');
    await store.getState().labActions.reset();
    expect(store.getState().lab.replaced).toMatchObject({ cause: 'reset', step: 7000 });
    report(1000, 'paused');
    await store.getState().labFilesActions.loadModel(new Blob([Uint8Array.of(4)]));
    expect(calls.at(-1)).toBe('import step 4000');
    expect(store.getState().lab.replaced).toMatchObject({ cause: 'file', step: 1000 });
  });

  it('plays on a running run whose replacement was refused, and offers no undo', async () => {
    const { store, client, report } = await lab({ refuseImport: true });
    report(2000, 'running');
    await store.getState().labFilesActions.loadModel(new Blob([Uint8Array.of(9)]));
    expect(client.commands.slice(-2)).toEqual(['pause', 'play']);
    expect(store.getState().lab.replaced).toBeNull();
    expect(store.getState().labFiles.notice?.kind).toBe('error');
  });

  it('forgets the put-aside run when dismissed', async () => {
    const { store, calls, report } = await lab();
    report(2000, 'paused');
    await store.getState().labActions.reset();
    store.getState().labActions.dismissReplaced();
    await store.getState().labActions.undoReplace();
    expect(store.getState().lab.replaced).toBeNull();
    expect(calls.filter((call) => call.startsWith('import'))).toEqual([]);
  });
});

describe('the autosave of the run on show', () => {
  it('names the run\'s preset, and saves a new run even at the step the replaced run was saved at', async () => {
    const { store, kept, report } = await lab();
    report(BUDGET, 'finished');
    await store.getState().labFilesActions.autosave();
    expect(kept.meta).toMatchObject({ presetName: 'default', step: BUDGET });
    await store.getState().labActions.choosePreset('myopic');
    report(BUDGET, 'running');
    await store.getState().labFilesActions.autosave();
    expect(kept.meta).toMatchObject({ presetName: 'myopic', step: BUDGET });
    expect(store.getState().labFiles.autosavedRunId).toBe(store.getState().lab.run.runId);
  });
});

describe('two replacements in a row', () => {
  it('runs them one after the other: the second sees the fresh run, and Undo still brings back the first', async () => {
    const { store, calls, report } = await lab();
    report(6000, 'running');
    const actions = store.getState().labActions;
    await Promise.all([actions.choosePreset('myopic'), actions.choosePreset('default'), actions.choosePreset('myopic')]);
    expect(calls).toEqual(['export default at 6000 replay=true']);
    expect(store.getState().lab).toMatchObject({ presetName: 'myopic', replaced: { cause: 'preset', presetName: 'default', step: 6000 } });
  });
});
