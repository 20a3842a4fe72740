// The lab's wasm kernels against tfjs-backend-wasm's own: every case is run with the backend's kernels first,
// then with the lab's installed, and must give the same bytes, shape and dtype; and an update then copies nothing
// out of the heap through readSync (its one read-back goes straight into the agent's arrays) and builds no shape arrays.

import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { describe, expect, it } from 'vitest';
import { createCatalog } from '../../sim/catalog';
import { BatchedShopperEnv } from '../../sim/env';
import { RandomStream } from '../../sim/random';
import { DEFAULT_SIM_SETTINGS, ITEM_COUNT } from '../../sim/settings';
import { createActionBatch } from '../agent';
import { DqnAgent } from '../dqn';
import { DEFAULT_DQN_CONFIG, type DqnConfig } from '../kinds/dqn/description';
import { rememberRandomTransitions } from '../random-transitions';
import { installWasmKernels, labWasmKernelsInstalled } from './install';

const random = new RandomStream(11);
const values = (size: number) => Float32Array.from({ length: size }, () => random.normal());
const floats = (shape: number[]) => tf.tensor(values(shape.reduce((a, b) => a * b, 1)), shape);

/** Each case builds its inputs and runs one op; the inputs are made outside it, the same for both runs. */
const CASES: Array<[string, () => () => tf.Tensor | tf.Tensor[]]> = [
  ['Slice, contiguous (a block of a flat vector)', () => { const x = floats([300]); return () => tf.slice(x, 37, 120); }],
  ['Slice, rows of a matrix', () => { const x = floats([7, 5]); return () => tf.slice(x, [2, 0], [3, 5]); }],
  ['Slice, a window of a matrix', () => { const x = floats([7, 5]); return () => tf.slice(x, [1, 1], [4, 3]); }],
  ['Slice, rank 3 with -1', () => { const x = floats([3, 4, 5]); return () => tf.slice(x, [1, 1, 2], [-1, 2, 2]); }],
  ['Slice, rank 5', () => { const x = floats([2, 3, 2, 3, 4]); return () => tf.slice(x, [1, 0, 1, 1, 1], [1, 2, 1, 2, 2]); }],
  ['Slice, int32', () => { const x = tf.tensor2d([1, 2, 3, 4, 5, 6], [2, 3], 'int32'); return () => tf.slice(x, [0, 1], [2, 2]); }],
  ['Slice, bool', () => { const x = tf.tensor1d([1, 0, 1, 1, 0], 'bool'); return () => tf.slice(x, 1, 3); }],
  ['SplitV, the six blocks of a parameter vector', () => { const x = floats([1000]); return () => tf.split(x, [100, 10, 500, 50, 300, 40]); }],
  ['SplitV, paired Q-values into two halves', () => { const x = floats([8, 24]); return () => tf.split(x, 2); }],
  ['SplitV, along the last axis', () => { const x = floats([4, 6]); return () => tf.split(x, [1, 3, 2], 1); }],
  ['Concat, blocks into one vector', () => { const parts = [floats([5]), floats([0]), floats([9]), floats([3])]; return () => tf.concat(parts); }],
  ['Concat, matrices along columns', () => { const a = floats([3, 2]); const b = floats([3, 4]); return () => tf.concat([a, b], 1); }],
  ['Concat, one non-empty input', () => { const a = floats([4]); const b = floats([0]); return () => tf.concat([a, b]); }],
  ['Pack, scalars', () => { const parts = [tf.scalar(1.5), tf.scalar(-2), tf.scalar(3.25)]; return () => tf.stack(parts); }],
  ['Pack, matrices along axis 1', () => { const a = floats([2, 3]); const b = floats([2, 3]); return () => tf.stack([a, b], 1); }],
  ['Transpose, rank 3 with a unit axis', () => { const x = floats([1, 5, 7]); return () => tf.transpose(x, [0, 2, 1]); }],
  ['Transpose, rank 4', () => { const x = floats([2, 3, 4, 5]); return () => tf.transpose(x, [3, 1, 0, 2]); }],
  ['Transpose, a permutation that changes nothing', () => { const x = floats([1, 4, 1]); return () => tf.transpose(x, [2, 1, 0]); }],
  ['Add, broadcasting a row', () => { const a = floats([6, 4]); const b = floats([4]); return () => tf.add(a, b); }],
  ['Sub, Multiply, RealDiv with a scalar', () => { const a = floats([17]); return () => [tf.sub(a, 0.25), tf.mul(a, 3), tf.div(2, a)]; }],
  ['Maximum and Minimum', () => { const a = floats([3, 5]); const b = floats([3, 5]); return () => [tf.maximum(a, b), tf.minimum(a, 0.1)]; }],
  ['Add, int32', () => { const a = tf.tensor1d([1, 2, 3], 'int32'); const b = tf.tensor1d([7, -8, 9], 'int32'); return () => tf.add(a, b); }],
  ['_FusedMatMul with bias and ReLU', () => {
    const a = floats([1, 9, 6]); const b = floats([1, 6, 4]); const bias = floats([4]);
    return () => tf.engine().runKernel('_FusedMatMul', { a, b, bias }, { transposeA: false, transposeB: false, activation: 'relu', leakyreluAlpha: 0 } as unknown as tf.NamedAttrMap) as tf.Tensor;
  }],
  ['_FusedMatMul, transposed operands, batch broadcast', () => { const a = floats([2, 6, 9]); const b = floats([1, 4, 6]); return () => tf.matMul(a, b, true, true); }],
];

