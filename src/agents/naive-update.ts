// The straightforward DQN update the fast path is measured against: autodiff (tf.variableGrads) and tf.train.adam.

import * as tf from '@tensorflow/tfjs';
import { layerSlots, type NetworkShape } from './network';
import type { ReplayBatch } from './replay-buffer';

/** Per-layer variables; the same math as dqn-update.ts (Double DQN, Huber, clipping). */
export class NaiveDqnUpdate {
  private readonly variables: tf.Variable[];
  private readonly targets: tf.Tensor[];
  private readonly optimizer: tf.AdamOptimizer;
  private readonly shape: NetworkShape;

  constructor(shape: NetworkShape, initial: Float32Array, learningRate: number) {
    if (shape.dueling) throw new RangeError('the naive baseline has no dueling head');
    this.shape = shape;
    this.variables = layerSlots(shape).flatMap((slot) => [
      tf.variable(tf.tensor2d(initial.subarray(slot.weightOffset, slot.biasOffset), [slot.inputs, slot.outputs])),
      tf.variable(tf.tensor1d(initial.subarray(slot.biasOffset, slot.biasOffset + slot.outputs))),
    ]);
    this.targets = this.variables.map((variable) => tf.clone(variable));
    this.optimizer = tf.train.adam(learningRate);
  }

  private forward(weights: tf.Tensor[], input: tf.Tensor2D): tf.Tensor2D {
    let activation: tf.Tensor2D = input;
    for (let layer = 0; layer < weights.length / 2; layer++) {
      const z = tf.add(tf.matMul(activation, weights[2 * layer] as tf.Tensor2D), weights[2 * layer + 1]) as tf.Tensor2D;
      activation = layer < weights.length / 2 - 1 ? tf.relu(z) : z;
    }
    return activation;
  }

  /** One update; returns the loss (one read-back). */
  update(batch: ReplayBatch, gradientClipNorm: number): number {
    const rows = batch.size;
    const { inputSize, actionCount } = this.shape;
    return tf.tidy(() => {
      const observations = tf.tensor2d(batch.observations, [rows, inputSize]);
      const nextObservations = tf.tensor2d(batch.nextObservations, [rows, inputSize]);
      const nextAction = tf.argMax(this.forward(this.variables, nextObservations), 1);
      const nextValue = tf.sum(tf.mul(this.forward(this.targets, nextObservations), tf.cast(tf.oneHot(nextAction, actionCount), 'float32')), 1);
      const targets = tf.add(tf.tensor1d(batch.rewards), tf.mul(tf.tensor1d(batch.bootstrapDiscounts), nextValue));
      const taken = tf.cast(tf.oneHot(tf.tensor1d(batch.actions, 'int32'), actionCount), 'float32');
      const { value, grads } = tf.variableGrads(() => {
        const qTaken = tf.sum(tf.mul(this.forward(this.variables, observations), taken), 1);
        return tf.losses.huberLoss(targets, qTaken) as tf.Scalar;
      });
      const norm = tf.sqrt(tf.addN(Object.values(grads).map((gradient) => tf.sum(tf.square(gradient)))));
      const scale = tf.div(gradientClipNorm, tf.maximum(norm, gradientClipNorm));
      this.optimizer.applyGradients(Object.entries(grads).map(([name, gradient]) => ({ name, tensor: tf.mul(gradient, scale) })));
      return value.dataSync()[0];
    });
  }

  dispose(): void {
    tf.dispose(this.variables);
    tf.dispose(this.targets);
    this.optimizer.dispose();
  }
}
