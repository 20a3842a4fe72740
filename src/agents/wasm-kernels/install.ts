// Puts the lab's wasm kernels in place of tfjs-backend-wasm's own: in-heap Slice, SplitV, Concat and Pack, and
// _FusedMatMul, binary and Transpose kernels that pass shapes through heap slots. Same C++ functions, same
// arguments, same bytes out (bit-identical-update.test.ts pins the training numbers); no copy out of the heap
// and no typed array per call. engine/backends.ts installs them whenever it activates wasm, which covers the
// worker, the CLI and the benchmarks; tests call it through the same function.

import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { inHeapConcat, inHeapPack, inHeapSlice, inHeapSplitV } from './in-heap-copies';
import { slotBinary, slotFusedMatMul, slotTranspose } from './shape-slot-kernels';
import { ShapeSlots, type WasmKernel } from './wasm-backend';

const BACKEND = 'wasm';
const BINARY_KERNELS = [tf.Add, tf.Sub, tf.Multiply, tf.RealDiv, tf.Maximum, tf.Minimum];

/** Marks a kernel config as the lab's, so that installing twice replaces nothing twice. */
interface LabKernelConfig extends tf.KernelConfig {
  labKernel?: true;
}

/** The kernel names the lab replaces on wasm. */
export const LAB_WASM_KERNELS: readonly string[] = [tf.Slice, tf.SplitV, tf.Concat, tf.Pack, tf._FusedMatMul, tf.Transpose, ...BINARY_KERNELS];

/** True when the lab's kernels are the ones registered for wasm. */
export function labWasmKernelsInstalled(): boolean {
  return LAB_WASM_KERNELS.every((name) => (tf.getKernel(name, BACKEND) as LabKernelConfig | undefined)?.labKernel === true);
}

/** Registers the lab's kernels for wasm (once; later calls change nothing). Each keeps the backend's own as its fallback. */
export function installWasmKernels(): void {
  if (labWasmKernelsInstalled()) return;
  const slots = new ShapeSlots();
  const replacements: Record<string, (original: WasmKernel) => WasmKernel> = {
    [tf.Slice]: inHeapSlice,
    [tf.SplitV]: inHeapSplitV,
    [tf.Concat]: inHeapConcat,
    [tf.Pack]: inHeapPack,
    [tf._FusedMatMul]: (original) => slotFusedMatMul(original, slots),
    [tf.Transpose]: (original) => slotTranspose(original, slots),
    ...Object.fromEntries(BINARY_KERNELS.map((name) => [name, (original: WasmKernel) => slotBinary(name, original, slots)])),
  };
  for (const name of LAB_WASM_KERNELS) {
    const registered = tf.getKernel(name, BACKEND) as LabKernelConfig | undefined;
    if (!registered || registered.labKernel) continue;
    const original = registered.kernelFunc as unknown as WasmKernel;
    // The backend's setup stays: it binds the C++ function its own kernel (the fallback) calls, at backend start.
    const config: LabKernelConfig = { ...registered, kernelFunc: replacements[name](original) as unknown as tf.KernelFunc, labKernel: true };
    tf.unregisterKernel(name, BACKEND);
    tf.registerKernel(config);
  }
}
