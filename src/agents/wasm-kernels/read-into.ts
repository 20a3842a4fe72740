// Reading a float32 tensor into an array the caller keeps. On wasm, dataSync() copies the values out of the heap
// into a new ArrayBuffer on every call (the update reads once per update, acting once per tick); this copies
// them from the heap straight into the caller's array, which allocates nothing. Other backends read as usual.

import * as tf from '@tensorflow/tfjs';
import type { WasmBackend } from './wasm-backend';

/** Writes the tensor's values into out[0 .. size) and returns that part of out (out must be long enough). */
export function readInto(tensor: tf.Tensor, out: Float32Array): Float32Array {
  const size = tensor.size;
  if (out.length < size) throw new RangeError(`readInto: ${size} values do not fit in ${out.length}`);
  const values = out.subarray(0, size);
  const data = tensor.dtype === 'float32' && tf.getBackend() === 'wasm' ? (tf.backend() as unknown as WasmBackend).dataIdMap.get(tensor.dataId) : undefined;
  if (!data) {
    values.set(tensor.dataSync());
    return values;
  }
  const heap = (tf.backend() as unknown as WasmBackend).wasm.HEAPF32;
  const first = data.memoryOffset >>> 2;
  for (let i = 0; i < size; i++) values[i] = heap[first + i];
  return values;
}
