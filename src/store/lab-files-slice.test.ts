// Export and import in the store: autosave asks the worker to keep the run in its store (nothing large comes
// back), the offer reads the meta the worker wrote, and resuming asks the worker to load it; autosave degrades
// to a message when the browser will not store the run; a refused or oversized model file leaves the lab as it
// was and says why.

import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../contracts/file-container';
import { DEFAULT_LAB_CONFIG, type LabConfig } from '../contracts/lab-config';
import type { FileRefusal, ImportResult, RunSaved } from '../contracts/protocol';
import type { AutosaveMeta, AutosaveStorage } from './autosave-storage';
import { FakeTrainingClient, fakeRunReady } from '../testing/fake-training-client';
import type { RunFilesClient } from '../controller/training-client';
import { createLabStore } from './lab-store';
import { testBatch } from '../testing/metrics-batches';

const OTHER_CONFIG: LabConfig = { ...DEFAULT_LAB_CONFIG, dqn: { ...DEFAULT_LAB_CONFIG.dqn, hiddenWidth: 32 } };
const REPLAY_BYTES = 100;

/** The browser's run store as the worker writes it and the page reads its meta: fails as told, or has room for `room` bytes. */
function fakeBrowserStore(options: { room?: number; blocked?: boolean } = {}) {
  const kept: { meta: AutosaveMeta | null } = { meta: null };
  const refuse = () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
  const storage: AutosaveStorage = {
    readMeta: async () => (options.blocked ? refuse() : kept.meta),
    clear: async () => void (kept.meta = null),
  };
  /** What the worker does on a save request: keeps the run, without its replay when there is too little room. */
  const workerSave = async (step: number, presetName: string): Promise<RunSaved> => {
    if (options.blocked) return refuse();
    const includesReplay = REPLAY_BYTES <= (options.room ?? Infinity);
    const bytes = includesReplay ? REPLAY_BYTES + 10 : 10;
    kept.meta = { savedAt: 1, step, presetName, agentName: 'DQN', bytes, includesReplay };
    return { step, includesReplay, bytesWritten: bytes, bytes };
  };
  return { storage, kept, workerSave };
}

/** A worker stand-in with the file calls, recording what it was asked. */
function fakeClient(refuseImport: FileRefusal | null, browser: ReturnType<typeof fakeBrowserStore>) {
  const calls: string[] = [];
  const imported = (): ImportResult => {
    if (refuseImport) return { ok: false, refusal: refuseImport };
    const summary = { savedAt: '2025-01-02T03:04:05Z', step: 960, updates: 5, agent: { kind: 'dqn', name: 'DQN', signature: 's' }, backend: 'cpu', includesReplay: false, link: '?v=1' } as const;
    return { ok: true, run: { ...fakeRunReady(2, OTHER_CONFIG), presetName: 'myopic', summary } };
  };
  let step = 0;
  const files: RunFilesClient = {
    exportModel: async ({ includeReplay }) => (calls.push(`export replay=${includeReplay}`), { bytes: new Uint8Array(includeReplay ? 100 : 10), step: 480 }),
    importModel: async () => (calls.push('import'), imported()),
    saveRun: async ({ presetName }) => (calls.push(`save ${presetName}`), step === 0 ? null : browser.workerSave(step, presetName)),
    resumeSaved: async () => {
      calls.push('resume saved');
      return browser.kept.meta ? imported() : { ok: false, refusal: { code: 'stored-run', problem: { code: 'nothing-saved' } } };
    },
    metricsTables: async () => null,
    evaluateNow: async () => null,
  };
  const client = new FakeTrainingClient({ files });
  const batch = (at: number) => {
    step = at;
    client.post(testBatch({ step: at, status: 'paused' }));
  };
  return { client, calls, batch };
}

async function labWith(refuseImport: FileRefusal | null = null, storageOptions = {}) {
  const browser = fakeBrowserStore(storageOptions);
  const fake = fakeClient(refuseImport, browser);
  const store = createLabStore({ createTrainingClient: () => fake.client, autosaveStorage: browser.storage });
  await store.getState().labActions.connect();
  return { store, kept: browser.kept, browser, ...fake };
}

