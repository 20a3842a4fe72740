// tfjs backends: switching to one by name, and "auto", which measures rather than guesses.

import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import type { ConcreteBackend } from '../contracts/training-config';
import { installWasmKernels } from '../agents/wasm-kernels/install';

/** Switches tfjs to a backend; throws a readable Error when it cannot start here. */
export async function activateBackend(name: ConcreteBackend): Promise<void> {
  let started = false;
  // The lab's in-heap kernels replace the backend's copying ones before any wasm kernel runs (same numbers).
  if (name === 'wasm') installWasmKernels();
  try {
    started = await tf.setBackend(name);
    await tf.ready();
  } catch (error) {
    throw new Error(`the ${name} backend could not start: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!started || tf.getBackend() !== name) throw new Error(`the ${name} backend could not start here`);
}

export interface BackendTrial {
  backend: ConcreteBackend;
  /** Milliseconds per gradient update, or null when the backend failed to start. */
  msPerUpdate: number | null;
  error?: string;
}

export interface BackendChoice {
  chosen: ConcreteBackend;
  trials: BackendTrial[];
}

/**
 * Activates each candidate in turn, runs the trial (a few updates of the chosen network, returning
 * milliseconds per update), and leaves the fastest active.
 */
export async function chooseFastestBackend(candidates: readonly ConcreteBackend[], trial: () => number): Promise<BackendChoice> {
  const trials: BackendTrial[] = [];
  for (const backend of candidates) {
    try {
      await activateBackend(backend);
      trials.push({ backend, msPerUpdate: trial() });
    } catch (error) {
      trials.push({ backend, msPerUpdate: null, error: error instanceof Error ? error.message : String(error) });
    }
  }
  const working = trials.filter((entry): entry is BackendTrial & { msPerUpdate: number } => entry.msPerUpdate !== null);
  if (working.length === 0) throw new Error(`no tfjs backend could start: ${trials.map((entry) => `${entry.backend}: ${entry.error}`).join('; ')}`);
  const fastest = working.reduce((best, entry) => (entry.msPerUpdate < best.msPerUpdate ? entry : best));
  await activateBackend(fastest.backend);
  return { chosen: fastest.backend, trials };
}
