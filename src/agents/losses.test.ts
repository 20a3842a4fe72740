// Loss, clipping and optimizer tests against values worked out by hand and tf.train.adam.

import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { tdLossValue } from '../contracts/loss-value';
import { tdLoss } from './losses';
import { adamStep, clipByGlobalNorm, sgdStep } from './optimizer';
import { TEST_BACKENDS, switchBackend } from '../testing/backends';

const tdErrors = [0.5, -2, 3, -0.25];

for (const backend of TEST_BACKENDS) {
  describe(`losses and optimizer steps on ${backend}`, () => {
    it('Huber is 1/2 d^2 inside |d| <= 1 and |d| - 1/2 outside, with a clipped gradient', async () => {
      await switchBackend(backend);
      const [loss, gradient] = tf.tidy(() => {
        const result = tdLoss('huber', tf.tensor1d(tdErrors));
        return [result.loss.dataSync()[0], result.gradient.dataSync()];
      });
      expect(loss).toBeCloseTo((0.125 + 1.5 + 2.5 + 0.03125) / 4, 6);
      expect(Array.from(gradient)).toEqual([0.5 / 4, -1 / 4, 1 / 4, -0.25 / 4]);
      expect(tdLossValue('huber', -2)).toBe(1.5);
    });

    it('squared is the mean of 1/2 d^2 with gradient d / batch', async () => {
      await switchBackend(backend);
      const [loss, gradient] = tf.tidy(() => {
        const result = tdLoss('squared', tf.tensor1d(tdErrors));
        return [result.loss.dataSync()[0], result.gradient.dataSync()];
      });
      expect(loss).toBeCloseTo((0.125 + 2 + 4.5 + 0.03125) / 4, 6);
      expect(Array.from(gradient)).toEqual(tdErrors.map((d) => d / 4));
      expect(tdLossValue('squared', 3)).toBe(4.5);
    });

    it('clips by global norm only when the norm is larger than the limit', async () => {
      await switchBackend(backend);
      const [clipped, norm, untouched] = tf.tidy(() => {
        const gradient = tf.tensor1d([3, 4]);
        const result = clipByGlobalNorm(gradient, 1);
        return [result.clipped.dataSync(), result.norm.dataSync()[0], clipByGlobalNorm(gradient, 10).clipped.dataSync()];
      });
      expect(norm).toBeCloseTo(5, 6);
      expect(clipped[0]).toBeCloseTo(0.6, 6);
      expect(clipped[1]).toBeCloseTo(0.8, 6);
      expect(Array.from(untouched)).toEqual([3, 4]);
    });

    it('Adam with bias correction matches tf.train.adam over three steps; SGD is p - alpha g', async () => {
      await switchBackend(backend);
      const gradients = [[0.5, -1, 2], [0.1, 0.3, -0.2], [-1, 0, 4]];
      const ours = tf.tidy(() => {
        let state = { parameters: tf.tensor1d([1, 2, 3]), firstMoment: tf.zeros([3]) as tf.Tensor1D, secondMoment: tf.zeros([3]) as tf.Tensor1D };
        gradients.forEach((gradient, t) => (state = adamStep(state.parameters, tf.tensor1d(gradient), state.firstMoment, state.secondMoment, 0.1, t + 1)));
        return state.parameters.dataSync();
      });
      const variable = tf.variable(tf.tensor1d([1, 2, 3]));
      const optimizer = tf.train.adam(0.1, 0.9, 0.999, 1e-8);
      for (const gradient of gradients) tf.tidy(() => optimizer.applyGradients([{ name: variable.name, tensor: tf.tensor1d(gradient) }]));
      const reference = variable.dataSync();
      ours.forEach((value, i) => expect(value).toBeCloseTo(reference[i], 5));
      variable.dispose();
      optimizer.dispose();
      const sgd = tf.tidy(() => sgdStep(tf.tensor1d([1, 2]), tf.tensor1d([0.5, -1]), tf.zeros([2]), tf.zeros([2]), 0.1).parameters.dataSync());
      expect(sgd[0]).toBeCloseTo(0.95, 6);
      expect(sgd[1]).toBeCloseTo(2.1, 6);
    });
  });
}
