// Test support: a small, fast lab config pinned field by field (so default tuning elsewhere cannot move
// these tests), and a Trainer built from it.

import type { DqnAgent } from '../agents/dqn';
import { DEFAULT_DQN_CONFIG, DEFAULT_TABULAR_CONFIG, type DqnConfig, type TabularConfig } from '../agents/kinds/descriptions';
import { DEFAULT_SIM_SETTINGS } from '../sim/settings';
import { trainerFor } from '../engine/agent-for';
import { applyPatch, type LabConfig, type LabConfigPatch } from '../contracts/lab-config';
import type { Trainer } from '../engine/trainer';
import { afterAll } from 'vitest';
import { DEFAULT_TRAINING_CONFIG, type TrainingConfig } from '../contracts/training-config';

export const SMALL_DQN: DqnConfig = {
  ...DEFAULT_DQN_CONFIG,
  inputEncoding: 'flat',
  hiddenWidth: 16,
  hiddenLayerCount: 2,
  dueling: false,
  optimizer: 'adam',
  learningRate: 1e-3,
  loss: 'huber',
  gradientClipNorm: 10,
  rewardScale: 1,
  replayCapacity: 2000,
  learningStarts: 64,
  batchSize: 16,
  multiStep: 3,
  discount: 0.99,
  targetUpdate: 'hard',
  targetSyncInterval: 20,
  doubleDqn: true,
};

export const SMALL_TABULAR: TabularConfig = { ...DEFAULT_TABULAR_CONFIG, learningRate: 0.1, discount: 0.99, initialValue: 0, engagementBins: 5, stepBins: 5 };

export const SMALL_TRAINING: TrainingConfig = {
  ...DEFAULT_TRAINING_CONFIG,
  parallelSessions: 4,
  trainFrequency: 4,
  updatesPerTrain: 1,
  explorationStart: 1,
  explorationEnd: 0.05,
  explorationDecaySteps: 1000,
  totalSteps: 2000,
  evaluationInterval: 1000,
  evaluationShoppers: 30,
  probeStates: 8,
  catalogSeed: 42,
  trainingSeed: 1,
  evaluationSeed: 2024,
  backend: 'cpu',
};

/** The small config with a patch on top (section-wise, like a preset). */
export function smallConfig(patch: LabConfigPatch = {}): LabConfig {
  const base: LabConfig = { agent: 'dqn', sim: { ...DEFAULT_SIM_SETTINGS }, dqn: SMALL_DQN, tabular: SMALL_TABULAR, training: SMALL_TRAINING };
  return applyPatch(base, patch);
}

/** The engine's trainer for a config (tests call it by this name). */
export const createTrainer = trainerFor;

/** The trainer's agent as the DQN it is in DQN configs. */
export function dqnOf(trainer: Trainer): DqnAgent {
  return trainer.agent as DqnAgent;
}

/** Ticks until the agent can learn; returns the ticks taken. */
export function tickUntilReady(trainer: Trainer, limit = 10_000): number {
  let ticks = 0;
  while (!trainer.agent.readyToLearn() && ticks < limit) {
    trainer.tick();
    ticks += 1;
  }
  return ticks;
}

/** Every recorded update's loss, oldest first, from the pushed count `since` on. */
export function lossesSince(trainer: Trainer, since = 0): number[] {
  return Array.from(trainer.metrics.updates.since(since).columns.loss);
}

export function sessionReturnsSince(trainer: Trainer, since = 0): number[] {
  return Array.from(trainer.metrics.sessions.since(since).columns.sessionReturn);
}

/** Ticks until the trainer has taken `steps` more environment steps, or has spent its budget. */
export function tickSteps(trainer: Trainer, steps: number): void {
  const until = trainer.step + steps;
  while (trainer.step < until && !trainer.finished) trainer.tick();
}

/** Makes trainers of one config for a describe block, and disposes every one after the block's tests. */
export function trainersFor(config: LabConfig): () => Trainer {
  const trainers: Trainer[] = [];
  afterAll(() => trainers.forEach((made) => made.dispose()));
  return () => {
    const made = createTrainer(config);
    trainers.push(made);
    return made;
  };
}
