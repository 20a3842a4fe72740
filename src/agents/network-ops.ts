// The Q-network's tensor ops: per-layer views of the flat parameters, the forward pass and a hand-written backward pass.

import * as tf from '@tensorflow/tfjs';
import { blockSizes, layerSlots, type NetworkShape } from './network';

/** One dense layer as the forward pass uses it (for a dueling output layer: W M and b M). */
export interface DenseLayer {
  /** [1, inputs, outputs]. */
  weight: tf.Tensor3D;
  /** [1, outputs, inputs], for the backward pass; null for the first layer (nothing to backprop into). */
  weightTransposed: tf.Tensor3D | null;
  bias: tf.Tensor1D;
}

/**
 * a b plus bias and ReLU when given: one kernel on rank-3 operands ([1, rows, columns]). It calls the
 * _FusedMatMul kernel directly: the tf.fused.matMul op wraps it in reshapes and a custom-gradient scope
 * that cost more than the multiply. Callers avoid the transpose flags: on wasm they take a slow path
 * (about 10x at 256 x 64 x 64), so operands are transposed explicitly instead.
 */
export function matMul3d(a: tf.Tensor3D, b: tf.Tensor3D, transposeA = false, transposeB = false, bias: tf.Tensor1D | null = null, relu = false): tf.Tensor3D {
  const inputs: tf.NamedTensorMap = bias ? { a, b, bias } : { a, b };
  const attributes = { transposeA, transposeB, activation: relu ? 'relu' : 'linear', leakyreluAlpha: 0 };
  return tf.engine().runKernel('_FusedMatMul', inputs, attributes as unknown as tf.NamedAttrMap) as tf.Tensor3D;
}

/**
 * The dueling map M ((A + 1) x A), or null without a dueling head. Caller owns the tensor.
 * Dueling is a fixed linear map of the last layer's [advantages, value]: Q = z M with
 * M[i][j] = [i = j] - 1/A for the A advantages and M[A][j] = 1 for the value (Q = V + A - mean A),
 * so the forward pass uses W M and b M (once per parameter change) and the gradient of W is (dL/d(WM)) M^T.
 */
export function createDuelingMatrix(shape: NetworkShape): tf.Tensor3D | null {
  if (!shape.dueling) return null;
  const actions = shape.actionCount;
  const values = new Float32Array((actions + 1) * actions);
  for (let row = 0; row <= actions; row++) {
    for (let column = 0; column < actions; column++) {
      values[row * actions + column] = row === actions ? 1 : (row === column ? 1 : 0) - 1 / actions;
    }
  }
  return tf.tensor3d(values, [1, actions + 1, actions]);
}

/** Splits the flat parameters into layers (new tensors the caller must dispose, e.g. with disposeLayers). */
export function createLayers(parameters: tf.Tensor1D, shape: NetworkShape, duelingMatrix: tf.Tensor3D | null): DenseLayer[] {
  const layers: DenseLayer[] = [];
  tf.tidy(() => {
    const blocks = tf.split(parameters, blockSizes(shape));
    const slots = layerSlots(shape);
    slots.forEach((slot, layer) => {
      let weight = tf.reshape(blocks[2 * layer], [1, slot.inputs, slot.outputs]) as tf.Tensor3D;
      let bias = blocks[2 * layer + 1] as tf.Tensor1D;
      if (duelingMatrix && layer === slots.length - 1) {
        weight = matMul3d(weight, duelingMatrix);
        // b M as a sum (the wasm kernel checks the bias's stored rank, which a reshape does not change): the products
        // b_i M[i][j] laid out as M^T's [j][i] and summed over the innermost axis, i in order, as a sum over M's rows
        // would, but without the transpose (and its shape arrays) that a sum over outer axes makes inside the Sum kernel.
        const duelingTransposed = tf.transpose(tf.reshape(duelingMatrix, [slot.outputs, duelingMatrix.shape[2]]));
        bias = tf.sum(tf.mul(tf.reshape(bias, [1, slot.outputs]), duelingTransposed), 1);
      }
      const weightTransposed = layer > 0 ? tf.keep(tf.transpose(weight, [0, 2, 1])) : null;
      layers.push({ weight: tf.keep(weight), weightTransposed, bias: tf.keep(bias) });
    });
  });
  return layers;
}

export function disposeLayers(layers: DenseLayer[]): void {
  for (const layer of layers) {
    layer.weight.dispose();
    layer.weightTransposed?.dispose();
    layer.bias.dispose();
  }
}

/** The forward pass keeping every layer's input ([1, rows, width]) for the backward pass; Q is rows x actions. */
export function forwardTrace(layers: DenseLayer[], input: tf.Tensor2D): { layerInputs: tf.Tensor3D[]; q: tf.Tensor2D } {
  const layerInputs: tf.Tensor3D[] = [];
  let activation = tf.reshape(input, [1, input.shape[0], input.shape[1]]) as tf.Tensor3D;
  layers.forEach((layer, index) => {
    layerInputs.push(activation);
    activation = matMul3d(activation, layer.weight, false, false, layer.bias, index < layers.length - 1);
  });
  return { layerInputs, q: tf.reshape(activation, [input.shape[0], activation.shape[2]]) as tf.Tensor2D };
}

/** Q-values (rows x actions): one fused multiply, bias and ReLU per layer. */
export function forwardQ(layers: DenseLayer[], input: tf.Tensor2D): tf.Tensor2D {
  return forwardTrace(layers, input).q;
}

/**
 * Gradient of the loss with respect to the flat parameters, given dL/dQ (rows x actions).
 * Backprop through z = x W + b, h = relu(z): dW = x^T dz, db = 1^T dz (row sums), dx = dz W^T,
 * and dz = dh where h > 0 (step(h) is 1 there, 0 elsewhere).
 */
export function backward(layers: DenseLayer[], layerInputs: tf.Tensor3D[], qGradient: tf.Tensor2D, duelingMatrix: tf.Tensor3D | null): tf.Tensor1D {
  const blocks: tf.Tensor[] = [];
  let outputGradient = tf.reshape(qGradient, [1, qGradient.shape[0], qGradient.shape[1]]) as tf.Tensor3D;
  // Row sums as a product with a row of ones: a fast multiply instead of a slow reduction over rows.
  const ones = tf.ones([1, 1, qGradient.shape[0]]) as tf.Tensor3D;
  for (let layer = layers.length - 1; layer >= 0; layer--) {
    const input = layerInputs[layer];
    let weightGradient = matMul3d(tf.transpose(input, [0, 2, 1]), outputGradient);
    let biasGradient = matMul3d(ones, outputGradient);
    if (duelingMatrix && layer === layers.length - 1) {
      const duelingTransposed = tf.transpose(duelingMatrix, [0, 2, 1]) as tf.Tensor3D;
      weightGradient = matMul3d(weightGradient, duelingTransposed);
      biasGradient = matMul3d(biasGradient, duelingTransposed);
    }
    blocks.push(tf.reshape(biasGradient, [-1]), tf.reshape(weightGradient, [-1]));
    const weightTransposed = layers[layer].weightTransposed;
    if (weightTransposed) {
      outputGradient = tf.mul(matMul3d(outputGradient, weightTransposed), tf.step(input));
    }
  }
  return tf.concat(blocks.reverse()) as tf.Tensor1D;
}
