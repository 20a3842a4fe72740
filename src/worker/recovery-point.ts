// The run's last good state, kept in the worker every few seconds, so that a lost WebGL context costs a
// few seconds of training rather than the run.

import type { TrainerCheckpoint } from '../contracts/trainer-state';
import type { Trainer } from '../engine/trainer';

export interface SavedPoint {
  step: number;
  checkpoint: TrainerCheckpoint;
}

export class RecoveryPoint {
  private readonly intervalMs: number;
  private saved: SavedPoint | null = null;
  private savedAt = Number.NEGATIVE_INFINITY;

  constructor(intervalMs: number) {
    this.intervalMs = intervalMs;
  }

  get latest(): SavedPoint | null {
    return this.saved;
  }

  /**
   * Saves now (a checkpoint copies the weights, the optimizer, the replay memory and the shoppers). The
   * replay memory is copied into the previous point's arrays: that point is replaced anyway, and a fresh
   * allocation of the whole memory every few seconds cost the worker more than the copy itself.
   */
  save(trainer: Trainer, now: number): SavedPoint | null {
    if (trainer.diverged || !trainer.agent.isFinite()) return null; // never keep a broken state as the good one
    this.saved = { step: trainer.step, checkpoint: trainer.saveCheckpoint(this.saved?.checkpoint) };
    this.savedAt = now;
    return this.saved;
  }

  /** Saves when the last save is older than the interval; the point saved, or null when none was due (or the run is broken). */
  saveIfDue(trainer: Trainer, now: number): SavedPoint | null {
    return now - this.savedAt >= this.intervalMs ? this.save(trainer, now) : null;
  }

  clear(): void {
    this.saved = null;
    this.savedAt = Number.NEGATIVE_INFINITY;
  }
}
