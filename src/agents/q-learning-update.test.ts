// The fast update (dqn-update.ts) against the textbook one (q-learning-update.ts), for every network the lab
// offers (flat and per-category, each with and without a dueling head) and every variant (a target network,
// Double DQN, no target network; 1-step and 3-step returns; Huber and squared loss; terminal transitions in
// every batch): same minibatch, same starting weights, then the loss, the targets, Q(s, a), the gradient and
// the weights after SGD and after three Adam steps must agree to float32 rounding.

import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { RandomStream } from '../sim/random';
import { ITEM_COUNT, OBSERVATION_SIZE } from '../sim/settings';
import type { LossName } from './kinds/dqn/description';
import { PackedStat, computeUpdate, createUpdateScratch } from './dqn-update';
import { initialParameters, type NetworkShape } from './network';
import { encodingShape, type InputEncoding } from './observation-encoding';
import { QLearningUpdate, type QLearningSettings } from './q-learning-update';
import { QNetworks } from './q-networks';
import { qValues, type QNetworkLayout } from './q-values';
import { ReplayBuffer, createReplayBatch, type ReplayBatch } from './replay-buffer';
import { TEST_BACKENDS, switchBackend } from '../testing/backends';

/** Large enough that every batch reaches both sides of Huber's bend. */
const BATCH = 16;
const DISCOUNT = 0.9;
const ADAM_STEPS = 3;
// Tolerances, measured on cpu and wasm with about 3x or more to spare (float32 resolves about 6e-8 relative; the two
// paths multiply and sum in different orders, and Adam divides by sqrt(v), which magnifies differences in
// small gradient components from its second step on):
/** Loss, y, Q(s, a) and |g| from the same weights, relative (measured up to 2.6e-7). */
const VALUE_TOLERANCE = 1e-6;
/** The same after one and two Adam steps, whose weights differ by the rounding below (measured up to 6.8e-6). */
const DRIFTED_VALUE_TOLERANCE = 2e-5;
/** Each gradient component, plain and clipped, relative to the largest component (measured up to 4.9e-7). */
const GRADIENT_TOLERANCE = 2e-6;
/** Each weight after the first Adam step at alpha 0.01, absolute (measured up to 1.2e-7; the step is 0.01). */
const FIRST_ADAM_STEP_TOLERANCE = 5e-7;
/** Each weight after the second and third Adam steps, absolute (measured up to 3.1e-6). */
const LATER_ADAM_STEP_TOLERANCE = 1e-5;

const SHAPES: Array<[string, InputEncoding, { dueling: boolean; hiddenLayerCount: number }]> = [
  ['flat', 'flat', { dueling: false, hiddenLayerCount: 2 }],
  ['flat, dueling', 'flat', { dueling: true, hiddenLayerCount: 3 }],
  ['per-category', 'per-category', { dueling: false, hiddenLayerCount: 2 }],
  ['per-category, dueling', 'per-category', { dueling: true, hiddenLayerCount: 1 }],
];
const BOOTSTRAPS: Array<[string, Pick<QLearningSettings, 'doubleDqn' | 'targetIsOnline'>]> = [
  ['target network', { doubleDqn: false, targetIsOnline: false }],
  ['Double DQN', { doubleDqn: true, targetIsOnline: false }],
  ['no target network', { doubleDqn: false, targetIsOnline: true }],
];
const LOSSES: LossName[] = ['huber', 'squared'];
const MULTI_STEPS = [1, 3];

interface Lab {
  layout: QNetworkLayout;
  online: Float32Array;
  target: Float32Array;
  batch: ReplayBatch;
}

/** Random weights (non-zero biases, a target network apart from the online one) and a minibatch of m-step transitions. */
function createLab(encoding: InputEncoding, options: { dueling: boolean; hiddenLayerCount: number }, multiStep: number, seed: number): Lab {
  const random = new RandomStream(seed);
  const { inputSize, rowsPerObservation, outputSize } = encodingShape(encoding);
  const shape: NetworkShape = { inputSize, rowsPerObservation, hiddenWidth: 12, hiddenLayerCount: options.hiddenLayerCount, actionCount: outputSize, dueling: options.dueling };
  const online = initialParameters(shape, random);
  for (let i = 0; i < online.length; i++) online[i] += 0.05 * random.normal();
  const target = online.map((value) => value + 0.1 * random.normal());
  const replay = new ReplayBuffer(BATCH, OBSERVATION_SIZE, multiStep);
  const observation = () => Float32Array.from({ length: OBSERVATION_SIZE }, () => random.next());
  for (let row = 0; row < BATCH; row++) {
    const rewards = Float32Array.from({ length: multiStep }, () => 2 * random.normal());
    // Row 0 ends its session, row 1 runs the full n steps; the rest are random (m from 1 to n, a third end).
    const steps = row === 1 ? multiStep : 1 + random.integer(multiStep);
    replay.add(observation(), 0, random.integer(ITEM_COUNT), rewards, 0, steps, observation(), 0, row === 0 || (row > 1 && random.next() < 1 / 3));
  }
  const batch = createReplayBatch(BATCH, OBSERVATION_SIZE);
  batch.indices.set(Array.from({ length: BATCH }, (_, i) => i));
  replay.gather(batch, DISCOUNT, 1);
  return { layout: { shape, encoding }, online, target, batch };
}

