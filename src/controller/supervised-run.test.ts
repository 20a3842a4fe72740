// The run controller with stand-in workers: it tells each worker where to keep the run, restarts a dead worker
// from the run's last save in that slot (or from the start, saying why when a save was unreadable), and nothing
// a replaced or closed worker says reaches the page. The page never asks a worker for the run's state.

import { describe, expect, it } from 'vitest';
import { DEFAULT_LAB_CONFIG } from '../contracts/lab-config';
import type { MetricsBatch, ResumedFrom, RunReady, RunResume, RunSlot, StoredRunProblem } from '../contracts/protocol';
import type { WorkerLoss } from '../contracts/worker-loss';
import { superviseRun, type RunToResume, type SupervisorHooks, type WorkerRestart } from './supervised-run';
import type { ClientEvents, TrainingClient } from './training-client';

/** The run store the stand-in workers share: per slot, whose run was saved last, at which step (or a problem reading it). */
type SharedStore = Map<string, { owner: string; runId: number; step: number } | { owner: string; runId: number; problem: StoredRunProblem }>;

interface StandIn {
  client: TrainingClient;
  events: ClientEvents;
  /** Every call the page made, in order. */
  calls: string[];
  slot: RunSlot | null;
  resumes: Array<RunResume | undefined>;
  post(batch: Partial<MetricsBatch>): void;
  /** The worker saves the run on show at this step (as it does every few seconds). */
  saveAt(step: number, runId?: number): void;
  disposed: boolean;
}

