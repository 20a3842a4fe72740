// The run controller with stand-in workers: it keeps the last recovery point while the run trains, restarts a
// dead worker from it (or from the start), and nothing a replaced or closed worker says reaches the page.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_LAB_CONFIG } from '../contracts/lab-config';
import type { MetricsBatch, RunReady, RunResume } from '../contracts/protocol';
import type { TrainerCheckpoint } from '../contracts/trainer-state';
import type { WorkerLoss } from '../contracts/worker-loss';
import { RECOVERY_PULL_MS, superviseRun, type RunToResume, type SupervisorHooks, type WorkerRestart } from './supervised-run';
import type { ClientEvents, TrainingClient } from './training-client';

interface StandIn {
  client: TrainingClient;
  events: ClientEvents;
  commands: string[];
  resumes: Array<RunResume | undefined>;
  post(batch: Partial<MetricsBatch>): void;
  point: { step: number; checkpoint: TrainerCheckpoint } | null;
  pulls: number;
  disposed: boolean;
}

function standIn(events: ClientEvents, failInit = false): StandIn {
  let listener: (batch: MetricsBatch) => void = () => {};
  const ready = (runId: number): RunReady => ({ runId, config: DEFAULT_LAB_CONFIG, backend: {} as RunReady['backend'], references: [], knobs: { learningRate: 0.001, discount: 0.99, explorationRate: 1 } });
  const command = (name: string) => async () => void worker.commands.push(name);
  const worker: StandIn = {
    events,
    commands: [],
    resumes: [],
    point: null,
    pulls: 0,
    disposed: false,
    post: (batch) => listener({ runId: 1, status: 'running', step: 0, ...batch } as MetricsBatch),
    client: {
      catalogue: async () => {
        throw new Error('not asked');
      },
      async init(_config, onBatch, resume) {
        if (failInit) throw new Error('no tfjs backend could start');
        listener = onBatch;
        worker.resumes.push(resume);
        return ready(resume?.runId ?? 1);
      },
      async recoveryCheckpoint() {
        worker.pulls += 1;
        return worker.point;
      },
      reset: async () => ready(2),
      play: command('play'),
      pause: command('pause'),
      stepOnce: command('step'),
      stepShopper: command('step shopper'),
      stepSession: command('step session'),
      stepUpdate: async () => null,
      setSpeed: async (speed) => void worker.commands.push(`speed ${speed}`),
      setKnobs: command('knobs'),
      extendBudget: async () => null,
      dispose: () => void (worker.disposed = true),
    },
  };
  return worker;
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

function supervised(run: RunToResume | null, failingStarts: readonly number[] = []) {
  const workers: StandIn[] = [];
  const heard = { batches: [] as number[], restarting: [] as WorkerLoss[], restarted: [] as WorkerRestart[], failed: [] as Array<{ loss: WorkerLoss; error: unknown }> };
  const hooks: SupervisorHooks = {
    createClient(events) {
      const worker = standIn(events, failingStarts.includes(workers.length));
      workers.push(worker);
      return worker.client;
    },
    currentRun: () => run,
    onBatch: (batch) => heard.batches.push(batch.step),
    onRestarting: (loss) => heard.restarting.push(loss),
    onRestarted: (restart) => heard.restarted.push(restart),
    onRestartFailed: (loss, error) => heard.failed.push({ loss, error }),
  };
  return { controller: superviseRun(hooks), workers, heard };
}

const training: RunToResume = { config: DEFAULT_LAB_CONFIG, runId: 1, step: 900, running: true, speed: 'lecture' };

describe('the run controller', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['Date'] }));
  afterEach(() => vi.useRealTimers());

  it('pulls the recovery point on the first running batch and then once per period, never while paused', async () => {
    const { controller, workers, heard } = supervised(training);
    controller.start();
    await controller.init(DEFAULT_LAB_CONFIG);
    const [worker] = workers;
    worker.post({ step: 100, status: 'paused' });
    expect(worker.pulls).toBe(0);
    worker.post({ step: 200 });
    worker.post({ step: 300 });
    expect(worker.pulls).toBe(1);
    vi.setSystemTime(Date.now() + RECOVERY_PULL_MS + 1);
    worker.post({ step: 400 });
    expect(worker.pulls).toBe(2);
    expect(heard.batches).toEqual([100, 200, 300, 400]);
  });

  it('restarts a dead worker from the last recovery point at the page\'s speed, and plays when the run was training', async () => {
    const { controller, workers, heard } = supervised(training);
    controller.start();
    await controller.init(DEFAULT_LAB_CONFIG);
    workers[0].point = { step: 640, checkpoint: { step: 640 } as TrainerCheckpoint };
    workers[0].post({ step: 700 });
    await settled();
    workers[0].events.onLost({ code: 'unanswered' });
    await settled();
    expect(workers[0].disposed).toBe(true);
    expect(workers[1].resumes).toEqual([{ runId: 1, checkpoint: { step: 640 } }]);
    expect(workers[1].commands).toEqual(['speed lecture', 'play']);
    expect(heard.restarting).toEqual([{ code: 'unanswered' }]);
    expect(heard.restarted.map(({ loss, lostAt, checkpointStep }) => ({ loss, lostAt, checkpointStep }))).toEqual([{ loss: { code: 'unanswered' }, lostAt: 900, checkpointStep: 640 }]);
    expect(controller.client).toBe(workers[1].client);
    // The dead worker's late batches and losses reach nobody.
    workers[0].post({ step: 800 });
    workers[0].events.onLost({ code: 'silent', seconds: 10 });
    await settled();
    expect(heard.batches).toEqual([700]);
    expect(workers).toHaveLength(2);
  });

  it('starts the run again under a new id when no recovery point was kept, and stays paused if it was', async () => {
    const { controller, workers, heard } = supervised({ ...training, running: false });
    controller.start();
    await controller.init(DEFAULT_LAB_CONFIG);
    workers[0].events.onLost({ code: 'script-error', detail: null });
    await settled();
    expect(workers[1].resumes).toEqual([{ runId: 2 }]);
    expect(workers[1].commands).toEqual(['speed lecture']);
    expect(heard.restarted[0].checkpointStep).toBeNull();
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
