// Watches the WebGL context that tfjs trains on: a lost context (a GPU reset, a driver crash, too many
// contexts) turns every later GPU op into garbage, so the session must notice and move to another backend.

import * as tf from '@tensorflow/tfjs';

interface WebglBackendShape {
  gpgpu?: { gl?: { canvas?: EventTarget } };
}

/** Calls onLost once when the active backend's WebGL context is lost; returns a function that stops watching. */
export function watchWebglContext(onLost: () => void): () => void {
  const canvas = (tf.backend() as unknown as WebglBackendShape).gpgpu?.gl?.canvas;
  if (!canvas || typeof canvas.addEventListener !== 'function') return () => {};
  const listener = (event: Event) => {
    event.preventDefault();
    onLost();
  };
  canvas.addEventListener('webglcontextlost', listener, { once: true });
  return () => canvas.removeEventListener('webglcontextlost', listener);
}

/** What a session watches on a backend: its WebGL context when it trains on webgl; nothing can be lost on the others. */
export function watchBackendContext(backend: string, onLost: () => void): () => void {
  return backend === 'webgl' ? watchWebglContext(onLost) : () => {};
}
