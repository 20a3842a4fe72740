// The lab slice with a fake worker: connecting, batches, knobs, presets, stepping, a worker that dies, and
// starting from a link.
import { describe, expect, it } from 'vitest';
import { DEFAULT_LAB_CONFIG } from '../contracts/lab-config';
import { FakeTrainingClient, fakePreset } from '../testing/fake-training-client';
import type { ClientEvents } from '../controller/training-client';
import type { WorkerLoss } from '../contracts/worker-loss';
import { createLabStore } from './lab-store';
import { testBatch } from '../testing/metrics-batches';

const FAST = { ...DEFAULT_LAB_CONFIG, dqn: { ...DEFAULT_LAB_CONFIG.dqn, learningRate: 0.1 } };

/** A worker stand-in with the default preset and one whose alpha is too high. */
const fakeClient = () => new FakeTrainingClient({ presets: [fakePreset('default'), fakePreset('alpha-too-high', FAST)] });

async function connected() {
  const client = fakeClient();
  const store = createLabStore({ createTrainingClient: () => client });
  await store.getState().labActions.connect();
  return { client, store };
}

/** Connected, with a way to tell the store that its worker died. */
async function connectedWithEvents() {
  const client = fakeClient();
  const listeners: ClientEvents[] = [];
  const store = createLabStore({
    createTrainingClient: (events) => {
      listeners.push(events);
      return client;
    },
  });
  await store.getState().labActions.connect();
  return { client, store, loseWorker: (loss: WorkerLoss) => listeners.at(-1)?.onLost(loss) };
}

