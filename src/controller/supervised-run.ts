// One training run under watch: the controller starts its worker, keeps the worker's last recovery point while
// the run trains, and when the worker dies (silent, a refused heartbeat, a script error) starts another and
// resumes the run from that point, or from the start when none was kept yet. The lab and each side of the
// compare page own one; the store keeps what the page shows and hears back through the hooks.

import type { LabConfig } from '../contracts/lab-config';
import type { MetricsBatch, RunReady, RunResume, Speed } from '../contracts/protocol';
import type { TrainerCheckpoint } from '../contracts/trainer-state';
import type { WorkerLoss } from '../contracts/worker-loss';
import type { ClientEvents, TrainingClient } from './training-client';

/** Milliseconds between pulls of the worker's last good state while training runs. */
export const RECOVERY_PULL_MS = 10_000;

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

interface RecoveryPoint {
  runId: number;
  step: number;
  checkpoint: TrainerCheckpoint;
}

export function superviseRun(hooks: SupervisorHooks): SupervisedRun {
  let client: TrainingClient | null = null;
  let closed = false;
  let saved: RecoveryPoint | null = null;
  let lastPull = 0;

  const pullRecoveryPoint = (active: TrainingClient, runId: number) => {
    lastPull = Date.now();
    active.recoveryCheckpoint().then((point) => {
      if (point && active === client && runId === hooks.currentRun()?.runId) saved = { runId, ...point };
    }, () => {});
  };
  const batchesOf = (active: TrainingClient) => (batch: MetricsBatch) => {
    if (active !== client) return;
    hooks.onBatch(batch);
    if (batch.status === 'running' && Date.now() - lastPull > RECOVERY_PULL_MS) pullRecoveryPoint(active, batch.runId);
  };
  const spawn = (): TrainingClient => {
    client?.dispose();
    const started: TrainingClient = hooks.createClient({ onLost: (loss) => void recover(started, loss) });
    client = started;
    return started;
  };
  const recover = async (dead: TrainingClient, loss: WorkerLoss) => {
    if (closed || dead !== client) return;
    const run = hooks.currentRun();
    if (!run) {
      hooks.onRestartFailed(loss, null);
      return;
    }
    const point = saved?.runId === run.runId ? saved : null;
    hooks.onRestarting(loss);
    try {
      const fresh = spawn();
      const resume: RunResume = point ? { runId: run.runId, checkpoint: point.checkpoint } : { runId: run.runId + 1 };
      const ready = await fresh.init(run.config, batchesOf(fresh), resume);
      if (fresh !== client) return;
      hooks.onRestarted({ ready, loss, lostAt: run.step, checkpointStep: point ? point.step : null });
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
      saved = null;
      return spawn();
    },
    init(config, resume) {
      if (!client) return Promise.reject(new Error('the training worker is not started'));
      return client.init(config, batchesOf(client), resume);
    },
    close() {
      closed = true;
      saved = null;
      client?.dispose();
      client = null;
    },
  };
}
