// Slice, SplitV and Concat as copies inside the wasm heap. tfjs-backend-wasm 4.22's Slice copies its whole input out
// of the heap into a new JavaScript array (backend.readSync) on every call, then copies the slice back in; its
// SplitV slices that way once per part, so splitting the flat parameter vector into six layer blocks read the
// whole vector out six times. Here every byte moves once, heap to heap (copyWithin), and nothing is allocated
// but the output tensor. The numbers are the same bytes either way.

import * as tf from '@tensorflow/tfjs';
import { bytesPerElement, dataOf, type KernelArgs, type WasmBackend, type WasmKernel } from './wasm-backend';

/** Copies the box [begin, begin + size) of x (row-major) into out, row by innermost row. */
function copyBox(backend: WasmBackend, x: tf.TensorInfo, out: tf.TensorInfo, begin: number[], size: number[]): void {
  const bytes = bytesPerElement(x.dtype);
  const from = dataOf(backend, x).memoryOffset;
  let to = dataOf(backend, out).memoryOffset;
  // The heap view is read after makeOutput: an allocation may have grown the heap and replaced it.
  const heap = backend.wasm.HEAPU8;
  const count = tf.util.sizeFromShape(size);
  if (count === 0) return;
  const strides = tf.util.computeStrides(x.shape);
  if (tf.slice_util.isSliceContinous(x.shape, begin, size)) {
    const start = from + tf.slice_util.computeFlatOffset(begin, strides) * bytes;
    heap.copyWithin(to, start, start + count * bytes);
    return;
  }
  // Not contiguous (rank 2 or more): walk the outer indices like an odometer, copying one innermost row each.
  const rank = x.shape.length;
  const rowBytes = size[rank - 1] * bytes;
  const index = begin.slice(0, rank - 1);
  for (let row = 0; row < count / size[rank - 1]; row++) {
    let offset = begin[rank - 1];
    for (let axis = 0; axis < rank - 1; axis++) offset += index[axis] * strides[axis];
    heap.copyWithin(to, from + offset * bytes, from + offset * bytes + rowBytes);
    to += rowBytes;
    for (let axis = rank - 2; axis >= 0; axis--) {
      if (++index[axis] < begin[axis] + size[axis]) break;
      index[axis] = begin[axis];
    }
  }
}

function slice(x: tf.TensorInfo, begin: number | number[], size: number | number[] | undefined, backend: WasmBackend): tf.TensorInfo {
  const [begin_, size_] = tf.slice_util.parseSliceParams(x as tf.Tensor, begin, size);
  const out = backend.makeOutput(size_, x.dtype);
  copyBox(backend, x, out, begin_, size_);
  return out;
}

/** Slice, falling back to the backend's own kernel for strings (which live outside the heap). */
export function inHeapSlice(original: WasmKernel): WasmKernel {
  return (args: KernelArgs) => {
    const { x } = args.inputs as Record<string, tf.TensorInfo>;
    if (x.dtype === 'string') return original(args);
    const attrs = args.attrs as { begin: number | number[]; size?: number | number[] };
    return slice(x, attrs.begin, attrs.size, args.backend);
  };
}

/** SplitV: consecutive slices along one axis, each copied inside the heap. */
export function inHeapSplitV(original: WasmKernel): WasmKernel {
  return (args: KernelArgs) => {
    const { x } = args.inputs as Record<string, tf.TensorInfo>;
    if (x.dtype === 'string') return original(args);
    const { numOrSizeSplits, axis } = args.attrs as { numOrSizeSplits: number | number[]; axis: number | number[] };
    const $axis = tf.util.parseAxisParam(axis, x.shape)[0];
    const sizes = tf.backend_util.prepareSplitSize(x as tf.Tensor, numOrSizeSplits, $axis);
    const begin: number[] = new Array(x.shape.length).fill(0);
    return sizes.map((part) => {
      const size = x.shape.slice();
      size[$axis] = part;
      const out = slice(x, begin, size, args.backend);
      begin[$axis] += part;
      return out;
    });
  };
}

/** Copies the inputs' runs of inner elements, row after row, into out: the concatenation along `axis`. */
function concatInto(backend: WasmBackend, inputs: tf.TensorInfo[], axis: number, out: tf.TensorInfo): void {
  const bytes = bytesPerElement(out.dtype);
  const outer = tf.util.sizeFromShape(inputs[0].shape.slice(0, axis));
  const heap = backend.wasm.HEAPU8;
  let to = dataOf(backend, out).memoryOffset;
  for (let row = 0; row < outer; row++) {
    for (const input of inputs) {
      const runBytes = (tf.util.sizeFromShape(input.shape) / outer) * bytes;
      const from = dataOf(backend, input).memoryOffset + row * runBytes;
      heap.copyWithin(to, from, from + runBytes);
      to += runBytes;
    }
  }
}

/**
 * Concat: the backend's own kernel makes a typed-array view of every input per call; this one copies each
 * input's run of inner elements heap to heap. Strings and a single non-empty input go to the backend's kernel.
 */
export function inHeapConcat(original: WasmKernel): WasmKernel {
  return (args: KernelArgs) => {
    const inputs = args.inputs as tf.TensorInfo[];
    const nonEmpty = inputs.filter((input) => tf.util.sizeFromShape(input.shape) > 0);
    if (nonEmpty.length < 2 || nonEmpty[0].dtype === 'string') return original(args);
    const axis = tf.util.parseAxisParam(args.attrs?.axis as number, inputs[0].shape)[0];
    tf.backend_util.assertParamsConsistent(inputs.map((input) => input.shape), axis);
    const out = args.backend.makeOutput(tf.backend_util.computeOutShape(inputs.map((input) => input.shape), axis), inputs[0].dtype);
    concatInto(args.backend, nonEmpty, axis, out);
    return out;
  };
}

/**
 * Pack (tf.stack): the backend's kernel concatenates through its Concat function (not the registered kernel),
 * with a view per input. Stacking along `axis` is concatenating inputs of shape s[:axis] + [1] + s[axis:].
 */
export function inHeapPack(original: WasmKernel): WasmKernel {
  return (args: KernelArgs) => {
    const inputs = args.inputs as tf.TensorInfo[];
    if (inputs.length < 2 || inputs[0].dtype === 'string') return original(args);
    const shape = inputs[0].shape;
    const axis = tf.util.parseAxisParam(args.attrs?.axis as number, [...shape, 1])[0];
    for (const input of inputs) {
      tf.util.assertShapesMatch(shape, input.shape, 'All tensors passed to stack must have matching shapes');
      tf.util.assert(input.dtype === inputs[0].dtype, () => 'All tensors passed to stack must have matching dtypes');
    }
    const expandedShape = [...shape.slice(0, axis), 1, ...shape.slice(axis)];
    const expanded = inputs.map((input) => ({ ...input, shape: expandedShape }));
    const out = args.backend.makeOutput([...shape.slice(0, axis), inputs.length, ...shape.slice(axis)], inputs[0].dtype);
    if (tf.util.sizeFromShape(shape) > 0) concatInto(args.backend, expanded, axis, out);
    return out;
  };
}
