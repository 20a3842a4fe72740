// The TD target y = r + gamma^m (1 - done) Q_target(s', a*), as tensors for learning and as plain arrays for inspectors.

import * as tf from '@tensorflow/tfjs';

// Plain DQN: a* = argmax_a' Q_target(s', a'); Double DQN: a* = argmax_a' Q_online(s', a').
/**
 * rewards: n-step returns; bootstrapDiscounts: gamma^m, or 0 where the session ended (terminal masking).
 * nextQOnline selects the action for Double DQN; pass null for the plain max.
 */
export function tdTargets(nextQTarget: tf.Tensor2D, nextQOnline: tf.Tensor2D | null, rewards: tf.Tensor1D, bootstrapDiscounts: tf.Tensor1D): tf.Tensor1D {
  let nextValue: tf.Tensor1D;
  if (nextQOnline) {
    // cast(oneHot(...)) rather than oneHot(..., 'float32'): the latter returns ~1e-45 on the tfjs 4.22 wasm backend.
    const chosen = tf.cast(tf.oneHot(tf.argMax(nextQOnline, 1), nextQTarget.shape[1]), 'float32');
    nextValue = tf.sum(tf.mul(nextQTarget, chosen), 1);
  } else {
    nextValue = tf.max(nextQTarget, 1);
  }
  return tf.add(rewards, tf.mul(bootstrapDiscounts, nextValue));
}

export interface TdTargetArrays {
  count: number;
  actionCount: number;
  rewards: ArrayLike<number>;
  bootstrapDiscounts: ArrayLike<number>;
  /** count x actionCount. */
  nextQTarget: ArrayLike<number>;
  /** count x actionCount, or null for plain DQN. */
  nextQOnline: ArrayLike<number> | null;
}

/** The same targets on plain arrays (first maximum wins ties, as tf.argMax does). */
export function tdTargetsFromArrays(input: TdTargetArrays, out: Float32Array): Float32Array {
  const { count, actionCount, nextQTarget, nextQOnline } = input;
  for (let i = 0; i < count; i++) {
    const offset = i * actionCount;
    const selector = nextQOnline ?? nextQTarget;
    let best = 0;
    for (let action = 1; action < actionCount; action++) if (selector[offset + action] > selector[offset + best]) best = action;
    out[i] = input.rewards[i] + input.bootstrapDiscounts[i] * nextQTarget[offset + best];
  }
  return out;
}
