// After a lost WebGL context: the run's latest save in the run store, restored on another backend, with what
// the page should hear. The store is the run's one saved copy (the worker keeps no other): the run goes on from
// its last periodic save (at most a few seconds of training lost) with the replay memory as saved then.

import { trainerFor } from '../engine/agent-for';
import { restoreMetrics } from '../engine/metrics-log';
import type { LabConfig } from '../contracts/lab-config';
import type { Trainer } from '../engine/trainer';
import type { TrainerCheckpoint } from '../contracts/trainer-state';
import type { BackendReport, WorkerNotice } from '../contracts/protocol';
import type { RunKeeping } from './run-keeping';
import type { RunResources } from './run-resources';
import { withReplayOf } from './run-store';

export interface Restored {
  trainer: Trainer;
  report: BackendReport;
  notice: WorkerNotice;
}

/** What the recovery needs of the session: the lost run, where it was saved, and the backends. */
export interface LostRun {
  trainer: Trainer;
  config: LabConfig;
  runId: number;
  keeping: RunKeeping;
  resources: RunResources;
}

/**
 * Reads the run's latest save, disposes the lost trainer, starts wasm (or cpu), and restores the save there
 * with the knobs turned since and its metric history back in the log. With no save of this run to read (lost
 * before its first save), the run starts again from step 0 on the new backend.
 */
export async function restoreOnFallbackBackend(lost: LostRun): Promise<Restored> {
  const { config, runId, keeping } = lost;
  const lostAt = lost.trainer.step;
  const { learningRate, discount } = lost.trainer.knobValues;
  const latest = await keeping.latest(runId);
  try {
    lost.trainer.dispose();
  } catch {
    // its tensors lived on the lost context
  }
  const report = await lost.resources.fallbackFromWebgl();
  const trainer = trainerFor(config);
  const restored = latest.ok && loads(trainer, latest.run.checkpoint) ? latest.run : null;
  if (restored) for (const segment of restored.metrics) restoreMetrics(trainer.metrics, segment);
  keeping.continueFrom(runId, restored?.meta ?? null, trainer);
  trainer.setKnobs({ learningRate, discount });
  const notice: WorkerNotice = { code: 'context-lost', lostAt, restoredStep: restored?.meta.step ?? 0, backend: report.backend };
  return { trainer, report, notice };
}

/** Loads the stored checkpoint; false (the trainer unchanged, at step 0) when it does not fit. */
function loads(trainer: Trainer, checkpoint: TrainerCheckpoint): boolean {
  try {
    trainer.loadCheckpoint(withReplayOf(checkpoint, trainer));
    return true;
  } catch {
    return false;
  }
}
