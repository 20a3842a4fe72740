// Test support: the tfjs backends the lab offers that run under Node, and a switch between them.

import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { installWasmKernels } from '../agents/wasm-kernels/install';

/** Every op path is tested on each of these (webgl needs a browser). */
export const TEST_BACKENDS = ['cpu', 'wasm'] as const;

/** Switches as the lab does (engine/backends.ts): on wasm, with the lab's in-heap kernels. */
export async function switchBackend(name: string): Promise<void> {
  if (name === 'wasm') installWasmKernels();
  if (tf.getBackend() !== name) await tf.setBackend(name);
  await tf.ready();
}
