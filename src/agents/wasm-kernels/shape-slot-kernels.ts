// _FusedMatMul, the element-wise binary kernels and Transpose, calling the same C++ functions as tfjs-backend-wasm
// 4.22's own kernels with the same arguments, but with shapes written into heap slots (ShapeSlots) and the export
// called directly: the backend's kernels allocate a typed array per shape per call and go through Emscripten's
// ccall, which copies each array onto the wasm stack. Anything these do not cover (a rank above the slots, a
// dtype or activation they do not expect, a no-op transpose) goes to the backend's own kernel.

import * as tf from '@tensorflow/tfjs';
import { CPP_DTYPE, SLOT_DIMENSIONS, dataOf, type KernelArgs, type ShapeSlots, type WasmBackend, type WasmKernel } from './wasm-backend';

type Export = (...args: number[]) => void;

const exported = (backend: WasmBackend, name: string) => backend.wasm[name] as Export;

/** The fused activations' codes (tfjs-backend-wasm's cc/fusable_activations.h). */
const ACTIVATION: Readonly<Record<string, number>> = { linear: 0, relu: 1, relu6: 2, prelu: 3, leakyrelu: 4, sigmoid: 5, elu: 6 };

export function slotFusedMatMul(original: WasmKernel, slots: ShapeSlots): WasmKernel {
  return (args: KernelArgs) => {
    const { a, b, bias, preluActivationWeights } = args.inputs as Record<string, tf.TensorInfo | undefined>;
    const attrs = args.attrs as { transposeA: boolean; transposeB: boolean; activation: string; leakyreluAlpha?: number };
    const { backend } = args;
    const activation = ACTIVATION[attrs.activation];
    // The backend's kernel checks the rank the bias was stored with (a reshape does not change it) and throws.
    const biasData = bias ? dataOf(backend, bias) : null;
    const usual = a && b && a.dtype === 'float32' && b.dtype === 'float32' && activation !== undefined && a.shape.length <= SLOT_DIMENSIONS && b.shape.length <= SLOT_DIMENSIONS;
    if (!usual || !a || !b || (biasData && biasData.shape.length !== 1)) return original(args);
    const leftDim = attrs.transposeA ? a.shape[2] : a.shape[1];
    const rightDim = attrs.transposeB ? b.shape[1] : b.shape[2];
    const batchDims = tf.broadcast_util.assertAndGetBroadcastShape(a.shape.slice(0, -2), b.shape.slice(0, -2));
    const out = backend.makeOutput([...batchDims, leftDim, rightDim], a.dtype);
    const aShape = slots.write(backend, 0, a.shape);
    const bShape = slots.write(backend, 1, b.shape);
    const prelu = preluActivationWeights ? dataOf(backend, preluActivationWeights).id : 0;
    exported(backend, '__FusedMatMul')(
      dataOf(backend, a).id, aShape, a.shape.length,
      dataOf(backend, b).id, bShape, b.shape.length,
      attrs.transposeA ? 1 : 0, attrs.transposeB ? 1 : 0, activation,
      biasData ? biasData.id : 0, prelu, attrs.leakyreluAlpha || 0, dataOf(backend, out).id,
    );
    return out;
  };
}

/** An element-wise binary kernel with broadcasting (Add, Sub, Multiply, RealDiv, Maximum, Minimum). */
export function slotBinary(kernelName: string, original: WasmKernel, slots: ShapeSlots): WasmKernel {
  const exportName = `_${kernelName}`;
  return (args: KernelArgs) => {
    const { a, b } = args.inputs as Record<string, tf.TensorInfo>;
    if (a.shape.length > SLOT_DIMENSIONS || b.shape.length > SLOT_DIMENSIONS || !(a.dtype in CPP_DTYPE)) return original(args);
    const { backend } = args;
    const shape = tf.backend_util.assertAndGetBroadcastShape(a.shape, b.shape);
    const out = backend.makeOutput(shape, a.dtype);
    if (tf.util.sizeFromShape(shape) === 0) return out;
    const aShape = slots.write(backend, 0, a.shape);
    const bShape = slots.write(backend, 1, b.shape);
    exported(backend, exportName)(dataOf(backend, a).id, aShape, a.shape.length, dataOf(backend, b).id, bShape, b.shape.length, CPP_DTYPE[a.dtype], dataOf(backend, out).id);
    return out;
  };
}

/**
 * Transpose. As the backend's kernel does, axes of size one are dropped first (a lower-rank transpose is faster)
 * and the permutation renumbered over the axes left; a permutation that leaves the order as it is copies.
 */
export function slotTranspose(original: WasmKernel, slots: ShapeSlots): WasmKernel {
  return (args: KernelArgs) => {
    const { x } = args.inputs as Record<string, tf.TensorInfo>;
    const perm = (args.attrs as { perm: number[] }).perm;
    if (x.shape.length > SLOT_DIMENSIONS || !(x.dtype in CPP_DTYPE)) return original(args);
    const shape: number[] = [];
    const kept: number[] = [];
    for (let axis = 0; axis < x.shape.length; axis++) {
      if (x.shape[axis] !== 1) shape.push(x.shape[axis]);
      if (x.shape[perm[axis]] !== 1) kept.push(perm[axis]);
    }
    // Renumber the kept axes 0..n-1 in their order (the backend's removeOneSizeDims, step for step).
    for (let rank = 0; rank < kept.length; rank++) {
      let smallest = -1;
      for (let j = 0; j < kept.length; j++) if (kept[j] >= rank && (smallest === -1 || kept[smallest] > kept[j])) smallest = j;
      kept[smallest] = rank;
    }
    if (kept.every((axis, index) => axis === index)) return original(args);
    const { backend } = args;
    const out = backend.makeOutput(perm.map((axis) => x.shape[axis]), x.dtype);
    const shapeAddress = slots.write(backend, 0, shape);
    const permAddress = slots.write(backend, 1, kept);
    exported(backend, '_Transpose')(dataOf(backend, x).id, shapeAddress, shape.length, CPP_DTYPE[x.dtype], dataOf(backend, out).id, permAddress, kept.length);
    return out;
  };
}