function standIn(events: ClientEvents, store: SharedStore, failInit = false): StandIn {
  let listener: (batch: MetricsBatch) => void = () => {};
  const ready = (runId: number, resumed?: ResumedFrom): RunReady => ({ runId, config: DEFAULT_LAB_CONFIG, backend: {} as RunReady['backend'], references: [], knobs: { learningRate: 0.001, discount: 0.99, explorationRate: 1 }, resumed });
  const command = (name: string) => async () => void worker.calls.push(name);
  const resumedFrom = (resume: RunResume): ResumedFrom => {
    const saved = worker.slot ? store.get(worker.slot.key) : undefined;
    if (!saved) return { ok: false, problem: { code: 'nothing-saved' } };
    if (saved.owner !== worker.slot?.owner || saved.runId !== resume.runId) return { ok: false, problem: { code: 'another-run' } };
    return 'problem' in saved ? { ok: false, problem: saved.problem } : { ok: true, step: saved.step };
  };
  const worker: StandIn = {
    events,
    calls: [],
    slot: null,
    resumes: [],
    disposed: false,
    post: (batch) => listener({ runId: 1, status: 'running', step: 0, ...batch } as MetricsBatch),
    saveAt(step, runId = 1) {
      if (worker.slot) store.set(worker.slot.key, { owner: worker.slot.owner, runId, step });
    },
    client: {
      catalogue: async () => {
        throw new Error('not asked');
      },
      async keepRunIn(slot) {
        worker.calls.push(`keep in ${slot.key}`);
        worker.slot = slot;
      },
      async init(_config, onBatch, resume) {
        worker.calls.push('init');
        if (failInit) throw new Error('no tfjs backend could start');
        listener = onBatch;
        worker.resumes.push(resume);
        if (!resume) return ready(1);
        const resumed = resumedFrom(resume);
        return ready(resumed.ok ? resume.runId : resume.runId + 1, resumed);
      },
      reset: async () => ready(2),
      play: command('play'),
      pause: command('pause'),
      stepOnce: command('step'),
      stepShopper: command('step shopper'),
      stepSession: command('step session'),
      stepUpdate: async () => null,
      setSpeed: async (speed) => void worker.calls.push(`speed ${speed}`),
      setKnobs: command('knobs'),
      extendBudget: async () => null,
      dispose: () => void (worker.disposed = true),
    },
  };
  return worker;
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

function supervised(run: RunToResume | null, failingStarts: readonly number[] = [], store: SharedStore = new Map(), key = 'lab') {
  const workers: StandIn[] = [];
  const heard = { batches: [] as number[], restarting: [] as WorkerLoss[], restarted: [] as WorkerRestart[], failed: [] as Array<{ loss: WorkerLoss; error: unknown }> };
  const hooks: SupervisorHooks = {
    createClient(events) {
      const worker = standIn(events, store, failingStarts.includes(workers.length));
      workers.push(worker);
      return worker.client;
    },
    currentRun: () => run,
    onBatch: (batch) => heard.batches.push(batch.step),
    onRestarting: (loss) => heard.restarting.push(loss),
    onRestarted: (restart) => heard.restarted.push(restart),
    onRestartFailed: (loss, error) => heard.failed.push({ loss, error }),
  };
  return { controller: superviseRun(hooks, { key, savesFrom: 'first-request' }), workers, heard, store };
}

const training: RunToResume = { config: DEFAULT_LAB_CONFIG, runId: 1, step: 900, running: true, speed: 'lecture' };
const heardRestart = ({ loss, lostAt, checkpointStep, unreadable }: WorkerRestart) => ({ loss, lostAt, checkpointStep, unreadable });

describe('the run controller', () => {
  it('tells each worker where to keep the run before init (one slot and one owner across restarts) and asks no worker for its state', async () => {
    const { controller, workers, heard } = supervised(training);
    controller.start();
    await controller.init(DEFAULT_LAB_CONFIG);
    const [first] = workers;
    for (let step = 100; step <= 2000; step += 100) first.post({ step });
    await settled();
    expect(first.calls).toEqual(['keep in lab', 'init']);
    expect(heard.batches).toHaveLength(20);
    first.events.onLost({ code: 'unanswered' });
    await settled();
    const second = workers[1];
    expect(second.calls.slice(0, 2)).toEqual(['keep in lab', 'init']);
    expect(second.slot).toEqual(first.slot);
    expect(first.slot).toMatchObject({ key: 'lab', savesFrom: 'first-request' });
    expect(first.slot?.owner).toMatch(/^[0-9a-f]{24}$/);
  });

  it('restarts a dead worker from the run\'s last save at the page\'s speed, and plays when the run was training', async () => {
    const { controller, workers, heard } = supervised(training);
    controller.start();
    await controller.init(DEFAULT_LAB_CONFIG);
    workers[0].saveAt(640);
    workers[0].post({ step: 700 });
    workers[0].events.onLost({ code: 'unanswered' });
    await settled();
    expect(workers[0].disposed).toBe(true);
    expect(workers[1].resumes).toEqual([{ runId: 1 }]);
    expect(workers[1].calls).toEqual(['keep in lab', 'init', 'speed lecture', 'play']);
    expect(heard.restarting).toEqual([{ code: 'unanswered' }]);
    expect(heard.restarted.map(heardRestart)).toEqual([{ loss: { code: 'unanswered' }, lostAt: 900, checkpointStep: 640, unreadable: null }]);
    expect(heard.restarted[0].ready.runId).toBe(1);
    expect(controller.client).toBe(workers[1].client);
    // The dead worker's late batches and losses reach nobody.
    workers[0].post({ step: 800 });
    workers[0].events.onLost({ code: 'silent', seconds: 10 });
    await settled();
    expect(heard.batches).toEqual([700]);
    expect(workers).toHaveLength(2);
  });

  it('starts the run again under a new id when no save of it was kept, and stays paused if it was', async () => {
    const { controller, workers, heard } = supervised({ ...training, running: false });
    controller.start();
    await controller.init(DEFAULT_LAB_CONFIG);
    workers[0].events.onLost({ code: 'script-error', detail: null });
    await settled();
    expect(workers[1].resumes).toEqual([{ runId: 1 }]);
    expect(workers[1].calls).toEqual(['keep in lab', 'init', 'speed lecture']);
    expect(heard.restarted.map(heardRestart)).toEqual([{ loss: { code: 'script-error', detail: null }, lostAt: 900, checkpointStep: null, unreadable: null }]);
    expect(heard.restarted[0].ready.runId).toBe(2);
  });

  it('does not resume another page\'s save in the same slot, and says why when the run\'s own save was unreadable', async () => {
    const store: SharedStore = new Map([['lab', { owner: 'an earlier page', runId: 1, step: 5000 }]]);
    const other = supervised(training, [], store);
    other.controller.start();
    await other.controller.init(DEFAULT_LAB_CONFIG);
    other.workers[0].events.onLost({ code: 'unanswered' });
    await settled();
    expect(other.heard.restarted.map(heardRestart)).toEqual([{ loss: { code: 'unanswered' }, lostAt: 900, checkpointStep: null, unreadable: null }]);

    const damaged = supervised(training);
    damaged.controller.start();
    await damaged.controller.init(DEFAULT_LAB_CONFIG);
    const owner = damaged.workers[0].slot?.owner ?? '';
    const problem: StoredRunProblem = { code: 'replay-chunk', index: 3, problem: 'missing' };
    damaged.store.set('lab', { owner, runId: 1, problem });
    damaged.workers[0].events.onLost({ code: 'unanswered' });
    await settled();
    expect(damaged.heard.restarted.map(heardRestart)).toEqual([{ loss: { code: 'unanswered' }, lostAt: 900, checkpointStep: null, unreadable: problem }]);
    expect(damaged.workers[1].calls.at(-1)).toBe('play');
  });

  it('gives each supervised run its own owner, so two sides in one slot name never resume each other', () => {
    const a = supervised(training, [], new Map(), 'compare-a');
    const b = supervised(training, [], new Map(), 'compare-b');
    a.controller.start();
    b.controller.start();
    expect(a.workers[0].slot?.key).toBe('compare-a');
    expect(b.workers[0].slot?.key).toBe('compare-b');
    expect(a.workers[0].slot?.owner).not.toBe(b.workers[0].slot?.owner);
  });

  it('reports a worker lost with no run to resume, or a new worker that cannot start', async () => {
    const none = supervised(null);
    none.controller.start();
    none.workers[0].events.onLost({ code: 'unanswered' });
    await settled();
    expect(none.heard.failed).toEqual([{ loss: { code: 'unanswered' }, error: null }]);
    expect(none.workers).toHaveLength(1);
    const broken = supervised(training, [1]);
    broken.controller.start();
    broken.workers[0].events.onLost({ code: 'unanswered' });
    await settled();
    expect(broken.heard.failed).toHaveLength(1);
    expect(String(broken.heard.failed[0].error)).toContain('no tfjs backend could start');
  });

  it('after close, ends the worker and neither restarts it nor passes on what it sends', async () => {
    const { controller, workers, heard } = supervised(training);
    controller.start();
    await controller.init(DEFAULT_LAB_CONFIG);
    controller.close();
    expect(workers[0].disposed).toBe(true);
    expect(controller.client).toBeNull();
    workers[0].post({ step: 100 });
    workers[0].events.onLost({ code: 'unanswered' });
    await settled();
    expect(heard.batches).toEqual([]);
    expect(heard.restarting).toEqual([]);
    expect(workers).toHaveLength(1);
  });
});
