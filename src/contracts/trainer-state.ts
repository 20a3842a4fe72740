// A training run's state as the page and the worker both speak of it: status, divergence, live knobs and the checkpoint.

import type { EnvSnapshot } from '../sim/env';
import type { AgentCheckpoint } from './agent-checkpoint';
import type { ExplorationSchedule } from './schedules';

/**
 * Why no update can be made now: the run diverged, the agent learns on every environment step (no separate
 * update), it does not learn at all, or its replay memory cannot fill a minibatch yet.
 */
export type UpdateRefusal = 'diverged' | 'learns-every-step' | 'does-not-learn' | 'replay-filling';

export type TrainerStatus = 'ready' | 'running' | 'paused' | 'finished' | 'diverged';

export interface Divergence {
  step: number;
  update: number;
  /** One English sentence, for the command line. */
  reason: string;
  /** The same as values, for the page to word: the non-finite numbers, or the error the update threw. */
  cause: DivergenceCause;
}

export type DivergenceCause = { kind: 'non-finite'; loss: number; maxQ: number } | { kind: 'error'; message: string };

/** The live knobs, as the trainer currently applies them. */
export interface KnobValues {
  learningRate: number;
  discount: number;
  /** epsilon now (from the schedule unless overridden). */
  explorationRate: number;
}

/** A mid-run change: any live knob, or epsilon back on a decay schedule (which ends a hand-set epsilon). */
export interface KnobRequest extends Partial<KnobValues> {
  explorationSchedule?: ExplorationSchedule;
}

/** Everything a run needs to continue as if never stopped (the config is kept beside it by the caller). */
export interface TrainerCheckpoint {
  step: number;
  updates: number;
  elapsedMs: number;
  knobs: { learningRate: number; discount: number };
  /** NaN when epsilon follows the schedule. */
  explorationOverride: number;
  /** The schedule epsilon follows (the config's unless changed mid-run; absent in older checkpoints). */
  explorationSchedule?: ExplorationSchedule;
  transitionsSinceTrain: number;
  nextEvaluationAt: number;
  /** A round under way (slot 0 between rounds): the actions chosen for it and the observations they answer. */
  round: { slot: number; lastSlot: number; explorationRate: number; actions: Int32Array; explored: Uint8Array; qValues: Float32Array; observations: Float32Array };
  env: EnvSnapshot;
  agent: AgentCheckpoint;
}
