// readInto gives dataSync()'s values, written into the caller's array, on every backend the lab runs under Node.

import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { TEST_BACKENDS, switchBackend } from '../../testing/backends';
import { readInto } from './read-into';

describe('readInto', () => {
  for (const backend of TEST_BACKENDS) {
    it(`copies a float32 tensor's values into the start of the given array on ${backend}`, async () => {
      await switchBackend(backend);
      const tensor = tf.tidy(() => tf.mul(tf.tensor1d([1.5, -2, 3.25, 1e-20, 7]), tf.scalar(3)));
      const out = new Float32Array(8).fill(9);
      const values = readInto(tensor, out);
      expect(Array.from(values)).toEqual(Array.from(tensor.dataSync()));
      expect(values.buffer).toBe(out.buffer);
      expect(out[5]).toBe(9);
      expect(() => readInto(tensor, new Float32Array(4))).toThrow(RangeError);
      tensor.dispose();
    });
  }
});
