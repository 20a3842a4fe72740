// Optimizer steps on one flat parameter vector (a dozen kernels whatever the layers): Adam, SGD, norm clipping.

import * as tf from '@tensorflow/tfjs';

export const ADAM_BETA1 = 0.9;
export const ADAM_BETA2 = 0.999;
export const ADAM_EPSILON = 1e-8;

export interface OptimizerStep {
  parameters: tf.Tensor1D;
  firstMoment: tf.Tensor1D;
  secondMoment: tf.Tensor1D;
}

/**
 * One Adam step (t counts from 1): m = b1 m + (1 - b1) g, v = b2 v + (1 - b2) g^2,
 * p -= alpha m_hat / (sqrt(v_hat) + eps), folded as alpha_t = alpha sqrt(1 - b2^t) / (1 - b1^t)
 * and eps_t = eps sqrt(1 - b2^t) so that no bias-corrected copies are made.
 */
export function adamStep(parameters: tf.Tensor1D, gradient: tf.Tensor1D, firstMoment: tf.Tensor1D, secondMoment: tf.Tensor1D, learningRate: number, step: number): OptimizerStep {
  const secondCorrection = Math.sqrt(1 - Math.pow(ADAM_BETA2, step));
  const stepSize = (learningRate * secondCorrection) / (1 - Math.pow(ADAM_BETA1, step));
  const nextFirst: tf.Tensor1D = tf.add(firstMoment, tf.mul(tf.sub(gradient, firstMoment), 1 - ADAM_BETA1));
  const nextSecond: tf.Tensor1D = tf.add(secondMoment, tf.mul(tf.sub(tf.square(gradient), secondMoment), 1 - ADAM_BETA2));
  const direction = tf.div(nextFirst, tf.add(tf.sqrt(nextSecond), ADAM_EPSILON * secondCorrection));
  return { parameters: tf.sub(parameters, tf.mul(direction, stepSize)), firstMoment: nextFirst, secondMoment: nextSecond };
}

/** p -= alpha g; the moments pass through unchanged (cloned so the caller can own every result). */
export function sgdStep(parameters: tf.Tensor1D, gradient: tf.Tensor1D, firstMoment: tf.Tensor1D, secondMoment: tf.Tensor1D, learningRate: number): OptimizerStep {
  return { parameters: tf.sub(parameters, tf.mul(gradient, learningRate)), firstMoment: tf.clone(firstMoment), secondMoment: tf.clone(secondMoment) };
}

/** Scales the gradient down to global L2 norm maxNorm when it is longer: g * maxNorm / max(|g|, maxNorm). */
export function clipByGlobalNorm(gradient: tf.Tensor1D, maxNorm: number): { clipped: tf.Tensor1D; norm: tf.Scalar } {
  const norm = tf.sqrt(tf.sum(tf.square(gradient))) as tf.Scalar;
  if (!(maxNorm > 0)) return { clipped: gradient, norm };
  return { clipped: tf.mul(gradient, tf.div(maxNorm, tf.maximum(norm, maxNorm))), norm };
}
