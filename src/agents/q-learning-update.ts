// The DQN update as the textbook writes it, with tfjs autodiff. It is the specification: the fast path the
// lab trains with (dqn-update.ts: fused kernels, a hand-written backward pass and Adam) is tested against it
// to float32 rounding for every network and variant (q-learning-update.test.ts). Read it next to the inspector:
//
//   Q(s,a) <- Q(s,a) + alpha [ y - Q(s,a) ],   y = r + gamma^m max_a' Q_target(s',a'),   delta = y - Q(s,a)
//
// A network cannot overwrite one Q(s,a): it takes a gradient step on a loss of delta, averaged over a
// minibatch. With the squared loss 1/2 delta^2 and one parameter per (s, a) (a table), the step
// theta <- theta - alpha dL/dtheta is exactly the line above; a network shares its parameters, so one step
// moves many Q-values at once.
//
//   r         the m-step return R = r_0 + gamma r_1 + ... + gamma^(m-1) r_(m-1) (m = n, fewer where the session
//             ended), times the reward scale: the replay memory sums it when it samples (replay-buffer.ts)
//   gamma^m   the bootstrap's discount, and 0 where the session ended: no s' to value, so y = R (terminal mask)
//   Q_target  the target network theta^-, a copy of theta that dqn.ts syncs after updates (theta itself when
//             the run has no target network)
//   max_a'    plain DQN: a* = argmax_a' Q_target(s', a'); Double DQN: the online network picks a* =
//             argmax_a' Q(s', a') and the target network values it, Q_target(s', a*)
//   alpha     the optimizer's step size (Adam rescales each parameter's step; SGD takes alpha dL/dtheta)

import * as tf from '@tensorflow/tfjs';
import type { LossName, OptimizerName } from './kinds/dqn/description';
import { HUBER_DELTA } from '../contracts/loss-value';
import { ADAM_BETA1, ADAM_BETA2, ADAM_EPSILON } from './optimizer';
import { qValues, type QNetworkLayout } from './q-values';
import type { ReplayBatch } from './replay-buffer';

export interface QLearningSettings {
  loss: LossName;
  optimizer: OptimizerName;
  learningRate: number;
  /** Largest global L2 norm of the gradient (0 = no clipping). */
  gradientClipNorm: number;
  doubleDqn: boolean;
  /** No target network: y bootstraps from theta itself. */
  targetIsOnline: boolean;
}

/** One update's numbers, read back. */
export interface QLearningStep {
  /** L before the step. */
  loss: number;
  /** y of each sample. */
  targets: Float32Array;
  /** |dL/dtheta| before clipping. */
  gradientNorm: number;
}

/** 1 at each row's action, 0 elsewhere (cast from int32: oneHot(..., 'float32') is wrong on tfjs 4.22's wasm). */
const oneHot = (actions: tf.Tensor1D, count: number) => tf.cast(tf.oneHot(actions, count), 'float32');

export class QLearningUpdate {
  /** theta: every weight and bias of the online network, in one vector (network.ts lays it out). */
  readonly theta: tf.Variable<tf.Rank.R1>;
  /** theta^-: the target network; the update reads it and never moves it. */
  readonly thetaTarget: tf.Tensor1D;
  private readonly network: QNetworkLayout;
  private readonly settings: QLearningSettings;
  private readonly optimizer: tf.Optimizer;

  constructor(network: QNetworkLayout, weights: { online: Float32Array; target: Float32Array }, settings: QLearningSettings) {
    this.network = network;
    this.settings = settings;
    // tidy: the tensor a variable starts from would otherwise outlive it.
    this.theta = tf.tidy(() => tf.variable(tf.tensor1d(weights.online)));
    this.thetaTarget = tf.tensor1d(weights.target);
    const { optimizer, learningRate } = settings;
    this.optimizer = optimizer === 'adam' ? tf.train.adam(learningRate, ADAM_BETA1, ADAM_BETA2, ADAM_EPSILON) : tf.train.sgd(learningRate);
  }

  /** One gradient step on a minibatch: targets, loss, gradient, step. */
  step(batch: ReplayBatch): QLearningStep {
    const { doubleDqn, targetIsOnline, loss: lossName, gradientClipNorm } = this.settings;
    const Q = (theta: tf.Tensor1D, observations: Float32Array) => qValues(theta, this.network, observations, batch.size);
    return tf.tidy(() => {
      // 1. Targets y = R + gamma^m Q_target(s', a*), computed outside the gradient: y is held fixed.
      const qTargetNext = Q(targetIsOnline ? this.theta : this.thetaTarget, batch.nextObservations);
      const picker = doubleDqn ? Q(this.theta, batch.nextObservations) : qTargetNext;
      const valueNext = tf.sum(tf.mul(qTargetNext, oneHot(tf.argMax(picker, 1), qTargetNext.shape[1])), 1);
      const y = tf.add(tf.tensor1d(batch.rewards), tf.mul(tf.tensor1d(batch.bootstrapDiscounts), valueNext));

      // 2. Loss L = mean over the batch of loss(delta), delta = y - Q(s, a): Huber is 1/2 delta^2 for
      //    |delta| <= 1 and |delta| - 1/2 beyond (a bounded push); squared is 1/2 delta^2 everywhere.
      const taken = oneHot(tf.tensor1d(batch.actions, 'int32'), qTargetNext.shape[1]);
      const loss = (): tf.Scalar => {
        const qTaken = tf.sum(tf.mul(Q(this.theta, batch.observations), taken), 1);
        if (lossName === 'huber') return tf.losses.huberLoss(y, qTaken, undefined, HUBER_DELTA) as tf.Scalar;
        return tf.mul(0.5, tf.losses.meanSquaredError(y, qTaken));
      };

      // 3. Gradient g = dL/dtheta by autodiff, scaled down to norm c when longer: g <- g c / max(|g|, c).
      const { value, grads } = tf.variableGrads(loss, [this.theta]);
      const norm = tf.norm(grads[this.theta.name]);
      const clip = gradientClipNorm > 0 ? tf.div(gradientClipNorm, tf.maximum(norm, gradientClipNorm)) : tf.scalar(1);
      const g = tf.mul(grads[this.theta.name], clip);

      // 4. Step. SGD: theta <- theta - alpha g. Adam: m <- b1 m + (1 - b1) g, v <- b2 v + (1 - b2) g^2,
      //    theta <- theta - alpha m^ / (sqrt(v^) + eps), with m^ = m / (1 - b1^t), v^ = v / (1 - b2^t).
      this.optimizer.applyGradients({ [this.theta.name]: g });
      // 5. Sync happens in dqn.ts after the step: theta^- <- theta every C updates, or tau theta + (1 - tau) theta^-.
      return { loss: value.dataSync()[0], targets: y.dataSync() as Float32Array, gradientNorm: norm.dataSync()[0] };
    });
  }

  dispose(): void {
    this.theta.dispose();
    this.thetaTarget.dispose();
    this.optimizer.dispose();
  }
}
