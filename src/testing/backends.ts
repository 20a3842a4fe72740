// Test support: the tfjs backends the lab offers that run under Node, and a switch between them.

import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';

/** Every op path is tested on each of these (webgl needs a browser). */
export const TEST_BACKENDS = ['cpu', 'wasm'] as const;

export async function switchBackend(name: string): Promise<void> {
  if (tf.getBackend() !== name) await tf.setBackend(name);
  await tf.ready();
}
