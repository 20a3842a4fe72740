// Training numbers pinned bit for bit. An ~80-step run of the DQN agent for each network and variant hashes
// every update's loss and the weights, target, Adam moments and policy average it ends with; the hashes were
// computed once, on cpu and wasm, from the update path as it was before the wasm backend's Slice, SplitV,
// _FusedMatMul, binary and Transpose kernels were replaced by the lab's in-heap ones (wasm-kernels/). A
// different hash means some update no longer gives the same float32 numbers as before.

import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { DqnAgent } from './dqn';
import type { DqnConfig } from './kinds/dqn/description';
import { SMALL, createEnv, train } from '../testing/small-dqn';
import { TEST_BACKENDS, switchBackend } from '../testing/backends';
import { labWasmKernelsInstalled } from './wasm-kernels/install';

const STEPS = 80;

/** The hashes were recorded with the DQN defaults of the time (Huber loss, gamma 0.99, policy averaging 0.005, alpha 0.001), which the runs keep. */
const RECORDED_WITH: DqnConfig = { ...SMALL, loss: 'huber', discount: 0.99, policyAveraging: 0.005, learningRate: 0.001 };

const CONFIGS: Array<[string, Partial<DqnConfig>]> = [
  ['flat, Double DQN, 3-step, hard target', {}],
  ['per-category, policy average', { inputEncoding: 'per-category', policyAveraging: 0.05 }],
  ['per-category, dueling, soft target', { inputEncoding: 'per-category', dueling: true, targetUpdate: 'soft', targetSoftRate: 0.1 }],
  ['flat, dueling, 3 hidden layers', { dueling: true, hiddenLayerCount: 3 }],
  ['flat, plain DQN, one-step, squared loss, SGD', { doubleDqn: false, multiStep: 1, loss: 'squared', optimizer: 'sgd', learningRate: 0.01 }],
  ['per-category, no target network, one-step', { inputEncoding: 'per-category', targetUpdate: 'none', multiStep: 1 }],
];

/** FNV-1a over the bytes of float32 arrays, as 8 hex digits. */
function hashFloats(arrays: Float32Array[]): string {
  let hash = 0x811c9dc5;
  for (const array of arrays) {
    const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
    for (const byte of bytes) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The run's losses and final state, hashed; the run must leave no tensor behind. */
function runHash(config: Partial<DqnConfig>): string {
  const before = tf.memory().numTensors;
  const agent = new DqnAgent({ config: { ...RECORDED_WITH, ...config }, seed: 7, sessions: 4 });
  const losses = train(agent, createEnv(), STEPS);
  expect(losses.length).toBeGreaterThan(60);
  const arrays = agent.networks.exportArrays();
  agent.dispose();
  expect(tf.memory().numTensors).toBe(before);
  const state = [arrays.parameters, arrays.targetParameters, arrays.firstMoment, arrays.secondMoment, ...(arrays.averagedParameters ? [arrays.averagedParameters] : [])];
  return hashFloats([Float32Array.from(losses), ...state]);
}

/**
 * Hashes of the update path before the in-heap kernels, per backend and config (in CONFIGS order). Re-recorded
 * once when the policy's average began as the plain mean of the first updates (averagingRate in dqn.ts): that
 * change alone, since the runs' losses, weights, target and moments hashed without the average were checked
 * to be the same before and after it.
 */
const EXPECTED: Record<(typeof TEST_BACKENDS)[number], string[]> = {
  cpu: ['f6c21b17', '9b656c52', 'ef9bf98f', '8559df3c', 'ca879384', 'f6375806'],
  wasm: ['c8ba2104', 'cdfbffeb', '9235501d', 'c21d525d', 'cc0b1a38', 'b6b0f411'],
};

describe('an ~80-step DQN run gives the same float32 numbers as before', () => {
  for (const backend of TEST_BACKENDS) {
    it(`on ${backend}, for every network and variant`, async () => {
      await switchBackend(backend);
      // On wasm the run goes through the lab's kernels, as it does in the worker and the CLI.
      if (backend === 'wasm') expect(labWasmKernelsInstalled()).toBe(true);
      const hashes = CONFIGS.map(([, config]) => runHash(config));
      if (process.env.PRINT_HASHES) console.log(backend, JSON.stringify(hashes));
      expect(hashes).toEqual(EXPECTED[backend]);
    });
  }
});