/** The run's outputs as raw bytes with their shapes and dtypes. */
function outputs(make: () => tf.Tensor | tf.Tensor[]): Array<{ shape: number[]; dtype: string; bytes: number[] }> {
  const result = make();
  const tensors = Array.isArray(result) ? result : [result];
  const read = tensors.map((tensor) => {
    const data = tensor.dataSync();
    return { shape: tensor.shape, dtype: tensor.dtype, bytes: Array.from(new Uint8Array(data.buffer, data.byteOffset, data.byteLength)) };
  });
  tf.dispose(tensors);
  return read;
}

describe('the lab wasm kernels', () => {
  it('give the same bytes as the backend kernels for every case', async () => {
    await tf.setBackend('wasm');
    await tf.ready();
    expect(labWasmKernelsInstalled()).toBe(false);
    const runs = CASES.map(([, build]) => build());
    const before: Array<ReturnType<typeof outputs>> = [];
    for (const run of runs) before.push(outputs(run));
    installWasmKernels();
    expect(labWasmKernelsInstalled()).toBe(true);
    for (let index = 0; index < runs.length; index++) {
      expect({ name: CASES[index][0], outputs: outputs(runs[index]) }).toEqual({ name: CASES[index][0], outputs: before[index] });
    }
  });

  const UPDATE_CONFIGS: Array<[string, Partial<DqnConfig>]> = [
    ['the default network', {}],
    ['a dueling head with a soft target', { dueling: true, targetUpdate: 'soft' }],
  ];
  for (const [label, variant] of UPDATE_CONFIGS) it(`let a DQN update and acting copy nothing out through readSync and build no shape arrays, without leaking tensors: ${label}`, async () => {
    installWasmKernels();
    installWasmKernels();
    await tf.setBackend('wasm');
    const env = new BatchedShopperEnv({ settings: DEFAULT_SIM_SETTINGS, catalog: createCatalog(DEFAULT_SIM_SETTINGS, 1), sessions: 8, shopperSeed: 1, environmentSeed: 2 });
    const agent = new DqnAgent({ config: { ...DEFAULT_DQN_CONFIG, ...variant, replayCapacity: 2048, learningStarts: 1 }, seed: 3, sessions: 8 });
    rememberRandomTransitions(agent, new RandomStream(4), 64);
    for (let i = 0; i < 3; i++) agent.learn();
    const tensors = tf.memory().numTensors;
    const backend = tf.backend() as unknown as { readSync: (...args: unknown[]) => unknown };
    const readSync = backend.readSync;
    let reads = 0;
    backend.readSync = (...args: unknown[]) => {
      reads += 1;
      return readSync.apply(backend, args);
    };
    const Int32 = globalThis.Int32Array;
    let shapeArrays = 0;
    // The backend's kernels wrote every shape as `new Int32Array(shape)`, from a plain array.
    globalThis.Int32Array = new Proxy(Int32, {
      construct(target, args, newTarget) {
        if (Array.isArray(args[0])) shapeArrays += 1;
        return Reflect.construct(target, args, newTarget);
      },
    });
    try {
      for (let i = 0; i < 10; i++) {
        const stats = agent.learn();
        expect(Number.isFinite(stats?.loss)).toBe(true);
      }
      const actions = createActionBatch(8, ITEM_COUNT);
      agent.act(env, 0, actions);
      expect(actions.qValues.some((value) => value !== 0)).toBe(true);
    } finally {
      globalThis.Int32Array = Int32;
      backend.readSync = readSync;
    }
    expect(reads).toBe(0);
    expect(shapeArrays).toBe(0);
    expect(tf.memory().numTensors).toBe(tensors);
    agent.dispose();
  });
});
