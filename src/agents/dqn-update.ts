// One DQN gradient update as tensor math: TD targets, loss, hand-written backprop, clipping and the optimizer step.

import * as tf from '@tensorflow/tfjs';
import type { LossName, OptimizerName } from './dqn-config';
import { tdLoss } from './losses';
import { backward, forwardQ, forwardTrace } from './network-ops';
import { adamStep, clipByGlobalNorm, sgdStep, type OptimizerStep } from './optimizer';
import type { QNetworks } from './q-networks';
import type { ReplayBatch } from './replay-buffer';
import { tdTargets } from './td-target';

export interface UpdateOptions {
  loss: LossName;
  optimizer: OptimizerName;
  learningRate: number;
  /** Adam's step count t for this update (from 1). */
  optimizerStep: number;
  gradientClipNorm: number;
  doubleDqn: boolean;
  /** Bootstrap from the online network itself (target update 'none'). */
  targetIsOnline: boolean;
}

/** Positions in the packed read-back; the batch's targets, Q(s, a) and TD errors follow. */
export const PackedStat = { loss: 0, meanQ: 1, maxQ: 2, meanAbsTdError: 3, gradientNorm: 4, parameterSum: 5, count: 6 } as const;

export interface UpdateResult {
  /** New parameters and moments, owned by the caller (accept or dispose them). */
  step: OptimizerStep;
  /** [stats..., y (batch), Q(s, a) (batch), TD error (batch)], owned by the caller. */
  packed: tf.Tensor1D;
}

/**
 * Every statistic and the per-sample numbers come back packed in one tensor, so the update needs one read-back.
 * actionMask: batch x actions, 1 at the taken action (built on the CPU, so no oneHot is needed here).
 */
export function computeUpdate(networks: QNetworks, batch: ReplayBatch, actionMask: Float32Array, options: UpdateOptions): UpdateResult {
  const rows = batch.size;
  const { rowsPerObservation, actionCount: outputsPerRow } = networks.shape;
  // Q-values per observation: the network's rows for one observation, side by side (24 in item order).
  const actionCount = rowsPerObservation * outputsPerRow;
  const perObservation = (q: tf.Tensor2D) => (rowsPerObservation === 1 ? q : (tf.reshape(q, [rows, actionCount]) as tf.Tensor2D));
  let result: UpdateResult | undefined;
  tf.tidy(() => {
    const observations = networks.inputTensor(batch.observations, rows);
    const nextObservations = networks.inputTensor(batch.nextObservations, rows, 'next');
    const mask = tf.tensor2d(actionMask, [rows, actionCount]);
    const online = networks.onlineLayers;

    const nextQTarget = perObservation(forwardQ(options.targetIsOnline ? online : networks.targetLayers, nextObservations));
    const nextQOnline = options.doubleDqn ? (options.targetIsOnline ? nextQTarget : perObservation(forwardQ(online, nextObservations))) : null;
    const targets = tdTargets(nextQTarget, nextQOnline, tf.tensor1d(batch.rewards), tf.tensor1d(batch.bootstrapDiscounts));

    const trace = forwardTrace(online, observations);
    const layerInputs = trace.layerInputs;
    const q = perObservation(trace.q);
    const qTaken = tf.sum(tf.mul(q, mask), 1);
    const tdErrors = tf.sub(qTaken, targets) as tf.Tensor1D;
    const { loss, gradient: tdGradient } = tdLoss(options.loss, tdErrors);
    // dL/dQ(s, a') is dL/d(delta) for the taken action and 0 for the others; y is a constant (no gradient).
    const qGradient = tf.reshape(tf.mul(mask, tf.reshape(tdGradient, [rows, 1])), [rows * rowsPerObservation, outputsPerRow]) as tf.Tensor2D;
    const gradient = backward(online, layerInputs, qGradient, networks.duelingMatrix);
    const { clipped, norm } = clipByGlobalNorm(gradient, options.gradientClipNorm);

    const { firstMoment, secondMoment } = networks.moments;
    const parameters = networks.flatParameters;
    const step =
      options.optimizer === 'adam'
        ? adamStep(parameters, clipped, firstMoment, secondMoment, options.learningRate, options.optimizerStep)
        : sgdStep(parameters, clipped, firstMoment, secondMoment, options.learningRate);
    // Any NaN or infinity in the new parameters or moments makes this sum non-finite.
    const parameterSum = tf.add(tf.sum(step.parameters), tf.sum(step.secondMoment));
    const stats = tf.stack([loss, tf.mean(qTaken), tf.max(q), tf.mean(tf.abs(tdErrors)), norm, parameterSum]);
    result = {
      step: { parameters: tf.keep(step.parameters), firstMoment: tf.keep(step.firstMoment), secondMoment: tf.keep(step.secondMoment) },
      packed: tf.keep(tf.concat([stats, targets, qTaken, tdErrors]) as tf.Tensor1D),
    };
  });
  return result as unknown as UpdateResult;
}
