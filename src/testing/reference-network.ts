// Test support: the Q-network written with plain tfjs ops from the flat parameter vector (relu layers, then
// V + A - mean(A) when dueling), the reference that the hand-written passes and the update are checked against.

import * as tf from '@tensorflow/tfjs';
import { layerSlots, type NetworkShape } from '../agents/network';

/** Q-values of each network row (rows x outputs per row). */
export function referenceQ(parameters: tf.Tensor1D, shape: NetworkShape, input: tf.Tensor2D): tf.Tensor2D {
  const slots = layerSlots(shape);
  let activation = input;
  slots.forEach((slot, layer) => {
    const weight = tf.reshape(tf.slice(parameters, slot.weightOffset, slot.inputs * slot.outputs), [slot.inputs, slot.outputs]);
    const z = tf.add(tf.matMul(activation, weight as tf.Tensor2D), tf.slice(parameters, slot.biasOffset, slot.outputs));
    activation = (layer < slots.length - 1 ? tf.relu(z) : z) as tf.Tensor2D;
  });
  if (!shape.dueling) return activation;
  const advantages = tf.slice(activation, [0, 0], [-1, shape.actionCount]);
  const value = tf.slice(activation, [0, shape.actionCount], [-1, 1]);
  return tf.add(value, tf.sub(advantages, tf.mean(advantages, 1, true))) as tf.Tensor2D;
}