interface StepNumbers {
  loss: number;
  targets: Float32Array;
  qTaken: Float32Array;
  gradientNorm: number;
  /** theta after the step. */
  weights: Float32Array;
}

/** The fast path: QNetworks, computeUpdate and acceptStep, as DqnAgent.learn() drives them. */
function fastSteps(lab: Lab, settings: QLearningSettings, steps: number): StepNumbers[] {
  const networks = new QNetworks(lab.layout.shape, lab.online, lab.layout.encoding);
  const zeros = new Float32Array(lab.online.length);
  networks.importArrays({ parameters: lab.online, targetParameters: lab.target, firstMoment: zeros, secondMoment: zeros });
  const scratch = createUpdateScratch(BATCH, lab.layout.shape.actionCount);
  const result = Array.from({ length: steps }, (_, index) => {
    const { step, packed } = computeUpdate(networks, lab.batch, scratch, { ...settings, optimizerStep: index + 1 });
    const values = packed.dataSync() as Float32Array;
    packed.dispose();
    networks.acceptStep(step);
    const perSample = (offset: number) => values.slice(PackedStat.count + offset * BATCH, PackedStat.count + (offset + 1) * BATCH);
    return { loss: values[PackedStat.loss], targets: perSample(0), qTaken: perSample(1), gradientNorm: values[PackedStat.gradientNorm], weights: networks.exportArrays().parameters };
  });
  networks.dispose();
  return result;
}

/** The textbook: QLearningUpdate.step, with Q(s, a) read from its own forward pass before each step. */
function textbookSteps(lab: Lab, settings: QLearningSettings, steps: number): StepNumbers[] {
  const update = new QLearningUpdate(lab.layout, lab, settings);
  const result = Array.from({ length: steps }, () => {
    const qTaken = tf.tidy(() => {
      const q = qValues(update.theta, lab.layout, lab.batch.observations, BATCH).dataSync();
      return Float32Array.from(lab.batch.actions, (action, i) => q[i * ITEM_COUNT + action]);
    });
    const numbers = update.step(lab.batch);
    return { ...numbers, qTaken, weights: update.theta.dataSync().slice() as Float32Array };
  });
  update.dispose();
  return result;
}

function largestDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let largest = 0;
  for (let i = 0; i < a.length; i++) largest = Math.max(largest, Math.abs(a[i] - b[i]));
  return largest;
}

const largestMagnitude = (values: ArrayLike<number>) => Array.from(values).reduce((largest, value) => Math.max(largest, Math.abs(value)), 0);

/** Loss, y, Q(s, a) and |g| agree within the tolerance, relative to the value (or to 1 when smaller). */
function expectSameValues(fast: StepNumbers, textbook: StepNumbers, tolerance: number): void {
  const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(b)));
  close(fast.loss, textbook.loss);
  close(fast.gradientNorm, textbook.gradientNorm);
  expect(largestDifference(fast.targets, textbook.targets)).toBeLessThanOrEqual(tolerance * Math.max(1, largestMagnitude(textbook.targets)));
  expect(largestDifference(fast.qTaken, textbook.qTaken)).toBeLessThanOrEqual(tolerance * Math.max(1, largestMagnitude(textbook.qTaken)));
}

const moved = (before: Float32Array, after: Float32Array) => after.map((value, i) => before[i] - value);

