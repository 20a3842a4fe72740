// The compare slice with fake workers: both sides start, play and pause together, stay at equal
// steps, a diverged side leaves the other running, a side whose worker dies is restarted from the
// last save of its run (or fails alone when it cannot be), and closing the page ends both workers.

import { describe, expect, it } from 'vitest';
import type { LabConfig } from '../contracts/lab-config';
import { setupOf, withSideKnob } from '../preset/ab-setup';
import type { BackendReport, MetricsBatch, RunReady, RunResume } from '../contracts/protocol';
import { LOCKSTEP_LEAD_STEPS, configForWorker } from './ab-slice';
import { abSideStatus } from './ab-status';
import type { ClientEvents } from '../controller/training-client';
import { FakeRunStore, FakeTrainingClient } from '../testing/fake-training-client';
import { createLabStore } from './lab-store';
import { testBatch } from '../testing/metrics-batches';

const webgl = { available: false, renderer: null, softwareRendered: false };
const measuredWasm: BackendReport = { backend: 'wasm', requested: 'auto', trials: [{ backend: 'wasm', msPerUpdate: 2 }], webgl, reason: { kind: 'fastest', msPerUpdate: 2, measured: [{ backend: 'wasm', msPerUpdate: 2 }] } };

/** A worker that answers like the training worker without training, and notes in a shared log when it starts and inits. */
class FakeClient extends FakeTrainingClient {
  constructor(
    readonly events: ClientEvents,
    private readonly log: string[] = [],
    /** A worker that starts but whose engine cannot (a restarted worker that fails). */
    private readonly broken = false,
    /** The page's run store, shared by its workers (a restarted one reads what the dead one saved). */
    runStore?: FakeRunStore,
  ) {
    super({ runStore, backend: (config) => (config.training.backend === 'auto' ? measuredWasm : { ...measuredWasm, requested: config.training.backend, trials: [] }) });
    log.push('start worker');
  }
  override async init(config: LabConfig, onBatch: (batch: MetricsBatch) => void, resume?: RunResume): Promise<RunReady> {
    this.log.push('init');
    if (this.broken) throw new Error('no tfjs backend could start');
    return super.init(config, onBatch, resume);
  }
  /** Posts a batch of the current run at a step. */
  postAt(step: number, status: MetricsBatch['status'] = 'running') {
    this.post(testBatch({ runId: this.runId, step, status }));
  }
}

/** Lets the controller's promises (a restart's init and play) settle. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Opened on the lesson pair; `broken` lists the workers (by start order) whose engine cannot start. */
async function opened(autoplay = false, broken: readonly number[] = []) {
  const runStore = new FakeRunStore();
  const clients: FakeClient[] = [];
  const log: string[] = [];
  const store = createLabStore({
    createTrainingClient: (events) => {
      const client = new FakeClient(events, log, broken.includes(clients.length), runStore);
      clients.push(client);
      return client;
    },
  });
  const setup = setupOf('myopic', 'default');
  await store.getState().abActions.open(setup, autoplay);
  const [a, b] = clients;
  return { store, a, b, clients, setup, log };
}

