// Q(s, ·) written with plain tfjs ops, straight from the parameter vector theta, for every network the lab
// offers: flat or per-category input, with or without a dueling head. The textbook update
// (q-learning-update.ts) differentiates through it; the fast path's fused kernels (network-ops.ts) must
// give the same numbers.

import * as tf from '@tensorflow/tfjs';
import { layerSlots, type NetworkShape } from './network';
import { encodeObservations, type InputEncoding } from './observation-encoding';

/** What the forward pass needs to know about a Q-network: its layers and how it reads an observation. */
export interface QNetworkLayout {
  shape: NetworkShape;
  encoding: InputEncoding;
}

/**
 * The network's outputs for each row of its input (rows x outputs per row). theta holds every layer's
 * W (inputs x outputs) then b, layer by layer (network.ts); hidden layers are h = relu(x W + b), the last
 * layer is linear. A dueling head's last layer gives A advantages and a value V, combined as
 * Q(s, a) = V(s) + A(s, a) - mean over a' of A(s, a').
 */
export function networkRows(theta: tf.Tensor1D, shape: NetworkShape, input: tf.Tensor2D): tf.Tensor2D {
  const slots = layerSlots(shape);
  let activation = input;
  slots.forEach((slot, layer) => {
    const weight = tf.reshape(tf.slice(theta, slot.weightOffset, slot.inputs * slot.outputs), [slot.inputs, slot.outputs]) as tf.Tensor2D;
    const z = tf.add(tf.matMul(activation, weight), tf.slice(theta, slot.biasOffset, slot.outputs)) as tf.Tensor2D;
    activation = layer < slots.length - 1 ? tf.relu(z) : z;
  });
  if (!shape.dueling) return activation;
  const advantages = tf.slice(activation, [0, 0], [-1, shape.actionCount]);
  const value = tf.slice(activation, [0, shape.actionCount], [-1, 1]);
  return tf.add(value, tf.sub(advantages, tf.mean(advantages, 1, true))) as tf.Tensor2D;
}

/**
 * Q(s, a) for every item a of count observations (count x 24, in item order). The flat network reads the
 * 20 numbers and returns the 24 values; the per-category network reads one row per category and returns
 * that category's 4 tiers, and the six rows side by side are the 24 values.
 */
export function qValues(theta: tf.Tensor1D, layout: QNetworkLayout, observations: Float32Array, count: number): tf.Tensor2D {
  const { rowsPerObservation, inputSize, actionCount } = layout.shape;
  const encoded = new Float32Array(count * rowsPerObservation * inputSize);
  encodeObservations(layout.encoding, observations, count, encoded);
  const rows = networkRows(theta, layout.shape, tf.tensor2d(encoded, [count * rowsPerObservation, inputSize]));
  return tf.reshape(rows, [count, rowsPerObservation * actionCount]);
}
