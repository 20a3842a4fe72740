// The training run's config: how many shoppers, how often to learn, exploration, budget, seeds, backend.

import type { FieldTable } from '../sim/fields';

export type BackendName = 'auto' | 'wasm' | 'cpu' | 'webgl';
/** A backend tfjs runs on ("auto" resolves to one of these). */
export type ConcreteBackend = Exclude<BackendName, 'auto'>;

export interface TrainingConfig {
  parallelSessions: number;
  trainFrequency: number;
  updatesPerTrain: number;
  explorationStart: number;
  explorationEnd: number;
  explorationDecaySteps: number;
  totalSteps: number;
  evaluationInterval: number;
  evaluationShoppers: number;
  probeStates: number;
  catalogSeed: number;
  trainingSeed: number;
  evaluationSeed: number;
  backend: BackendName;
}

/** The training fields that pace minibatch updates: they change nothing for a kind that learns on every step or not at all. */
export const MINIBATCH_TRAINING_FIELDS: readonly (keyof TrainingConfig)[] = ['trainFrequency', 'updatesPerTrain'];

export const DEFAULT_TRAINING_CONFIG: Readonly<TrainingConfig> = Object.freeze({
  parallelSessions: 32,
  // One update of 64 every 16 transitions: each transition is replayed about 4 times rather than 16. The DQN learns as
  // much per step as with an update every 4 (from about 60k steps on) and runs about three times the steps a
  // second, so a minute of training goes much further (the learning results).
  trainFrequency: 16,
  updatesPerTrain: 1,
  explorationStart: 1,
  explorationEnd: 0.05,
  explorationDecaySteps: 15_000,
  totalSteps: 150_000,
  evaluationInterval: 5000,
  evaluationShoppers: 500,
  probeStates: 64,
  catalogSeed: 42,
  trainingSeed: 1,
  evaluationSeed: 2024,
  backend: 'auto',
});

export const TRAINING_FIELDS: FieldTable<TrainingConfig> = {
  parallelSessions: { kind: 'number', doc: 'Shoppers served side by side; one forward pass picks all their items.', min: 1, max: 256, integer: true },
  trainFrequency: { kind: 'number', doc: 'Environment steps (transitions) between learning steps.', min: 1, max: 256, integer: true },
  updatesPerTrain: { kind: 'number', doc: 'Gradient updates at each learning step.', min: 1, max: 16, integer: true },
  explorationStart: { kind: 'number', doc: 'epsilon at the start: the chance of recommending a random item.', min: 0, max: 1 },
  explorationEnd: { kind: 'number', doc: 'epsilon after the decay.', min: 0, max: 1 },
  explorationDecaySteps: { kind: 'number', doc: 'Environment steps over which epsilon falls linearly from start to end (0 = fixed at start).', min: 0, max: 10_000_000, integer: true },
  totalSteps: { kind: 'number', doc: 'Training budget in environment steps.', min: 100, max: 100_000_000, integer: true },
  evaluationInterval: { kind: 'number', doc: 'Environment steps between greedy evaluations on the fixed cohort.', min: 100, max: 10_000_000, integer: true },
  evaluationShoppers: { kind: 'number', doc: 'Shoppers in the fixed evaluation cohort.', min: 10, max: 20_000, integer: true },
  probeStates: { kind: 'number', doc: 'Fixed observations whose mean max Q is charted.', min: 1, max: 1024, integer: true },
  catalogSeed: { kind: 'number', doc: 'Seed of the catalog (item prices and jitter).', min: 0, max: 4_294_967_295, integer: true },
  trainingSeed: { kind: 'number', doc: 'Seed of the training shoppers, their coin flips, the weights and exploration.', min: 0, max: 4_294_967_295, integer: true },
  evaluationSeed: { kind: 'number', doc: 'Seed of the evaluation cohort (never used by training).', min: 0, max: 4_294_967_295, integer: true },
  backend: { kind: 'choice', doc: 'tfjs backend: auto measures the available ones and picks the fastest.', choices: ['auto', 'wasm', 'cpu', 'webgl'] },
};
