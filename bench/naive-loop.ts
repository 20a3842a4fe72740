// The baseline training loop the engine is measured against, written the way the tfjs-examples DQNs
// (snake-dqn, cart-pole) are: a tf.sequential model, one shopper at a time, a read-back per action,
// a replay of per-transition records and optimizer.minimize on a tf.losses loss.

import * as tf from '@tensorflow/tfjs';
import type { DqnConfig } from '../src/agents/kinds/dqn/description';
import { encodeObservations, encodingShape } from '../src/agents/observation-encoding';
import type { Catalog } from '../src/sim/catalog';
import { BatchedShopperEnv } from '../src/sim/env';
import { RandomStream } from '../src/sim/random';
import { ITEM_COUNT, OBSERVATION_SIZE, type SimSettings } from '../src/sim/settings';

interface Transition {
  observation: Float32Array;
  action: number;
  reward: number;
  nextObservation: Float32Array;
  done: boolean;
}

export interface NaiveLoopOptions {
  dqn: DqnConfig;
  sim: SimSettings;
  catalog: Catalog;
  /** Environment steps between gradient updates (the engine's trainFrequency / updatesPerTrain). */
  stepsPerUpdate: number;
  explorationRate: number;
  seed: number;
}

/**
 * The config's network as a tf.sequential: input rows x features (one row for the flat network, one per
 * category for the shared per-category one, whose dense layers act on each row alike), flattened to the 24 Q-values.
 */
function buildModel(dqn: DqnConfig, seed: number): tf.Sequential {
  const { rowsPerObservation, inputSize, outputSize } = encodingShape(dqn.inputEncoding);
  const model = tf.sequential();
  for (let layer = 0; layer < dqn.hiddenLayerCount; layer++) {
    model.add(tf.layers.dense({ units: dqn.hiddenWidth, activation: 'relu', inputShape: layer === 0 ? [rowsPerObservation, inputSize] : undefined, kernelInitializer: tf.initializers.glorotUniform({ seed: seed + layer }) }));
  }
  model.add(tf.layers.dense({ units: outputSize, kernelInitializer: tf.initializers.glorotUniform({ seed: seed + 99 }) }));
  model.add(tf.layers.flatten());
  return model;
}

/** Double DQN with a hard-synced target network and a Huber loss, one shopper and one action at a time. */
export class NaiveTrainingLoop {
  readonly env: BatchedShopperEnv;
  private readonly options: NaiveLoopOptions;
  private readonly online: tf.Sequential;
  private readonly target: tf.Sequential;
  private readonly optimizer: tf.Optimizer;
  private readonly random: RandomStream;
  private readonly replay: Transition[] = [];
  private replayNext = 0;
  steps = 0;
  updates = 0;

  constructor(options: NaiveLoopOptions) {
    this.options = options;
    this.env = new BatchedShopperEnv({ settings: options.sim, catalog: options.catalog, sessions: 1, shopperSeed: options.seed, environmentSeed: options.seed + 1 });
    this.online = buildModel(options.dqn, options.seed);
    this.target = buildModel(options.dqn, options.seed);
    this.target.setWeights(this.online.getWeights());
    this.optimizer = tf.train.adam(options.dqn.learningRate);
    this.random = new RandomStream(options.seed + 2);
  }

  /** Observations (count x 20) as the network's input tensor: count x rows x features. */
  private input(observations: Float32Array, count: number): tf.Tensor3D {
    const { rowsPerObservation, inputSize } = encodingShape(this.options.dqn.inputEncoding);
    const encoded = new Float32Array(count * rowsPerObservation * inputSize);
    encodeObservations(this.options.dqn.inputEncoding, observations, count, encoded);
    return tf.tensor3d(encoded, [count, rowsPerObservation, inputSize]);
  }

  /** epsilon-greedy: a forward pass and a dataSync for every greedy action. */
  private chooseAction(observation: Float32Array): number {
    if (this.random.next() < this.options.explorationRate) return this.random.integer(ITEM_COUNT);
    return tf.tidy(() => (this.online.predict(this.input(observation, 1)) as tf.Tensor).argMax(-1).dataSync()[0]);
  }

  private remember(transition: Transition): void {
    if (this.replay.length < this.options.dqn.replayCapacity) this.replay.push(transition);
    else this.replay[this.replayNext] = transition;
    this.replayNext = (this.replayNext + 1) % this.options.dqn.replayCapacity;
  }

  step(): void {
    const { env } = this;
    const observation = env.observations.slice(0, OBSERVATION_SIZE);
    const action = this.chooseAction(observation);
    env.step([action]);
    this.remember({ observation, action, reward: env.rewards[0], nextObservation: env.nextObservations.slice(0, OBSERVATION_SIZE), done: env.done[0] === 1 });
    this.steps += 1;
    if (this.replay.length >= this.options.dqn.learningStarts && this.steps % this.options.stepsPerUpdate === 0) this.update();
  }

  /** One minibatch update: TD target r + gamma * Q_target(s', argmax_a' Q_online(s', a')) for non-terminal s'. */
  private update(): void {
    const { batchSize, discount } = this.options.dqn;
    const batch = Array.from({ length: batchSize }, () => this.replay[this.random.integer(this.replay.length)]);
    tf.tidy(() => {
      const stack = (pick: (transition: Transition) => Float32Array) => {
        const rows = new Float32Array(batchSize * OBSERVATION_SIZE);
        batch.forEach((transition, i) => rows.set(pick(transition), i * OBSERVATION_SIZE));
        return this.input(rows, batchSize);
      };
      const observations = stack((transition) => transition.observation);
      const nextObservations = stack((transition) => transition.nextObservation);
      const actions = tf.tensor1d(batch.map((transition) => transition.action), 'int32');
      const rewards = tf.tensor1d(batch.map((transition) => transition.reward));
      const notDone = tf.tensor1d(batch.map((transition) => (transition.done ? 0 : 1)));
      const nextActions = (this.online.predict(nextObservations) as tf.Tensor2D).argMax(-1);
      const nextValues = ((this.target.predict(nextObservations) as tf.Tensor2D).mul(tf.oneHot(nextActions as tf.Tensor1D, ITEM_COUNT).toFloat()) as tf.Tensor2D).sum(-1);
      const targets = rewards.add(nextValues.mul(notDone).mul(discount));
      this.optimizer.minimize(() => {
        const qValues = this.online.apply(observations, { training: true }) as tf.Tensor2D;
        const taken = qValues.mul(tf.oneHot(actions, ITEM_COUNT).toFloat()).sum(-1);
        return tf.losses.huberLoss(targets, taken) as tf.Scalar;
      });
    });
    this.updates += 1;
    if (this.updates % this.options.dqn.targetSyncInterval === 0) this.target.setWeights(this.online.getWeights());
  }

  dispose(): void {
    this.online.dispose();
    this.target.dispose();
    this.optimizer.dispose();
  }
}
