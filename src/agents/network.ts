// The Q-network's shape, its flat parameter layout and its seeded initial weights (no tensors here).

import type { RandomStream } from '../sim/random';

export interface NetworkShape {
  /** Inputs of one network row (see observation-encoding.ts). */
  inputSize: number;
  /** Network rows per observation: 1 for the flat encoding, 6 (one per category) for per-category. */
  rowsPerObservation: number;
  hiddenWidth: number;
  hiddenLayerCount: number;
  actionCount: number;
  /** The last layer then has actionCount advantages plus one state value. */
  dueling: boolean;
}

/** Where one dense layer's weights and bias sit in the flat parameter vector. */
export interface LayerSlot {
  inputs: number;
  outputs: number;
  weightOffset: number;
  biasOffset: number;
}

/** All parameters live in one flat vector, layer by layer: W (inputs x outputs, row-major) then b (outputs). */
export function layerSlots(shape: NetworkShape): LayerSlot[] {
  const widths = [shape.inputSize];
  for (let layer = 0; layer < shape.hiddenLayerCount; layer++) widths.push(shape.hiddenWidth);
  widths.push(shape.actionCount + (shape.dueling ? 1 : 0));
  const slots: LayerSlot[] = [];
  let offset = 0;
  for (let layer = 0; layer + 1 < widths.length; layer++) {
    const inputs = widths[layer];
    const outputs = widths[layer + 1];
    slots.push({ inputs, outputs, weightOffset: offset, biasOffset: offset + inputs * outputs });
    offset += inputs * outputs + outputs;
  }
  return slots;
}

export function parameterCount(shape: NetworkShape): number {
  const slots = layerSlots(shape);
  const last = slots[slots.length - 1];
  return last.biasOffset + last.outputs;
}

/** Sizes of the weight and bias blocks in order, for splitting the flat vector. */
export function blockSizes(shape: NetworkShape): number[] {
  return layerSlots(shape).flatMap((slot) => [slot.inputs * slot.outputs, slot.outputs]);
}

/** A readable description of the shape, used to reject mismatched checkpoints. */
export function networkSignature(shape: NetworkShape): string {
  const hidden = Array.from({ length: shape.hiddenLayerCount }, () => shape.hiddenWidth).join('-');
  const shared = shape.rowsPerObservation > 1 ? ` shared over ${shape.rowsPerObservation} categories` : '';
  return `mlp ${shape.inputSize}-${hidden}-${shape.actionCount}${shape.dueling ? ' dueling' : ''}${shared}`;
}

/**
 * Seeded initial parameters: He uniform (limit sqrt(6 / fan_in)) for the ReLU layers, Glorot uniform
 * (limit sqrt(6 / (fan_in + fan_out))) for the output layer, zero biases.
 */
export function initialParameters(shape: NetworkShape, random: RandomStream): Float32Array {
  const parameters = new Float32Array(parameterCount(shape));
  const slots = layerSlots(shape);
  slots.forEach((slot, layer) => {
    const isOutput = layer === slots.length - 1;
    const limit = isOutput ? Math.sqrt(6 / (slot.inputs + slot.outputs)) : Math.sqrt(6 / slot.inputs);
    for (let i = 0; i < slot.inputs * slot.outputs; i++) parameters[slot.weightOffset + i] = random.uniform(-limit, limit);
  });
  return parameters;
}
