// The replay's agent: asked once per finished session and source, from the replay's own worker with the
// bundled file or from the training page's run; a late answer for an earlier session is dropped; a failed
// download or a lost worker is said, and the lab goes on.
import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type { AgentReplay, AgentReplayRequest, AgentReplayResult } from '../contracts/protocol';
import type { ClientEvents, TrainingClient } from '../controller/training-client';
import type { WorkerLoss } from '../contracts/worker-loss';
import { FakeTrainingClient } from '../testing/fake-training-client';
import { createPlayReplaySlice, type PlayReplaySlice } from './play-replay-slice';
import { agentSession, oracleSession, replayKey } from './play-replay';
import { createPlaySlice, type PlaySlice } from './play-slice';

type Asked = { request: AgentReplayRequest; file: Uint8Array | undefined; answer(result: AgentReplayResult): void };

/** A client whose replayAgent answers when the test says so. */
function replayingClient(asked: Asked[]): TrainingClient {
  const client = new FakeTrainingClient();
  return Object.assign(client, {
    replayAgent: (request: AgentReplayRequest, file?: Uint8Array) => new Promise<AgentReplayResult>((answer) => asked.push({ request, file, answer })),
  });
}

const REPLAY: AgentReplay = {
  own: [{ item: 3, qValues: Array.from({ length: 24 }, (_, item) => (item === 3 ? 1 : 0)) }],
  atStudent: [],
  expected: { mean: 1.5, ci95: 0.2, sessions: 200 },
  agentChoice: 'dqn-test',
  trainedSteps: 60_000,
  catalogSeed: 42,
  presetName: 'default',
};

function setUp(options: { download?: () => Promise<Uint8Array>; lab?: TrainingClient | null } = {}) {
  const asked: Asked[] = [];
  const events: ClientEvents[] = [];
  const started: TrainingClient[] = [];
  const store = createStore<PlaySlice & PlayReplaySlice>()((...parts) => ({
    ...createPlaySlice(...parts),
    ...createPlayReplaySlice({
      createClient: (clientEvents) => {
        events.push(clientEvents);
        const client = replayingClient(asked);
        started.push(client);
        return client;
      },
      labClient: () => options.lab ?? null,
      downloadBundledAgent: options.download ?? (async () => new Uint8Array([1, 2, 3])),
    })(...parts),
  }));
  return { store, asked, events, started };
}

/** Plays the default shopper to the end with one item. */
function finish(store: ReturnType<typeof setUp>['store'], item = 0) {
  while (!store.getState().play.done) store.getState().playActions.recommend(item);
}

const LOST: WorkerLoss = { code: 'unanswered' };

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the play replay', () => {
  it('opens only after the session, and asks the bundled agent once with the student picks and the file', async () => {
    const { store, asked, started } = setUp();
    store.getState().playReplayActions.open();
    expect(store.getState().playReplay.openFor).toBeNull();
    finish(store, 5);
    store.getState().playReplayActions.open();
    await settle();
    const { play } = store.getState();
    expect(store.getState().playReplay).toMatchObject({ openFor: replayKey(play), status: 'loading', step: 1 });
    expect(asked).toHaveLength(1);
    expect(asked[0].request).toMatchObject({ seed: play.setup.seed, shopperIndex: play.setup.shopperIndex, studentPicks: play.steps.map(() => 5) });
    expect(Array.from(asked[0].file ?? [])).toEqual([1, 2, 3]);
    asked[0].answer({ ok: true, replay: REPLAY });
    await settle();
    expect(store.getState().playReplay).toMatchObject({ status: 'ready', agent: { key: replayKey(play), source: 'bundled', replay: REPLAY } });
    // Opening the same session again asks nothing more.
    store.getState().playReplayActions.close();
    store.getState().playReplayActions.open();
    await settle();
    expect(asked).toHaveLength(1);
    expect(started).toHaveLength(1);
  });

  it('drops an answer that comes after the student moved on to another session', async () => {
    const { store, asked } = setUp();
    finish(store, 5);
    store.getState().playReplayActions.open();
    await settle();
    store.getState().playActions.nextShopper();
    finish(store, 7);
    store.getState().playReplayActions.open();
    await settle();
    expect(asked).toHaveLength(2);
    asked[1].answer({ ok: true, replay: { ...REPLAY, trainedSteps: 2 } });
    asked[0].answer({ ok: true, replay: REPLAY });
    await settle();
    expect(store.getState().playReplay.agent?.replay.trainedSteps).toBe(2);
    expect(store.getState().playReplay.agent?.key).toBe(replayKey(store.getState().play));
  });

  it('says why when the download fails or the worker is lost, and asks again when the agent is chosen again', async () => {
    let fail = true;
    const { store, asked, events } = setUp({ download: async () => (fail ? Promise.reject(new Error('offline')) : new Uint8Array([9])) });
    finish(store);
    store.getState().playReplayActions.open();
    await settle();
    expect(store.getState().playReplay).toMatchObject({ status: 'failed', problem: { code: 'unexpected', detail: 'offline' } });
    fail = false;
    store.getState().playReplayActions.chooseSource('bundled');
    await settle();
    expect(asked).toHaveLength(1);
    events[0].onLost(LOST);
    expect(store.getState().playReplay).toMatchObject({ status: 'failed', problem: { code: 'worker-lost' } });
  });

  it('asks the training page run without a file, and refuses plainly when there is no run', async () => {
    const lab: Asked[] = [];
    const labClient = replayingClient(lab);
    const { store, asked } = setUp({ lab: labClient });
    finish(store);
    store.getState().playReplayActions.open();
    store.getState().playReplayActions.chooseSource('run');
    await settle();
    expect(lab).toHaveLength(1);
    expect(lab[0].file).toBeUndefined();
    lab[0].answer({ ok: false, refusal: { code: 'no-run' } });
    asked[0]?.answer({ ok: true, replay: REPLAY });
    await settle();
    expect(store.getState().playReplay).toMatchObject({ source: 'run', status: 'failed', problem: { code: 'no-run' } });
  });

  it('rebuilds the agent session from its picks on the student shopper, and the oracle session on the same coin flips', () => {
    const { store } = setUp();
    finish(store);
    const { play } = store.getState();
    const agent = agentSession(play, REPLAY);
    expect(agent[0].item.index).toBe(3);
    expect(agent[0].trustBefore).toBe(play.steps[0].trustBefore);
    const oracle = oracleSession(play);
    expect(oracle.at(-1)?.sessionReturn).toBe(play.comparison?.find((entry) => entry.policy === 'dp-oracle')?.sessionReturn);
  });
});
