// Export and import in the store: autosave keeps the run and degrades to a message when the browser will
// not store it; a refused or oversized model file leaves the lab as it was and says why.

import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../contracts/file-container';
import { DEFAULT_LAB_CONFIG, type LabConfig } from '../contracts/lab-config';
import type { FileRefusal, ImportResult } from '../contracts/protocol';
import type { AutosaveMeta, AutosaveStorage } from './autosave-storage';
import { FakeTrainingClient, fakeRunReady } from '../testing/fake-training-client';
import type { RunFilesClient } from '../controller/training-client';
import { createLabStore } from './lab-store';
import { testBatch } from '../testing/metrics-batches';

const OTHER_CONFIG: LabConfig = { ...DEFAULT_LAB_CONFIG, dqn: { ...DEFAULT_LAB_CONFIG.dqn, hiddenWidth: 32 } };

/** A worker stand-in with the file calls, recording what it was asked. */
function fakeClient(refuseImport: FileRefusal | null) {
  const calls: string[] = [];
  const files: RunFilesClient = {
    exportModel: async ({ includeReplay }) => (calls.push(`export replay=${includeReplay}`), { bytes: new Uint8Array(includeReplay ? 100 : 10), step: 480 }),
    importModel: async (): Promise<ImportResult> => {
      calls.push('import');
      if (refuseImport) return { ok: false, refusal: refuseImport };
      const summary = { savedAt: '2025-01-02T03:04:05Z', step: 960, updates: 5, agent: { kind: 'dqn', name: 'DQN', signature: 's' }, backend: 'cpu', includesReplay: false, link: '?v=1' } as const;
      return { ok: true, run: { ...fakeRunReady(2, OTHER_CONFIG), presetName: 'myopic', summary } };
    },
    metricsTables: async () => null,
    evaluateNow: async () => null,
  };
  const client = new FakeTrainingClient({ files });
  return { client, calls, batch: (step: number) => client.post(testBatch({ step, status: 'paused' })) };
}

/** A storage that fails as told: on every write, or only on writes of more than `room` bytes. */
function fakeStorage(options: { room?: number; blocked?: boolean } = {}) {
  const kept: { meta: AutosaveMeta | null; file: Uint8Array | null } = { meta: null, file: null };
  const refuse = () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
  const storage: AutosaveStorage = {
    readMeta: async () => (options.blocked ? refuse() : kept.meta),
    readFile: async () => kept.file,
    write: async (meta, file) => {
      if (options.blocked || file.length > (options.room ?? Infinity)) return refuse();
      Object.assign(kept, { meta, file });
    },
    clear: async () => void Object.assign(kept, { meta: null, file: null }),
  };
  return { storage, kept };
}

async function labWith(refuseImport: FileRefusal | null = null, storageOptions = {}) {
  const fake = fakeClient(refuseImport);
  const { storage, kept } = fakeStorage(storageOptions);
  const store = createLabStore({ createTrainingClient: () => fake.client, autosaveStorage: storage });
  await store.getState().labActions.connect();
  return { store, kept, ...fake };
}

describe('lab files slice', () => {
  it('autosaves the run with its replay memory, once per new step, and offers it back', async () => {
    const { store, kept, calls, batch } = await labWith();
    const actions = store.getState().labFilesActions;
    await actions.autosave();
    expect(calls).toEqual([]); // step 0: nothing to keep
    batch(480);
    await actions.autosave();
    await actions.autosave();
    expect(calls).toEqual(['export replay=true']);
    expect(kept.meta).toMatchObject({ step: 480, bytes: 100, includesReplay: true });
    expect(store.getState().labFiles).toMatchObject({ autosavedStep: 480, autosaveProblem: null });

    const reloaded = await labWith();
    Object.assign(reloaded.kept, kept);
    await reloaded.store.getState().labFilesActions.checkAutosave();
    expect(reloaded.store.getState().labFiles.offer).toMatchObject({ step: 480 });
    await reloaded.store.getState().labFilesActions.resumeAutosave();
    expect(reloaded.calls).toEqual(['import']);
    expect(reloaded.store.getState().labFiles.offer).toBeNull();
    expect(reloaded.store.getState().lab).toMatchObject({ config: OTHER_CONFIG, draft: OTHER_CONFIG, presetName: 'myopic' });
  });

  it('keeps the network without the replay when the browser has little room, and says so', async () => {
    const { store, kept, calls, batch } = await labWith(null, { room: 50 });
    batch(480);
    await store.getState().labFilesActions.autosave();
    expect(calls).toEqual(['export replay=true', 'export replay=false']);
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