for (const backend of TEST_BACKENDS) {
  for (const [shapeLabel, encoding, shapeOptions] of SHAPES) {
    describe(`the fast update equals the textbook update on ${backend}: ${shapeLabel} network`, () => {
      for (const [bootstrapLabel, bootstrap] of BOOTSTRAPS) {
        for (const loss of LOSSES) {
          for (const multiStep of MULTI_STEPS) {
            it(`${bootstrapLabel}, ${loss} loss, ${multiStep}-step returns`, async () => {
              await switchBackend(backend);
              const lab = createLab(encoding, shapeOptions, multiStep, 23 + multiStep);
              const sgd: QLearningSettings = { loss, optimizer: 'sgd', learningRate: 1, gradientClipNorm: 0, ...bootstrap };

              // SGD at alpha 1 without clipping moves theta by exactly -g: the gradients themselves.
              const [fast] = fastSteps(lab, sgd, 1);
              const [textbook] = textbookSteps(lab, sgd, 1);
              expectSameValues(fast, textbook, VALUE_TOLERANCE);
              // The batch reaches both sides of Huber's bend (|delta| below and above 1).
              const deltas = Array.from(textbook.targets, (y, i) => Math.abs(y - textbook.qTaken[i]));
              expect(Math.min(...deltas)).toBeLessThan(1);
              expect(Math.max(...deltas)).toBeGreaterThan(1);
              const gradient = moved(lab.online, textbook.weights);
              expect(largestMagnitude(gradient)).toBeGreaterThan(1e-3);
              expect(largestDifference(moved(lab.online, fast.weights), gradient)).toBeLessThanOrEqual(GRADIENT_TOLERANCE * largestMagnitude(gradient));

              // Clipped to half its norm, the step is g / 2.
              const clipped = { ...sgd, gradientClipNorm: textbook.gradientNorm / 2 };
              const [fastClipped] = fastSteps(lab, clipped, 1);
              const [textbookClipped] = textbookSteps(lab, clipped, 1);
              expect(largestDifference(moved(lab.online, textbookClipped.weights), gradient.map((value) => value / 2))).toBeLessThanOrEqual(GRADIENT_TOLERANCE * largestMagnitude(gradient));
              expect(largestDifference(fastClipped.weights, textbookClipped.weights)).toBeLessThanOrEqual(GRADIENT_TOLERANCE * largestMagnitude(gradient));

              // Adam, the lab's optimizer: every step's numbers and weights.
              const adam: QLearningSettings = { ...sgd, optimizer: 'adam', learningRate: 0.01, gradientClipNorm: 10 };
              const fastAdam = fastSteps(lab, adam, ADAM_STEPS);
              const textbookAdam = textbookSteps(lab, adam, ADAM_STEPS);
              for (let step = 0; step < ADAM_STEPS; step++) {
                expectSameValues(fastAdam[step], textbookAdam[step], step === 0 ? VALUE_TOLERANCE : DRIFTED_VALUE_TOLERANCE);
                expect(largestDifference(fastAdam[step].weights, textbookAdam[step].weights)).toBeLessThanOrEqual(step === 0 ? FIRST_ADAM_STEP_TOLERANCE : LATER_ADAM_STEP_TOLERANCE);
              }
              expect(largestDifference(textbookAdam[ADAM_STEPS - 1].weights, lab.online)).toBeGreaterThan(0.01);
            });
          }
        }
      }
    });
  }
}

describe('the textbook update', () => {
  it.each(SHAPES)('sets y = R at a session end, bootstraps with gamma^m otherwise, and each variant changes y: %s', async (_label, encoding, shapeOptions) => {
    await switchBackend('cpu');
    const lab = createLab(encoding, shapeOptions, 3, 20);
    const targets = BOOTSTRAPS.map(([, bootstrap]) => {
      const update = new QLearningUpdate(lab.layout, lab, { loss: 'huber', optimizer: 'sgd', learningRate: 0.1, gradientClipNorm: 0, ...bootstrap });
      const { targets: y } = update.step(lab.batch);
      update.dispose();
      return y;
    });
    const { rewards, bootstrapDiscounts, done } = lab.batch;
    expect(done[0]).toBe(1);
    expect(bootstrapDiscounts[0]).toBe(0);
    expect(bootstrapDiscounts[1]).toBeCloseTo(DISCOUNT ** 3, 6);
    for (const y of targets) {
      expect(y[0]).toBe(rewards[0]);
      expect(Math.abs(y[1] - rewards[1])).toBeGreaterThan(1e-3);
    }
    const [plain, double, online] = targets;
    expect(largestDifference(plain, double)).toBeGreaterThan(1e-3);
    expect(largestDifference(plain, online)).toBeGreaterThan(1e-3);
  });

  for (const backend of TEST_BACKENDS) {
    it.each(SHAPES)(`holds no tensor beyond theta, theta^- and the optimizer's moments on ${backend}: %s`, async (_label, encoding, shapeOptions) => {
      await switchBackend(backend);
      const lab = createLab(encoding, shapeOptions, 3, 21);
      const before = tf.memory().numTensors;
      const update = new QLearningUpdate(lab.layout, lab, { loss: 'huber', optimizer: 'adam', learningRate: 0.01, gradientClipNorm: 10, doubleDqn: true, targetIsOnline: false });
      update.step(lab.batch);
      // theta, theta^-, Adam's two running products of beta and its moments m and v.
      expect(tf.memory().numTensors).toBe(before + 6);
      update.step(lab.batch);
      update.step(lab.batch);
      expect(tf.memory().numTensors).toBe(before + 6);
      update.dispose();
      expect(tf.memory().numTensors).toBe(before);
    });
  }
});