describe('lab files slice', () => {
  it('asks the worker to keep the run once per new step (never exporting a file), and offers it back after a reload', async () => {
    const { store, kept, calls, batch } = await labWith();
    const actions = store.getState().labFilesActions;
    await actions.autosave();
    expect(calls).toEqual([]); // step 0: nothing to keep
    batch(480);
    await actions.autosave();
    await actions.autosave();
    expect(calls).toEqual(['save default']);
    expect(kept.meta).toMatchObject({ step: 480, presetName: 'default', includesReplay: true });
    expect(store.getState().labFiles).toMatchObject({ autosavedStep: 480, autosaveProblem: null });

    const reloaded = await labWith();
    reloaded.kept.meta = kept.meta;
    await reloaded.store.getState().labFilesActions.checkAutosave();
    expect(reloaded.store.getState().labFiles.offer).toMatchObject({ step: 480 });
    await reloaded.store.getState().labFilesActions.resumeAutosave();
    expect(reloaded.calls).toEqual(['resume saved']);
    expect(reloaded.store.getState().labFiles.offer).toBeNull();
    expect(reloaded.store.getState().lab).toMatchObject({ config: OTHER_CONFIG, draft: OTHER_CONFIG, presetName: 'myopic' });
    expect(reloaded.store.getState().labFiles.autosavedStep).toBe(960);
  });

  it('a kept run the worker cannot load is refused with its reason and forgotten; the lab goes on', async () => {
    const { store, kept, calls } = await labWith();
    kept.meta = { savedAt: 1, step: 480, agentName: 'DQN', bytes: 10, includesReplay: true };
    await store.getState().labFilesActions.checkAutosave();
    const before = store.getState().lab;
    kept.meta = null; // the records went missing after the offer was read
    await store.getState().labFilesActions.resumeAutosave();
    expect(calls).toEqual(['resume saved']);
    expect(store.getState().labFiles.notice).toEqual({ kind: 'error', message: { code: 'refused', refusal: { code: 'stored-run', problem: { code: 'nothing-saved' } } } });
    expect(store.getState().labFiles.offer).toBeNull();
    expect(store.getState().lab.config).toBe(before.config);
  });

  it('says so when the worker kept the network without the replay (the browser had little room)', async () => {
    const { store, kept, batch } = await labWith(null, { room: 50 });
    batch(480);
    await store.getState().labFilesActions.autosave();
    expect(kept.meta).toMatchObject({ includesReplay: false });
    expect(store.getState().labFiles.autosaveProblem).toEqual({ code: 'without-replay' });
  });

  it('degrades to a message when storage is blocked (private window): the lab carries on', async () => {
    const { store, batch } = await labWith(null, { blocked: true });
    await store.getState().labFilesActions.checkAutosave();
    expect(store.getState().labFiles.autosaveProblem).toEqual({ code: 'unavailable', detail: 'The quota has been exceeded.' });
    batch(480);
    await store.getState().labFilesActions.autosave();
    expect(store.getState().labFiles.autosaveProblem).toEqual({ code: 'refused', detail: 'The quota has been exceeded.' });
    expect(store.getState().lab.phase).toBe('ready');
  });

  it('a refused model file leaves the lab as it was and shows the reason', async () => {
    const checksum: FileRefusal = { code: 'file', problem: { code: 'checksum' } };
    const { store, calls } = await labWith(checksum);
    const before = store.getState().lab;
    await store.getState().labFilesActions.loadModel(new Blob([new Uint8Array(20)]));
    expect(calls).toEqual(['import']);
    expect(store.getState().labFiles.notice).toEqual({ kind: 'error', message: { code: 'refused', refusal: checksum } });
    expect(store.getState().lab).toBe(before);
    expect(store.getState().labFiles.busy).toBe(false);
  });

  it('refuses a file larger than any lab file without reading it', async () => {
    const { store, calls } = await labWith();
    await store.getState().labFilesActions.loadModel({ size: MAX_FILE_BYTES + 1 } as Blob);
    expect(calls).toEqual([]);
    expect(store.getState().labFiles.notice).toEqual({ kind: 'error', message: { code: 'refused', refusal: { code: 'file', problem: { code: 'too-large', bytes: MAX_FILE_BYTES + 1, limit: MAX_FILE_BYTES } } } });
  });
});
