// The TD losses, each with its gradient with respect to the TD error, averaged over the batch.

import * as tf from '@tensorflow/tfjs';
import type { LossName } from './kinds/dqn/description';
import { HUBER_DELTA } from '../contracts/loss-value';

/**
 * Mean loss over the batch and dL/d(delta_i) for each TD error delta = Q(s, a) - y.
 * Squared is 1/2 delta^2, so that Huber (delta 1) equals it for |delta| <= 1 and is linear beyond.
 */
export function tdLoss(name: LossName, tdErrors: tf.Tensor1D): { loss: tf.Scalar; gradient: tf.Tensor1D } {
  const count = tdErrors.shape[0];
  if (name === 'squared') {
    return { loss: tf.mul(tf.mean(tf.square(tdErrors)), 0.5), gradient: tf.div(tdErrors, count) };
  }
  // Huber: q (|d| - q / 2) with q = min(|d|, delta) is d^2 / 2 inside and delta (|d| - delta / 2) outside.
  const magnitude = tf.abs(tdErrors);
  const quadratic = tf.minimum(magnitude, HUBER_DELTA);
  const loss = tf.mean(tf.mul(quadratic, tf.sub(magnitude, tf.mul(quadratic, 0.5)))) as tf.Scalar;
  return { loss, gradient: tf.div(tf.clipByValue(tdErrors, -HUBER_DELTA, HUBER_DELTA), count) };
}
