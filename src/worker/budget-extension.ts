// Training on past the budget: a finished run's budget grows, so that it can go on from the step it reached.

import type { LabConfig } from '../contracts/lab-config';
import type { Trainer } from '../engine/trainer';
import { TRAINING_FIELDS } from '../contracts/training-config';
import type { NumberField } from '../sim/fields';

/** The largest budget a config may have (the schema's range), which an extension cannot pass. */
const MAX_BUDGET = (TRAINING_FIELDS.totalSteps as NumberField).max;

/**
 * Grows the trainer's budget by extraSteps past the step it reached (the run stays paused until Play), and
 * answers the run's config with the new budget, so that its link and model file carry it. Null when the run
 * diverged, the extension is no positive number, or the budget is at the schema's largest already.
 */
export function extendedBudget(trainer: Trainer, config: LabConfig, extraSteps: number): LabConfig | null {
  if (trainer.diverged || !(extraSteps > 0)) return null;
  const totalSteps = Math.min(Math.max(trainer.step, trainer.training.totalSteps) + Math.round(extraSteps), MAX_BUDGET);
  if (totalSteps <= trainer.step) return null;
  trainer.setBudget(totalSteps);
  return { ...config, training: { ...config.training, totalSteps } };
}