describe('the compare slice', () => {
  it('starts both workers at once, runs A first, and B on the backend A measured', async () => {
    const { store, a, b, clients, setup, log } = await opened();
    expect(clients).toHaveLength(2);
    expect(log).toEqual(['start worker', 'start worker', 'init', 'init']);
    expect(a.configs).toEqual([setup.a.config]);
    expect(b.configs[0].training.backend).toBe('wasm');
    expect(b.configs[0].dqn).toEqual(setup.b.config.dqn);
    const { ab } = store.getState();
    expect(ab.phase).toBe('ready');
    expect([ab.sides.a.phase, ab.sides.b.phase]).toEqual(['ready', 'ready']);
    expect(ab.setup).toBe(setup);
    // Each worker carries its side's name (the developer tools and the fault stories tell them apart by it).
    expect([a.events.workerName, b.events.workerName]).toEqual(['training A', 'training B']);
  });

  it('plays and pauses both sides with one control, and autoplay plays at once', async () => {
    const { store, a, b } = await opened();
    store.getState().abActions.play();
    expect([a.commands.at(-1), b.commands.at(-1)]).toEqual(['play', 'play']);
    store.getState().abActions.pause();
    expect([a.commands.at(-1), b.commands.at(-1)]).toEqual(['pause', 'pause']);
    expect(store.getState().ab.playing).toBe(false);
    const auto = await opened(true);
    expect([auto.a.commands.at(-1), auto.b.commands.at(-1)]).toEqual(['play', 'play']);
  });

  it('holds the side that runs ahead until the other catches up', async () => {
    const { store, a, b } = await opened();
    store.getState().abActions.play();
    a.postAt(LOCKSTEP_LEAD_STEPS);
    b.postAt(0);
    expect(store.getState().ab.sides.a.waiting).toBe(false);
    a.postAt(LOCKSTEP_LEAD_STEPS + 500);
    expect(store.getState().ab.sides.a.waiting).toBe(true);
    expect(a.commands.at(-1)).toBe('pause');
    a.postAt(LOCKSTEP_LEAD_STEPS + 600, 'paused');
    b.postAt(LOCKSTEP_LEAD_STEPS);
    expect(store.getState().ab.sides.a.waiting).toBe(true);
    b.postAt(LOCKSTEP_LEAD_STEPS + 600);
    expect(store.getState().ab.sides.a.waiting).toBe(false);
    expect(a.commands.at(-1)).toBe('play');
    expect(b.commands).not.toContain('pause');
  });

  it('a side that spends its budget before its hold arrives is finished, not waiting, and both end finished', async () => {
    const { store, a, b } = await opened();
    store.getState().abActions.play();
    const budget = 2_000_000;
    a.postAt(budget - 100);
    b.postAt(budget - 100 - LOCKSTEP_LEAD_STEPS - 1);
    expect(store.getState().ab.sides.a.waiting).toBe(true);
    // The worker finished its last batch before the pause reached it.
    a.postAt(budget, 'finished');
    expect(store.getState().ab.sides.a.waiting).toBe(false);
    expect(abSideStatus(store.getState().ab.sides.a, store.getState().ab.sides.b)).toEqual({ code: 'finished-first' });
    b.postAt(budget, 'finished');
    const { ab } = store.getState();
    expect(ab.playing).toBe(false);
    expect([ab.sides.a.waiting, ab.sides.b.waiting]).toEqual([false, false]);
    expect(abSideStatus(ab.sides.a, ab.sides.b)).toEqual({ code: 'finished' });
    expect(abSideStatus(ab.sides.b, ab.sides.a)).toEqual({ code: 'finished' });
  });

  it('keeps the reference policies\' scores each side\'s worker reported at its run\'s start', async () => {
    const references = [{ policy: 'heuristic', label: 'heuristic', meanReturn: 3.8, percentOfOracle: 84.6 }];
    const clients: FakeClient[] = [];
    const store = createLabStore({
      createTrainingClient: (events) => {
        const client = new FakeClient(events);
        client.init = async (config, onBatch) => ({ ...(await FakeClient.prototype.init.call(client, config, onBatch)), references });
        clients.push(client);
        return client;
      },
    });
    await store.getState().abActions.open(setupOf('myopic', 'default'), false);
    expect(store.getState().ab.sides.a.references).toEqual(references);
    expect(store.getState().ab.sides.b.references).toEqual(references);
  });

  it('a diverged side shows its status and lets the other run on, even one that was waiting', async () => {
    const { store, a, b } = await opened();
    store.getState().abActions.play();
    a.postAt(LOCKSTEP_LEAD_STEPS * 2);
    b.postAt(100);
    a.postAt(LOCKSTEP_LEAD_STEPS * 2 + 1);
    expect(store.getState().ab.sides.a.waiting).toBe(true);
    b.postAt(200, 'diverged');
    const { ab } = store.getState();
    expect(ab.sides.b.run.status).toBe('diverged');
    expect(ab.sides.a.waiting).toBe(false);
    expect(a.commands.at(-1)).toBe('play');
    expect(ab.playing).toBe(true);
    a.postAt(LOCKSTEP_LEAD_STEPS * 3, 'finished');
    expect(store.getState().ab.playing).toBe(false);
  });

  it('restarts a side whose worker died from the last save of its run, under the same run id, with the lab\'s notice', async () => {
    const { store, a, b, clients } = await opened();
    store.getState().abActions.play();
    b.saveAt(320);
    b.postAt(400);
    await settled();
    const runId = b.runId;
    b.events.onLost({ code: 'unanswered' });
    expect(store.getState().ab.sides.b.phase).toBe('loading');
    await settled();
    expect(b.disposed).toBe(true);
    expect(clients).toHaveLength(3);
    const restarted = clients[2];
    expect(restarted.resumes).toEqual([{ runId }]);
    // Each side keeps its run in a slot of its own, saved from the start.
    expect(restarted.slot).toMatchObject({ key: 'compare-b', savesFrom: 'start' });
    expect(a.slot).toMatchObject({ key: 'compare-a', savesFrom: 'start' });
    expect(restarted.configs).toEqual([b.configs[0]]);
    const { ab } = store.getState();
    expect(ab.sides.b).toMatchObject({ phase: 'ready', failure: null });
    expect(ab.sides.b.run.runId).toBe(runId);
    expect(ab.sides.b.run.notice).toEqual({ code: 'worker-restarted', loss: { code: 'unanswered' }, lostAt: 400, checkpointStep: 320 });
    // It trains on at the page's pace, as it did before; the other side never stopped.
    expect(restarted.commands).toEqual(['speed lecture', 'play']);
    expect(ab.playing).toBe(true);
    expect(a.commands).not.toContain('pause');
    restarted.postAt(352);
    expect(store.getState().ab.sides.b.run.step).toBe(352);
    // Controls reach the new worker.
    store.getState().abActions.pause();
    expect(restarted.commands.at(-1)).toBe('pause');
    store.getState().abActions.dismissNotice('b');
    expect(store.getState().ab.sides.b.run.notice).toBeNull();
  });

  it('restarts a side from step 0 under a new run id when its worker died before its first save, paused if it was', async () => {
    const { store, a, b, clients } = await opened();
    a.saveAt(320);
    const runId = b.runId;
    b.events.onLost({ code: 'silent', seconds: 10 });
    await settled();
    const restarted = clients[2];
    // The new worker finds no save of the run in B's slot (A's slot is another one), so the run starts again.
    expect(restarted.resumes).toEqual([{ runId }]);
    const { sides } = store.getState().ab;
    expect(sides.b.phase).toBe('ready');
    expect(sides.b.run.runId).toBe(runId + 1);
    expect(sides.b.run.notice).toEqual({ code: 'worker-restarted-from-start', loss: { code: 'silent', seconds: 10 }, unreadable: null });
    expect(restarted.commands).toEqual(['speed lecture']);
  });

  it('a side whose worker died and could not be restarted fails alone; reset starts a new worker for it', async () => {
    const { store, a, b, clients } = await opened(false, [2]);
    store.getState().abActions.play();
    b.events.onLost({ code: 'unanswered' });
    await settled();
    let { ab } = store.getState();
    expect(ab.sides.b).toMatchObject({ phase: 'error', failure: { code: 'lost', loss: { code: 'unanswered' } } });
    expect(b.disposed).toBe(true);
    expect(clients[2].disposed).toBe(true);
    expect(ab.playing).toBe(true);
    a.postAt(5000);
    expect(store.getState().ab.sides.a.run.step).toBe(5000);
    await store.getState().abActions.reset();
    expect(clients).toHaveLength(4);
    ab = store.getState().ab;
    expect([ab.sides.a.phase, ab.sides.b.phase]).toEqual(['ready', 'ready']);
    expect(ab.sides.a.run.step).toBe(0);
    expect(a.configs).toHaveLength(2); // the first run and the one Reset started
  });

  it('keeps how a worker was lost (its silence, or its script error\'s words), as the lab does, when it cannot be restarted', async () => {
    const { store, a, b } = await opened(false, [2, 3]);
    a.events.onLost({ code: 'silent', seconds: 10 });
    b.events.onLost({ code: 'script-error', detail: 'out of memory' });
    await settled();
    const { sides } = store.getState().ab;
    expect(sides.a.failure).toEqual({ code: 'lost', loss: { code: 'silent', seconds: 10 } });
    expect(sides.b.failure).toEqual({ code: 'lost', loss: { code: 'script-error', detail: 'out of memory' } });
    expect(store.getState().ab.playing).toBe(false);
  });

  it('a worker that cannot start its run fails its side with the engine\'s words', async () => {
    const { store, b } = await opened();
    b.reset = async () => {
      throw new Error('no tfjs backend could start');
    };
    await store.getState().abActions.reset();
    expect(store.getState().ab.sides.b).toMatchObject({ phase: 'error', failure: { code: 'failed', detail: 'no tfjs backend could start' } });
    expect(store.getState().ab.sides.a.phase).toBe('ready');
  });

  it('applies a new setup to both sides from step 0, paused', async () => {
    const { store, a, b, setup } = await opened();
    store.getState().abActions.play();
    a.postAt(300);
    b.postAt(300);
    const changed = withSideKnob(setup, 'b', 'gamma', 0.5);
    await store.getState().abActions.apply(changed);
    const { ab } = store.getState();
    expect(ab.setup).toBe(changed);
    expect(ab.playing).toBe(false);
    expect(b.configs.at(-1)?.dqn.discount).toBe(0.5);
    expect([ab.sides.a.run.step, ab.sides.b.run.step]).toEqual([0, 0]);
  });

  it('closing the page ends both workers and ignores what they still send', async () => {
    const { store, a, b, setup } = await opened();
    store.getState().abActions.close();
    expect([a.disposed, b.disposed]).toEqual([true, true]);
    a.postAt(900);
    const { ab } = store.getState();
    expect(ab.phase).toBe('idle');
    expect(ab.sides.a.run.step).toBe(0);
    expect(ab.setup).toBe(setup);
  });

  it('runs both sides at the lecture pace, switches both to fast-forward, and keeps the choice for the next runs', async () => {
    const { store, a, b } = await opened();
    expect(store.getState().ab.speed).toBe('lecture');
    expect([a.commands, b.commands]).toEqual([['speed lecture'], ['speed lecture']]);
    store.getState().abActions.setSpeed('max');
    expect([a.commands.at(-1), b.commands.at(-1)]).toEqual(['speed max', 'speed max']);
    // A reset starts new runs in the same workers, at the pace chosen.
    await store.getState().abActions.reset();
    expect([a.commands.at(-1), b.commands.at(-1)]).toEqual(['speed max', 'speed max']);
    store.getState().abActions.close();
    expect(store.getState().ab.speed).toBe('max');
  });

  it('pauses a running training-page run when the comparison plays', async () => {
    const { store } = await opened();
    let paused = 0;
    store.setState((state) => ({
      lab: { ...state.lab, run: { ...state.lab.run, status: 'running' } },
      labActions: { ...state.labActions, pause: () => (paused += 1) },
    }));
    store.getState().abActions.play();
    expect(paused).toBe(1);
    expect(store.getState().ab.pausedTrainingPage).toBe(true);
  });
});

describe('configForWorker', () => {
  it('gives B\'s DQN the backend A measured, and leaves a chosen backend or a tabular agent alone', () => {
    const { b } = setupOf('default', 'default');
    expect(configForWorker(b.config, measuredWasm).training.backend).toBe('wasm');
    expect(configForWorker(b.config, null)).toBe(b.config);
    const tabular = { ...b.config, agent: 'tabular' as const };
    expect(configForWorker(tabular, measuredWasm)).toBe(tabular);
    const cpu = { ...b.config, training: { ...b.config.training, backend: 'cpu' as const } };
    expect(configForWorker(cpu, measuredWasm)).toBe(cpu);
  });
});
