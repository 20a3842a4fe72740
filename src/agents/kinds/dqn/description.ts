// The Deep Q-Network as the page sees it (tfjs-free): its config, every field declared once with its
// unit, range and default, and what the lab shows for it (a loss, a replay memory, a target network).

import { booleanField, choiceField, defaultsOf, numberField, specsOf, type ConfigOf } from '../../../sim/fields';
import type { AgentKindDescription } from '../kind-description';

const whole = (min: number, max: number) => ({ min, max, integer: true });

/** The DQN's config table. The defaults are the README's recipe: Double DQN with 3-step returns on the per-category network, squared TD errors, gamma 0.999 and a long average of the weights for the greedy policy. */
export const DQN_TABLE = {
  // The tuning study's choice: sharing one network across the six categories lifted the greedy policy
  // from a 60-70% plateau (flat) to about 75-80% of the oracle (see the learning results).
  inputEncoding: choiceField(
    'flat: the 20 numbers in, 24 Q-values out; per-category: one network shared by the 6 categories, each row giving its 4 tiers.',
    'per-category',
    ['flat', 'per-category'],
  ),
  hiddenWidth: numberField('Units in each hidden layer (count, 4 to 512).', 64, whole(4, 512)),
  hiddenLayerCount: numberField('Hidden ReLU layers between the 20 inputs and the 24 Q-values (count, 1 to 4).', 2, whole(1, 4)),
  dueling: booleanField('Dueling head: Q = V(s) + A(s, a) - mean over a of A(s, a).', false),
  optimizer: choiceField('Adam (with bias correction) or plain stochastic gradient descent.', 'adam', ['adam', 'sgd']),
  // 3e-3 rather than the textbook 1e-3: with an update every 16 steps, the larger step held a better greedy
  // policy from 300k to 800k steps on 12 of 15 tuning seeds (the learning results).
  learningRate: numberField('alpha: the optimizer step size (per update, 1e-5 to 1, log scale).', 3e-3, { min: 1e-5, max: 1, logScale: true }),
  learningRateHalfLife: numberField('Updates over which the step size halves: alpha times 0.5 ^ (updates / this) (0 = alpha stays as set).', 0, whole(0, 10_000_000)),
  // Squared by default: a purchase makes a TD error above 1 (a premium item pays up to $1.68 at once), where
  // Huber's gradient stops growing, so Huber learns something nearer the median return than the mean and
  // undervalues the rare large purchases of premium items (the learning results).
  loss: choiceField('Huber (delta 1) or squared (1/2 TD error squared); equal for errors under 1.', 'squared', ['huber', 'squared']),
  gradientClipNorm: numberField('Largest global L2 norm of the gradient; larger gradients are scaled down (0 = no clipping).', 10, { min: 0, max: 1000 }),
  rewardScale: numberField('Every reward is multiplied by this before learning (Q-values are in scaled units; 0.01 to 100).', 1, { min: 0.01, max: 100, logScale: true }),
  replayCapacity: numberField('Transitions the replay memory holds before the oldest is overwritten (count).', 200_000, whole(100, 1_000_000)),
  learningStarts: numberField('Transitions stored before the first update (count).', 1_000, whole(1, 1_000_000)),
  batchSize: numberField('Transitions sampled for each gradient update (count, 1 to 1024).', 64, whole(1, 1024)),
  multiStep: numberField('n of n-step returns: rewards summed before bootstrapping (steps, 1 to 10).', 3, whole(1, 10)),
  // The oracle adds up a session's rewards undiscounted; 0.999 is as close as the field goes, and it lifted the
  // default above 0.99, which weighs the reward 15 steps ahead at 0.86 (the learning results).
  discount: numberField('gamma: weight of a reward one step later (0 = myopic, 0.999 = far-sighted).', 0.999, { min: 0, max: 0.999 }),
  // hard: copy every targetSyncInterval updates; soft: Polyak-average every update; none: the target is the online network.
  targetUpdate: choiceField('How the target network follows the online network.', 'hard', ['hard', 'soft', 'none']),
  targetSyncInterval: numberField('Updates between hard copies of the online weights into the target (updates).', 125, whole(1, 100_000)),
  targetSoftRate: numberField('tau: share of the online weights mixed into the target after every update (soft only).', 0.005, { min: 1e-4, max: 1, logScale: true }),
  doubleDqn: booleanField("Double DQN: the online network picks argmax a', the target network values it.", true),
  // The greedy policy of the latest weights moves by several points from one evaluation to the next; a Polyak
  // average over roughly the last 10,000 updates (40,000 steps) is steadier and better (the learning results).
  // Until update 1 / rate the average is the plain mean of every update so far (dqn.ts, averagingRate), so a
  // small rate does not keep the random initial weights in the greedy policy for long.
  policyAveraging: numberField(
    'Share of the online weights mixed into the averaged weights after every update, or 1 / n at update n while that is larger (the average starts as the plain mean of the weights so far); the greedy policy uses the average (0 = the latest weights).',
    0.0001,
    { min: 0, max: 1 },
  ),
};

export type DqnConfig = ConfigOf<typeof DQN_TABLE>;
export type OptimizerName = DqnConfig['optimizer'];
export type LossName = DqnConfig['loss'];
/** hard: copy every targetSyncInterval updates; soft: Polyak-average every update; none: the target is the online network. */
export type TargetUpdateName = DqnConfig['targetUpdate'];

export const DQN_FIELDS = specsOf<DqnConfig>(DQN_TABLE);
export const DEFAULT_DQN_CONFIG: Readonly<DqnConfig> = defaultsOf(DQN_TABLE);

export const DQN_KIND = {
  id: 'dqn',
  messageKey: 'deepQNetwork',
  choices: ['dqn'],
  table: DQN_TABLE,
  fields: DQN_FIELDS,
  defaults: DEFAULT_DQN_CONFIG,
  liveKnobs: ['learningRate', 'discount'],
  learning: 'minibatch',
  replayCapacity: (config: DqnConfig) => config.replayCapacity,
  usesComputeBackend: true,
} as const satisfies AgentKindDescription<DqnConfig>;
