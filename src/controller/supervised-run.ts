// One training run under watch: the controller starts its worker, tells it where to keep its run (a slot of
// the run store the worker writes itself, every few seconds), and when the worker dies (silent, a refused
// heartbeat, a script error) starts another and tells it to resume the run from that slot; the new worker
// answers from which step it went on, or that it started again. The page holds no copy of the run's state.
// The lab and each side of the compare page own one; the store keeps what the page shows and hears back
// through the hooks.

import type { LabConfig } from '../contracts/lab-config';
import type { MetricsBatch, RunReady, RunResume, RunSlot, Speed, StoredRunProblem } from '../contracts/protocol';
import type { WorkerLoss } from '../contracts/worker-loss';
import type { ClientEvents, TrainingClient } from './training-client';

/** The run as the page holds it: what a new worker resumes, at which speed, and whether it trains on. */
export interface RunToResume {
  config: LabConfig;
  runId: number;
  step: number;
  running: boolean;
  speed: Speed;
}

/** A dead worker replaced: the run it holds now, and from where (checkpointStep null: from the start). */
export interface WorkerRestart {
  ready: RunReady;
  loss: WorkerLoss;
  lostAt: number;
  checkpointStep: number | null;
  /** Why the run's last save could not be loaded when one was kept but unreadable, else null. */
  unreadable: StoredRunProblem | null;
}

/** Where the supervised run is kept: its slot in the run store, and when the worker starts saving it (see RunSlot). */
export type RunKeeping = Pick<RunSlot, 'key' | 'savesFrom'>;

/** A fresh id for this page's runs: a restart resumes a save only of its own page's run. */
function pageOwner(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export interface SupervisorHooks {
  createClient(events: ClientEvents): TrainingClient;
  /** The run the page shows now, or null when there is none to resume (before the first run). */
  currentRun(): RunToResume | null;
  onBatch(batch: MetricsBatch): void;
  /** The worker died and a new one is starting. */
  onRestarting(loss: WorkerLoss): void;
  /** The new worker holds the run, at the page's speed (and plays next when the run was training). */
  onRestarted(restart: WorkerRestart): void;
  /** The worker died with no run to resume (error null), or the new one failed to start (its error). */
  onRestartFailed(loss: WorkerLoss, error: unknown): void;
}

export interface SupervisedRun {
  /** The live worker's client, null before start and after close. */
  readonly client: TrainingClient | null;
  /** Starts a worker under watch, ending the one before. */
  start(): TrainingClient;
  /** The run's first start in the live worker: batches come through the controller. */
  init(config: LabConfig, resume?: RunResume): Promise<RunReady>;
  /** Ends the worker; nothing it still sends or loses reaches the hooks. */
  close(): void;
}

/** Problems that mean no save of the run was kept (the worker died before its first), not that one was unreadable. */
const NOTHING_KEPT: ReadonlyArray<StoredRunProblem['code']> = ['nothing-saved', 'another-run'];

export function superviseRun(hooks: SupervisorHooks, keeping: RunKeeping): SupervisedRun {
  let client: TrainingClient | null = null;
  let closed = false;
  const slot: RunSlot = { ...keeping, owner: pageOwner() };

  const batchesOf = (active: TrainingClient) => (batch: MetricsBatch) => {
    if (active === client) hooks.onBatch(batch);
  };
  const spawn = (): TrainingClient => {
    client?.dispose();
    const started: TrainingClient = hooks.createClient({ onLost: (loss) => void recover(started, loss) });
    client = started;
    // Sent before init (messages keep their order): the worker keeps its runs in this page's slot.
    started.keepRunIn(slot).catch(() => {});
    return started;
  };
  const recover = async (dead: TrainingClient, loss: WorkerLoss) => {
    if (closed || dead !== client) return;
    const run = hooks.currentRun();
    if (!run) {
      hooks.onRestartFailed(loss, null);
      return;
    }
    hooks.onRestarting(loss);
    try {
      const fresh = spawn();
      const resume: RunResume = { runId: run.runId };
      const ready = await fresh.init(run.config, batchesOf(fresh), resume);
      if (fresh !== client) return;
      const resumed = ready.resumed ?? null;
      const checkpointStep = resumed?.ok ? resumed.step : null;
      const unreadable = resumed && !resumed.ok && !NOTHING_KEPT.includes(resumed.problem.code) ? resumed.problem : null;
      hooks.onRestarted({ ready, loss, lostAt: run.step, checkpointStep, unreadable });
      await fresh.setSpeed(hooks.currentRun()?.speed ?? run.speed);
      if (run.running) await fresh.play();
    } catch (error) {
      if (!closed) hooks.onRestartFailed(loss, error);
    }
  };

  return {
    get client() {
      return client;
    },
    start() {
      closed = false;
      return spawn();
    },
    init(config, resume) {
      if (!client) return Promise.reject(new Error('the training worker is not started'));
      return client.init(config, batchesOf(client), resume);
    },
    close() {
      closed = true;
      client?.dispose();
      client = null;
    },
  };
}
