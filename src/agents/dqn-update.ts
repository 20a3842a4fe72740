// One DQN gradient update as tensor math: TD targets, loss, hand-written backprop, clipping and the optimizer step.
// q-learning-update.ts writes the same update with autodiff for reading; q-learning-update.test.ts holds this one to it.

import * as tf from '@tensorflow/tfjs';
import type { LossName, OptimizerName } from './kinds/dqn/description';
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

/** Per-update arrays built on the CPU, reused between updates (see createUpdateScratch). */
export interface UpdateScratch {
  /**
   * batch x outputs per network row: 1 at the taken action within its row (Q(s, a) and dL/dQ). For the flat
   * network the row is the whole observation, so this is the usual batch x 24 action mask.
   */
  rowMask: Float32Array;
  /** The category of each sample's taken action: the per-category network's row that gives Q(s, a). */
  takenCategories: Int32Array;
}

export function createUpdateScratch(batchSize: number, outputsPerRow: number): UpdateScratch {
  return { rowMask: new Float32Array(batchSize * outputsPerRow), takenCategories: new Int32Array(batchSize) };
}

/** Fills the scratch arrays for the batch's actions (item index = row x outputs per row + output). */
function fillScratch(scratch: UpdateScratch, actions: ArrayLike<number>, rows: number, outputsPerRow: number): void {
  scratch.rowMask.fill(0, 0, rows * outputsPerRow);
  for (let i = 0; i < rows; i++) {
    const action = actions[i];
    scratch.rowMask[i * outputsPerRow + (action % outputsPerRow)] = 1;
    scratch.takenCategories[i] = Math.floor(action / outputsPerRow);
  }
}

/**
 * Every statistic and the per-sample numbers come back packed in one tensor, so the update needs one read-back.
 *
 * The loss depends on Q(s, a) of the taken action alone. For the per-category network that value comes from
 * one of the observation's six rows, so only those rows of s are encoded and run, traced for backpropagation
 * (the other rows' gradient is exactly zero); s' runs whole, without a trace, for the targets. The flat
 * network's one row per observation is the taken row, so it traces s itself.
 */
export function computeUpdate(networks: QNetworks, batch: ReplayBatch, scratch: UpdateScratch, options: UpdateOptions): UpdateResult {
  const rows = batch.size;
  const { rowsPerObservation, actionCount: outputsPerRow } = networks.shape;
  // Q-values per observation: the network's rows for one observation, side by side (24 in item order).
  const actionCount = rowsPerObservation * outputsPerRow;
  const perObservation = (q: tf.Tensor2D, count: number) => (rowsPerObservation === 1 ? q : (tf.reshape(q, [count, actionCount]) as tf.Tensor2D));
  fillScratch(scratch, batch.actions, rows, outputsPerRow);
  // The online network's values of s' are needed to pick a* (Double DQN) or to bootstrap (no target network).
  const onlineNext = options.doubleDqn || options.targetIsOnline;
  let result: UpdateResult | undefined;
  tf.tidy(() => {
    const online = networks.onlineLayers;
    // s, traced: for the per-category network only the taken action's row of each observation.
    const currentInput = rowsPerObservation === 1 ? networks.inputTensor(batch.observations, rows) : networks.categoryRowsTensor(batch.observations, rows, scratch.takenCategories);
    const trace = forwardTrace(online, currentInput);
    // s', encoded once for both networks.
    const nextInput = networks.inputTensor(batch.nextObservations, rows, 'next');
    const nextQOnlineAll = onlineNext ? perObservation(forwardQ(online, nextInput), rows) : null;
    const nextQTarget = options.targetIsOnline ? (nextQOnlineAll as tf.Tensor2D) : perObservation(forwardQ(networks.targetLayers, nextInput), rows);
    const nextQOnline = options.doubleDqn ? nextQOnlineAll : null;
    const targets = tdTargets(nextQTarget, nextQOnline, tf.tensor1d(batch.rewards), tf.tensor1d(batch.bootstrapDiscounts));

    // Q(s, a): the traced row's output at the taken action.
    const outputMask = tf.tensor2d(scratch.rowMask.subarray(0, rows * outputsPerRow), [rows, outputsPerRow]);
    const qTaken = tf.sum(tf.mul(trace.q, outputMask), 1);
    const tdErrors = tf.sub(qTaken, targets) as tf.Tensor1D;
    const { loss, gradient: tdGradient } = tdLoss(options.loss, tdErrors);
    // dL/dQ(s, a') is dL/d(delta) for the taken action and 0 for the others (y is a constant, no gradient).
    const qGradient = tf.mul(outputMask, tf.reshape(tdGradient, [rows, 1])) as tf.Tensor2D;
    const gradient = backward(online, trace.layerInputs, qGradient, networks.duelingMatrix);
    const { clipped, norm } = clipByGlobalNorm(gradient, options.gradientClipNorm);

    const { firstMoment, secondMoment } = networks.moments;
    const parameters = networks.flatParameters;
    const step =
      options.optimizer === 'adam'
        ? adamStep(parameters, clipped, firstMoment, secondMoment, options.learningRate, options.optimizerStep)
        : sgdStep(parameters, clipped, firstMoment, secondMoment, options.learningRate);
    // Any NaN or infinity in the new parameters or moments makes this sum non-finite.
    const parameterSum = tf.add(tf.sum(step.parameters), tf.sum(step.secondMoment));
    const stats = tf.stack([loss, tf.mean(qTaken), tf.max(qTaken), tf.mean(tf.abs(tdErrors)), norm, parameterSum]);
    result = {
      step: { parameters: tf.keep(step.parameters), firstMoment: tf.keep(step.firstMoment), secondMoment: tf.keep(step.secondMoment) },
      packed: tf.keep(tf.concat([stats, targets, qTaken, tdErrors]) as tf.Tensor1D),
    };
  });
  return result as unknown as UpdateResult;
}
