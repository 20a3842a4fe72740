// The whole update against autodiff: with plain SGD at rate 1 and no clipping, the parameters move by exactly
// minus the gradient, which must equal tf.grad of the mean Huber TD loss written with plain ops over every
// network row (the update backpropagates through the taken action's row alone, and the online network runs
// over s and s' together). The packed TD targets and Q(s, a) are checked against plain arrays too.

import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { RandomStream } from '../sim/random';
import { ITEM_COUNT, OBSERVATION_SIZE } from '../sim/settings';
import { PackedStat, computeUpdate, createUpdateScratch } from './dqn-update';
import { initialParameters, type NetworkShape } from './network';
import { encodingShape, type InputEncoding } from './observation-encoding';
import { QNetworks } from './q-networks';
import { networkRows } from './q-values';
import { createReplayBatch } from './replay-buffer';
import { tdTargetsFromArrays } from './td-target';
import { TEST_BACKENDS, switchBackend } from '../testing/backends';

const BATCH = 8;

const CASES: Array<[string, InputEncoding, { doubleDqn: boolean; targetIsOnline: boolean; dueling: boolean }]> = [
  ['per-category, Double DQN', 'per-category', { doubleDqn: true, targetIsOnline: false, dueling: false }],
  ['per-category, plain DQN with a target network, dueling', 'per-category', { doubleDqn: false, targetIsOnline: false, dueling: true }],
  ['per-category, no target network', 'per-category', { doubleDqn: false, targetIsOnline: true, dueling: false }],
  ['flat, Double DQN', 'flat', { doubleDqn: true, targetIsOnline: false, dueling: false }],
];

for (const backend of TEST_BACKENDS) {
  describe(`the DQN update on ${backend}`, () => {
    it.each(CASES)('moves the weights by minus the autodiff gradient of the TD loss: %s', async (_label, encoding, options) => {
      await switchBackend(backend);
      const random = new RandomStream(5);
      const { inputSize, rowsPerObservation, outputSize } = encodingShape(encoding);
      const shape: NetworkShape = { inputSize, rowsPerObservation, hiddenWidth: 12, hiddenLayerCount: 2, actionCount: outputSize, dueling: options.dueling };
      const online = initialParameters(shape, random);
      for (let i = 0; i < online.length; i++) online[i] += 0.05 * random.normal(); // non-zero biases too
      const target = online.map((value) => value + 0.1 * random.normal());
      const networks = new QNetworks(shape, online, encoding);
      networks.importArrays({ parameters: online, targetParameters: target, firstMoment: new Float32Array(online.length), secondMoment: new Float32Array(online.length) });
      const batch = createReplayBatch(BATCH, OBSERVATION_SIZE);
      for (let i = 0; i < BATCH * OBSERVATION_SIZE; i++) {
        batch.observations[i] = random.next();
        batch.nextObservations[i] = random.next();
      }
      for (let i = 0; i < BATCH; i++) {
        batch.actions[i] = random.integer(ITEM_COUNT);
        batch.rewards[i] = 2 * random.normal();
        batch.bootstrapDiscounts[i] = i % 3 === 0 ? 0 : 0.97;
      }
      const before = tf.memory().numTensors;
      const { step, packed } = computeUpdate(networks, batch, createUpdateScratch(BATCH, outputSize), {
        loss: 'huber',
        optimizer: 'sgd',
        learningRate: 1,
        optimizerStep: 1,
        gradientClipNorm: 0,
        ...options,
      });
      const moved = step.parameters.dataSync();
      const values = packed.dataSync();
      tf.dispose([step.parameters, step.firstMoment, step.secondMoment, packed]);
      expect(tf.memory().numTensors).toBe(before);

      // The reference: Q-values of every row with plain ops, targets on plain arrays, tf.losses.huberLoss.
      const qOf = (parameters: Float32Array, observations: Float32Array) =>
        tf.tidy(() => networkRows(tf.tensor1d(parameters), shape, networks.inputTensor(observations, BATCH)).reshape([BATCH, ITEM_COUNT]).dataSync());
      const bootstrap = options.targetIsOnline ? online : target;
      const targets = tdTargetsFromArrays(
        { count: BATCH, actionCount: ITEM_COUNT, rewards: batch.rewards, bootstrapDiscounts: batch.bootstrapDiscounts, nextQTarget: qOf(bootstrap, batch.nextObservations), nextQOnline: options.doubleDqn ? qOf(online, batch.nextObservations) : null },
        new Float32Array(BATCH),
      );
      const mask = new Float32Array(BATCH * ITEM_COUNT);
      for (let i = 0; i < BATCH; i++) mask[i * ITEM_COUNT + batch.actions[i]] = 1;
      const [gradient, qTaken] = tf.tidy(() => {
        const input = networks.inputTensor(batch.observations, BATCH);
        const taken = (flat: tf.Tensor) => tf.sum(tf.mul(tf.reshape(networkRows(flat as tf.Tensor1D, shape, input), [BATCH, ITEM_COUNT]), tf.tensor2d(mask, [BATCH, ITEM_COUNT])), 1);
        const loss = (flat: tf.Tensor) => tf.losses.huberLoss(tf.tensor1d(targets), taken(flat), undefined, 1) as tf.Scalar;
        return [tf.grad(loss)(tf.tensor1d(online)).dataSync(), taken(tf.tensor1d(online)).dataSync()];
      });
      networks.dispose();

      let largest = 0;
      for (let i = 0; i < online.length; i++) largest = Math.max(largest, Math.abs(online[i] - moved[i] - gradient[i]));
      expect(largest).toBeLessThan(1e-5);
      expect(Math.max(...gradient.map(Math.abs))).toBeGreaterThan(1e-3); // a gradient that could be wrong
      for (let i = 0; i < BATCH; i++) {
        expect(values[PackedStat.count + i]).toBeCloseTo(targets[i], 4);
        expect(values[PackedStat.count + BATCH + i]).toBeCloseTo(qTaken[i], 4);
      }
      // The charted statistics are the mean and the largest of the taken actions' Q(s, a).
      expect(values[PackedStat.meanQ]).toBeCloseTo(Array.from(qTaken).reduce((sum, q) => sum + q, 0) / BATCH, 4);
      expect(values[PackedStat.maxQ]).toBeCloseTo(Math.max(...Array.from(qTaken)), 4);
    });
  });
}