describe('lab slice', () => {
  it('connects: loads the catalogue and the default preset, paused, with the backend report', async () => {
    const { client, store } = await connected();
    const { lab } = store.getState();
    expect(lab.phase).toBe('ready');
    expect(lab.catalogue?.presets).toHaveLength(2);
    expect(lab.config).toEqual(DEFAULT_LAB_CONFIG);
    expect(lab.backend?.backend).toBe('cpu');
    expect(lab.run.runId).toBe(1);
    expect(client.commands).toEqual(['speed lecture']);
  });

  it('folds the worker batches into the run view', async () => {
    const { client, store } = await connected();
    client.post(testBatch({ runId: 1, step: 64, sessions: [{ step: 64, sessionReturn: 2 }] }));
    expect(store.getState().lab.run.step).toBe(64);
    expect(store.getState().lab.run.series.raw.sessionReturn.values).toEqual([2]);
  });

  it('turns knobs at once and keeps them for the next reset', async () => {
    const { client, store } = await connected();
    store.getState().labActions.setKnob('discount', 0.5);
    store.getState().labActions.setKnob('explorationRate', 0.1);
    await Promise.resolve();
    expect(client.knobs).toEqual([{ discount: 0.5 }, { explorationRate: 0.1 }]);
    const { draft } = store.getState().lab;
    expect(draft?.dqn.discount).toBe(0.5);
    expect(draft?.training).toMatchObject({ explorationStart: 0.1, explorationEnd: 0.1, explorationDecaySteps: 0 });
  });

  it('puts epsilon back on a decay schedule at once, through the worker, and keeps it for the next reset', async () => {
    const { client, store } = await connected();
    store.getState().labActions.setKnob('explorationRate', 0.3);
    const schedule = { explorationStart: 0.8, explorationEnd: 0.1, explorationDecaySteps: 20_000 };
    store.getState().labActions.setExplorationSchedule(schedule);
    await Promise.resolve();
    expect(client.knobs).toEqual([{ explorationRate: 0.3 }, { explorationSchedule: schedule }]);
    expect(store.getState().lab.draft?.training).toMatchObject(schedule);
    await store.getState().labActions.reset();
    expect(client.configs.at(-1)?.training).toMatchObject(schedule);
  });

  it('applies advanced fields on reset, and a preset restarts with its own config', async () => {
    const { client, store } = await connected();
    store.getState().labActions.setDraftField('dqn', 'hiddenWidth', 32);
    expect(client.configs).toHaveLength(1);
    await store.getState().labActions.reset();
    expect(client.configs.at(-1)?.dqn.hiddenWidth).toBe(32);
    expect(store.getState().lab.run.runId).toBe(2);
    await store.getState().labActions.choosePreset('alpha-too-high');
    expect(store.getState().lab.presetName).toBe('alpha-too-high');
    expect(store.getState().lab.config?.dqn.learningRate).toBe(0.1);
  });

  it('lowers alpha tenfold and restarts after a divergence', async () => {
    const { client, store } = await connected();
    await store.getState().labActions.choosePreset('alpha-too-high');
    await store.getState().labActions.lowerAlphaAndRestart();
    expect(client.configs.at(-1)?.dqn.learningRate).toBeCloseTo(0.01, 12);
  });

  it('steps one shopper, one session or one update, and says why an update was refused', async () => {
    const { client, store } = await connected();
    const actions = store.getState().labActions;
    actions.stepShopper();
    actions.stepSession();
    client.refuseUpdate = 'replay-filling';
    actions.stepUpdate();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(client.commands.slice(1)).toEqual(['step shopper', 'step session', 'step update']);
    expect(store.getState().lab.stepNotice).toBe('replay-filling');
    actions.stepShopper();
    expect(store.getState().lab.stepNotice).toBeNull();
  });

  it('keeps the last inspection while batches arrive without one', async () => {
    const { client, store } = await connected();
    const inspection = { transition: null, updateEffect: null, minibatch: null, tabular: null, round: { nextSlot: 3, sessions: 32 }, replay: null };
    client.post(testBatch({ runId: 1, step: 3, status: 'paused', inspection }));
    client.post(testBatch({ runId: 1, step: 64 }));
    expect(store.getState().lab.run.inspection?.round.nextSlot).toBe(3);
  });

  it('keeps the charts whole across a recovery that went back to an earlier step, and shows its notice until dismissed', async () => {
    const { client, store } = await connected();
    client.post(testBatch({ runId: 1, step: 640, sessions: [{ step: 600, sessionReturn: 1 }, { step: 640, sessionReturn: 2 }] }));
    const lost = { code: 'context-lost', lostAt: 640, restoredStep: 512, backend: 'wasm' } as const;
    client.post(testBatch({ runId: 1, step: 512, notice: lost }));
    expect(store.getState().lab.run.notice).toEqual(lost);
    client.post(testBatch({ runId: 1, step: 704, sessions: [{ step: 600, sessionReturn: 9 }, { step: 700, sessionReturn: 3 }] }));
    expect(store.getState().lab.run.series.raw.sessionReturn.values).toEqual([1, 2, 3]);
    expect(store.getState().lab.run.notice).toEqual(lost);
    store.getState().labActions.dismissRunNotice();
    expect(store.getState().lab.run.notice).toBeNull();
  });

  it('restarts a worker that died from its last checkpoint, under the same run id, and says so', async () => {
    const { client, store, loseWorker } = await connectedWithEvents();
    client.saveAt(320);
    client.post(testBatch({ runId: 1, step: 400, status: 'running', sessions: [{ step: 380, sessionReturn: 1 }] }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    loseWorker({ code: 'unanswered' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(client.resumes.at(-1)).toEqual({ runId: 1 });
    expect(client.slot).toMatchObject({ key: 'lab', savesFrom: 'first-request' });
    const { run } = store.getState().lab;
    expect(run.runId).toBe(1);
    expect(run.series.raw.sessionReturn.values).toEqual([1]);
    expect(run.notice).toEqual({ code: 'worker-restarted', loss: { code: 'unanswered' }, lostAt: 400, checkpointStep: 320 });
    expect(client.commands.at(-1)).toBe('play');
  });

  it('starts the run again under a new id when the worker died before its first checkpoint', async () => {
    const { client, store, loseWorker } = await connectedWithEvents();
    loseWorker({ code: 'script-error', detail: null });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(client.resumes.at(-1)).toEqual({ runId: 1 });
    expect(store.getState().lab.run.runId).toBe(2);
    expect(store.getState().lab.run.notice).toEqual({ code: 'worker-restarted-from-start', loss: { code: 'script-error', detail: null }, unreadable: null });
  });

  it('shows an error instead of throwing when the engine cannot start', async () => {
    const client = fakeClient();
    client.catalogue = async () => {
      throw new Error('no backend');
    };
    const store = createLabStore({ createTrainingClient: () => client });
    await store.getState().labActions.connect();
    expect(store.getState().lab).toMatchObject({ phase: 'error', error: 'no backend' });
  });
});

describe('starting the lab from a link', () => {
  const linked = { ...DEFAULT_LAB_CONFIG, dqn: { ...DEFAULT_LAB_CONFIG.dqn, discount: 0.5 } };
  const view = { hidden: ['advanced'] as const, present: true, autoplay: false };
  const link = { presetName: 'alpha-too-high', config: linked, view: { ...view, hidden: [...view.hidden] }, corrections: [{ key: 'gamma', given: '2', reason: { code: 'value' as const, problem: { code: 'above-max' as const, max: 0.999 }, fallback: null } }] };

  it("runs the link's config under its preset's name, paused, and keeps its view and corrections", async () => {
    const client = fakeClient();
    const store = createLabStore({ createTrainingClient: () => client });
    await store.getState().labLinkActions.openLink(link);
    const { lab, labLink } = store.getState();
    expect(client.configs).toEqual([linked]);
    expect(lab).toMatchObject({ presetName: 'alpha-too-high', draft: linked, config: linked });
    expect(labLink).toEqual({ view: link.view, corrections: link.corrections });
    expect(client.commands).toEqual(['speed lecture']);
    store.getState().labLinkActions.dismissCorrections();
    store.getState().labLinkActions.setPresenting(false);
    expect(store.getState().labLink).toEqual({ view: { ...link.view, present: false }, corrections: [] });
  });

  it('starts training at once when the link asks for autoplay', async () => {
    const client = fakeClient();
    const store = createLabStore({ createTrainingClient: () => client });
    await store.getState().labLinkActions.openLink({ ...link, view: { ...link.view, autoplay: true } });
    expect(client.commands).toEqual(['speed lecture', 'play']);
  });

  it('keeps the running lab when the page opens again with another link', async () => {
    const { client, store } = await connected();
    await store.getState().labLinkActions.openLink(link);
    expect(client.configs).toEqual([DEFAULT_LAB_CONFIG]);
    expect(store.getState().labLink.corrections).toEqual([]);
  });
});
