// TD target tests: terminal masking, gamma, n-step returns and Double DQN worked out by hand.

import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { ReplayBuffer, createReplayBatch } from './replay-buffer';
import { tdTargets, tdTargetsFromArrays } from './td-target';
import { TEST_BACKENDS, switchBackend } from '../testing/backends';

// Three samples, three actions: a 1-step one, a 2-step one and a terminal one (gamma 0.9).
const nextQTarget = [1, 5, 2, 3, 0, 4, 2, 2, 7];
const nextQOnline = [0, 1, 9, 5, 1, 0, 0, 0, 1];
const rewards = [1, 0.5, 2];
const bootstrapDiscounts = [0.9, 0.81, 0];
// Plain: max_a' Q_target = 5, 4, (7 masked).  Double: Q_target at argmax Q_online (2, 0, 2) = 2, 3, (7 masked).
const plainByHand = [1 + 0.9 * 5, 0.5 + 0.81 * 4, 2];
const doubleByHand = [1 + 0.9 * 2, 0.5 + 0.81 * 3, 2];

describe('TD target', () => {
  it('matches hand-worked values on plain arrays', () => {
    const input = { count: 3, actionCount: 3, rewards, bootstrapDiscounts, nextQTarget, nextQOnline: null };
    expectClose(tdTargetsFromArrays(input, new Float32Array(3)), plainByHand);
    expectClose(tdTargetsFromArrays({ ...input, nextQOnline }, new Float32Array(3)), doubleByHand);
  });

  for (const backend of TEST_BACKENDS) {
    it(`matches hand-worked values as tensors on ${backend}`, async () => {
      await switchBackend(backend);
      const [plain, double] = tf.tidy(() => {
        const target = tf.tensor2d(nextQTarget, [3, 3]);
        const args = [tf.tensor1d(rewards), tf.tensor1d(bootstrapDiscounts)] as const;
        return [tdTargets(target, null, ...args).dataSync(), tdTargets(target, tf.tensor2d(nextQOnline, [3, 3]), ...args).dataSync()];
      });
      expectClose(plain, plainByHand);
      expectClose(double, doubleByHand);
    });
  }

  it('gets n-step returns and discounts from the replay with the current gamma', () => {
    const replay = new ReplayBuffer(4, 1, 3);
    const observation = [0];
    replay.add(observation, 0, 1, [1], 0, 1, observation, 0, false);
    replay.add(observation, 0, 1, [0.5, 1, 2], 0, 2, observation, 0, false);
    replay.add(observation, 0, 1, [2], 0, 1, observation, 0, true);
    const batch = createReplayBatch(3, 1);
    batch.indices.set([0, 1, 2]);
    replay.gather(batch, 0.9, 1);
    expectClose(batch.rewards, [1, 0.5 + 0.9 * 1, 2]);
    expectClose(batch.bootstrapDiscounts, bootstrapDiscounts);
    replay.gather(batch, 0.5, 10);
    expectClose(batch.rewards, [10, 10 * (0.5 + 0.5), 20]);
    expectClose(batch.bootstrapDiscounts, [0.5, 0.25, 0]);
  });
});

function expectClose(actual: ArrayLike<number>, expected: number[]): void {
  expect(actual.length).toBe(expected.length);
  expected.forEach((value, i) => expect(actual[i]).toBeCloseTo(value, 5));
}
