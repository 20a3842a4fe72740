// After a lost WebGL context: the run's last good state on another backend, with what the page should hear.

import { trainerFor } from '../engine/agent-for';
import type { LabConfig } from '../contracts/lab-config';
import type { Trainer } from '../engine/trainer';
import type { BackendReport, WorkerNotice } from '../contracts/protocol';
import type { SavedPoint } from './recovery-point';
import type { RunResources } from './run-resources';

export interface Restored {
  trainer: Trainer;
  report: BackendReport;
  notice: WorkerNotice;
}

/** Disposes the lost trainer, starts wasm (or cpu), and restores the saved state there with the knobs turned since. */
export async function restoreOnFallbackBackend(lost: Trainer, config: LabConfig, saved: SavedPoint, resources: RunResources): Promise<Restored> {
  const lostAt = lost.step;
  const { learningRate, discount } = lost.knobValues;
  try {
    lost.dispose();
  } catch {
    // its tensors lived on the lost context
  }
  const report = await resources.fallbackFromWebgl();
  const trainer = trainerFor(config);
  trainer.loadCheckpoint(saved.checkpoint);
  trainer.setKnobs({ learningRate, discount });
  const notice: WorkerNotice = { code: 'context-lost', lostAt, restoredStep: saved.step, backend: report.backend };
  return { trainer, report, notice };
}
