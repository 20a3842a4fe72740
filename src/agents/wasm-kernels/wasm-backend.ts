// The part of tfjs-backend-wasm 4.22's backend object the lab's kernels use: the Emscripten module's heap and
// exports, each tensor's place in the heap, and a few int32 slots in the heap for the shapes kernels pass.

import type * as tf from '@tensorflow/tfjs';

/** The Emscripten module: its heap views (replaced when the heap grows, so read them after any allocation) and exports. */
export interface WasmModule {
  HEAPU8: Uint8Array;
  HEAP32: Int32Array;
  HEAPF32: Float32Array;
  _malloc(bytes: number): number;
  /** The C++ kernels, exported as `_` + the kernel's name (`__FusedMatMul` for _FusedMatMul). */
  [exported: string]: unknown;
}

export interface WasmTensorData {
  /** The id the C++ side knows the tensor by. */
  id: number;
  /** Byte offset of its values in the heap. */
  memoryOffset: number;
  /** The shape it was stored with (a reshape shares the data and leaves this as it was). */
  shape: number[];
}

export interface WasmBackend {
  wasm: WasmModule;
  dataIdMap: { get(dataId: tf.DataId): WasmTensorData };
  makeOutput(shape: number[], dtype: tf.DataType): tf.TensorInfo;
}

/** What a kernel function receives. */
export interface KernelArgs {
  inputs: Record<string, tf.TensorInfo> | tf.TensorInfo[];
  backend: WasmBackend;
  attrs?: Record<string, unknown>;
}

export type WasmKernel = (args: KernelArgs) => tf.TensorInfo | tf.TensorInfo[];

/** The C++ side's dtype codes (tfjs-backend-wasm's cc/backend.h). */
export const CPP_DTYPE: Readonly<Record<string, number>> = { float32: 0, int32: 1, bool: 2, string: 3, complex64: 4 };

/** Bytes per element in the heap (a bool is one byte). */
export function bytesPerElement(dtype: tf.DataType): number {
  return dtype === 'bool' ? 1 : 4;
}

/** Dimensions one shape slot holds; kernels on tensors of higher rank use the backend's own kernel. */
export const SLOT_DIMENSIONS = 8;
const SLOT_COUNT = 4;

/**
 * int32 slots in the wasm heap for the shapes and permutations a kernel passes to C++: written in place, so a
 * kernel call allocates no typed array (the backend's own kernels build `new Uint8Array(new Int32Array(shape)
 * .buffer)` per shape and call, which a Chromium worker pays for in allocation and garbage collection).
 * Each backend gets its slots once, from its own heap; they live as long as the backend.
 */
export class ShapeSlots {
  private readonly addresses = new WeakMap<WasmBackend, number>();

  /** Byte address of slot `slot` holding `values` (at most SLOT_DIMENSIONS of them). */
  write(backend: WasmBackend, slot: number, values: readonly number[]): number {
    let base = this.addresses.get(backend);
    if (base === undefined) {
      base = backend.wasm._malloc(SLOT_COUNT * SLOT_DIMENSIONS * 4);
      this.addresses.set(backend, base);
    }
    const address = base + slot * SLOT_DIMENSIONS * 4;
    const heap = backend.wasm.HEAP32;
    for (let i = 0; i < values.length; i++) heap[(address >>> 2) + i] = values[i];
    return address;
  }
}

/** The heap address and C++ id of a tensor's values. */
export function dataOf(backend: WasmBackend, tensor: tf.TensorInfo): WasmTensorData {
  return backend.dataIdMap.get(tensor.dataId);
}
