// Network op tests: the hand-written forward and backward passes against plain ops and tf.grad.

import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { RandomStream } from '../sim/random';
import { initialParameters, type NetworkShape } from './network';
import { backward, createDuelingMatrix, createLayers, disposeLayers, forwardTrace } from './network-ops';
import { networkRows } from './q-values';
import { TEST_BACKENDS, switchBackend } from '../testing/backends';

const ROWS = 5;

for (const backend of TEST_BACKENDS) {
  for (const dueling of [false, true]) {
    describe(`network ops on ${backend}${dueling ? ' with a dueling head' : ''}`, () => {
      const shape: NetworkShape = { inputSize: 20, rowsPerObservation: 1, hiddenWidth: 16, hiddenLayerCount: 2, actionCount: 24, dueling };

      it('forward pass and hand-written gradients equal the reference ops and tf.grad', async () => {
        await switchBackend(backend);
        const random = new RandomStream(11);
        const initial = initialParameters(shape, random);
        for (let i = 0; i < initial.length; i++) initial[i] += 0.05 * random.normal(); // non-zero biases too
        const inputValues = Float32Array.from({ length: ROWS * 20 }, () => random.next());
        const weights = Float32Array.from({ length: ROWS * 24 }, () => random.normal());
        const [ours, reference, oursQ, referenceQValues] = tf.tidy(() => {
          const parameters = tf.tensor1d(initial);
          const input = tf.tensor2d(inputValues, [ROWS, 20]);
          const qGradient = tf.tensor2d(weights, [ROWS, 24]);
          const duelingMatrix = createDuelingMatrix(shape);
          const layers = createLayers(parameters, shape, duelingMatrix);
          const { layerInputs, q } = forwardTrace(layers, input);
          const gradient = backward(layers, layerInputs, qGradient, duelingMatrix).dataSync();
          const qValues = q.dataSync();
          disposeLayers(layers);
          duelingMatrix?.dispose();
          // L = sum(Q * G) has dL/dQ = G, so tf.grad of L is the reference gradient.
          const autodiff = tf.grad((flat: tf.Tensor) => tf.sum(tf.mul(networkRows(flat as tf.Tensor1D, shape, input), qGradient)));
          return [gradient, autodiff(parameters).dataSync(), qValues, networkRows(parameters, shape, input).dataSync()];
        });
        expect(ours.length).toBe(reference.length);
        let largest = 0;
        for (let i = 0; i < ours.length; i++) largest = Math.max(largest, Math.abs(ours[i] - reference[i]));
        expect(largest).toBeLessThan(1e-4);
        for (let i = 0; i < oursQ.length; i++) expect(oursQ[i]).toBeCloseTo(referenceQValues[i], 4);
      });
    });
  }
}
