// The online and target Q-networks: every long-lived tensor of the DQN (parameters, moments, layer views).

import * as tf from '@tensorflow/tfjs';
import { parameterCount, type NetworkShape } from './network';
import { encodeCategoryRows, encodeObservations, type InputEncoding } from './observation-encoding';
import { createDuelingMatrix, createLayers, disposeLayers, forwardQ, type DenseLayer } from './network-ops';
import type { OptimizerStep } from './optimizer';
import { readInto } from './wasm-kernels/read-into';

/** The long-lived tensors as plain arrays (for checkpoints). */
export interface QNetworkArrays {
  parameters: Float32Array;
  targetParameters: Float32Array;
  firstMoment: Float32Array;
  secondMoment: Float32Array;
  /** The Polyak average of the online weights (absent when the agent keeps none, and in older files). */
  averagedParameters?: Float32Array;
}

/** Which scratch buffer an encoding goes to: an update needs s and s' encoded at once. */
export type EncodingBuffer = 'current' | 'next' | 'taken';

export class QNetworks {
  readonly shape: NetworkShape;
  readonly encoding: InputEncoding;
  readonly parameterCount: number;
  readonly duelingMatrix: tf.Tensor3D | null;
  private parameters: tf.Tensor1D;
  private targetParameters: tf.Tensor1D;
  private firstMoment: tf.Tensor1D;
  private secondMoment: tf.Tensor1D;
  private online: DenseLayer[];
  private readonly encodedInputs: Record<EncodingBuffer, Float32Array> = { current: new Float32Array(0), next: new Float32Array(0), taken: new Float32Array(0) };
  private target: DenseLayer[];
  /** Polyak average of the online weights, which the greedy policy uses; null when averaging is off. */
  private averaged: tf.Tensor1D | null = null;

  constructor(shape: NetworkShape, initial: Float32Array, encoding: InputEncoding = 'flat') {
    this.shape = shape;
    this.encoding = encoding;
    this.parameterCount = parameterCount(shape);
    if (initial.length !== this.parameterCount) throw new RangeError(`expected ${this.parameterCount} parameters, got ${initial.length}`);
    this.duelingMatrix = createDuelingMatrix(shape);
    this.parameters = tf.tensor1d(initial);
    this.targetParameters = tf.tensor1d(initial);
    this.firstMoment = tf.zeros([this.parameterCount]);
    this.secondMoment = tf.zeros([this.parameterCount]);
    this.online = createLayers(this.parameters, shape, this.duelingMatrix);
    this.target = createLayers(this.targetParameters, shape, this.duelingMatrix);
  }

  get onlineLayers(): DenseLayer[] {
    return this.online;
  }

  get targetLayers(): DenseLayer[] {
    return this.target;
  }

  get flatParameters(): tf.Tensor1D {
    return this.parameters;
  }

  get moments(): { firstMoment: tf.Tensor1D; secondMoment: tf.Tensor1D } {
    return { firstMoment: this.firstMoment, secondMoment: this.secondMoment };
  }

  /** The network input for rows observations (rows x 20), encoded: (rows x rowsPerObservation) x inputSize. */
  inputTensor(observations: Float32Array, rows: number, buffer: EncodingBuffer = 'current'): tf.Tensor2D {
    const networkRows = rows * this.shape.rowsPerObservation;
    const size = networkRows * this.shape.inputSize;
    if (this.encoding === 'flat') return tf.tensor2d(observations.subarray(0, size), [networkRows, this.shape.inputSize]);
    // Reused between calls: an update encodes twice per batch, and acting once per tick. The tensor made
    // from it lives only inside the caller's tidy, so the next call may overwrite it.
    if (this.encodedInputs[buffer].length < size) this.encodedInputs[buffer] = new Float32Array(size);
    const encoded = this.encodedInputs[buffer].subarray(0, size);
    encodeObservations(this.encoding, observations, rows, encoded);
    return tf.tensor2d(encoded, [networkRows, this.shape.inputSize]);
  }

  /**
   * One network row per observation, the row of categories[i] for observation i (rows x inputSize): the rows
   * that give Q(s, a) of the taken actions, encoded alone (per-category network only).
   */
  categoryRowsTensor(observations: Float32Array, rows: number, categories: ArrayLike<number>): tf.Tensor2D {
    const { inputSize } = this.shape;
    if (this.encodedInputs.taken.length < rows * inputSize) this.encodedInputs.taken = new Float32Array(rows * inputSize);
    const taken = this.encodedInputs.taken.subarray(0, rows * inputSize);
    encodeCategoryRows(observations, rows, categories, taken);
    return tf.tensor2d(taken, [rows, inputSize]);
  }

  /** Q-values for rows observations (rows x 20), as rows x 24 in item order; one read-back. */
  predict(observations: Float32Array, rows: number, useTarget = false): Float32Array {
    return this.readQ(useTarget ? this.target : this.online, observations, rows);
  }

  /** The online network's Q-values written into out (rows x 24 at its start), which is returned: acting reads this way every tick. */
  predictInto(observations: Float32Array, rows: number, out: Float32Array): Float32Array {
    return this.readQ(this.online, observations, rows, out);
  }

  /** Q-values of the given layers for rows observations; one read-back, into out when given (nothing allocated then). */
  private readQ(layers: DenseLayer[], observations: Float32Array, rows: number, out?: Float32Array): Float32Array {
    const q = tf.tidy(() => forwardQ(layers, this.inputTensor(observations, rows)));
    const values = out ? readInto(q, out) : (q.dataSync() as Float32Array);
    q.dispose();
    return values;
  }

  /** Starts keeping a Polyak average of the online weights, from the weights of now. */
  startAveraging(): void {
    if (!this.averaged) this.replaceAverage(tf.clone(this.parameters));
  }

  get averaging(): boolean {
    return this.averaged !== null;
  }

  /** average <- average + rate (online - average), after an update (three kernels). */
  blendAverage(rate: number): void {
    const averaged = this.averaged;
    if (averaged) this.replaceAverage(polyak(averaged, this.parameters, rate));
  }

  /** Q-values of the averaged weights (the online ones when there is no average); one read-back. */
  predictAveraged(observations: Float32Array, rows: number): Float32Array {
    const averaged = this.averaged;
    if (!averaged) return this.predict(observations, rows);
    // Layer views made per call (a few slices, kept by createLayers, so disposed here): the average changes
    // after every update, and the policy is read far less often than it changes.
    const layers = createLayers(averaged, this.shape, this.duelingMatrix);
    try {
      return this.readQ(layers, observations, rows);
    } finally {
      disposeLayers(layers);
    }
  }

  private replaceAverage(parameters: tf.Tensor1D | null): void {
    this.averaged?.dispose();
    this.averaged = parameters;
  }

  /** Takes ownership of an optimizer step's tensors and disposes the ones they replace. */
  acceptStep(step: OptimizerStep): void {
    this.parameters.dispose();
    this.firstMoment.dispose();
    this.secondMoment.dispose();
    this.parameters = step.parameters;
    this.firstMoment = step.firstMoment;
    this.secondMoment = step.secondMoment;
    disposeLayers(this.online);
    this.online = createLayers(this.parameters, this.shape, this.duelingMatrix);
  }

  /** Hard target update: target = online. */
  copyToTarget(): void {
    this.replaceTarget(tf.clone(this.parameters));
  }

  /** Soft target update: target = tau online + (1 - tau) target. */
  blendTarget(rate: number): void {
    this.replaceTarget(polyak(this.targetParameters, this.parameters, rate));
  }

  private replaceTarget(parameters: tf.Tensor1D): void {
    this.targetParameters.dispose();
    this.targetParameters = parameters;
    disposeLayers(this.target);
    this.target = createLayers(this.targetParameters, this.shape, this.duelingMatrix);
  }

  exportArrays(): QNetworkArrays {
    return {
      parameters: this.parameters.dataSync().slice() as Float32Array,
      targetParameters: this.targetParameters.dataSync().slice() as Float32Array,
      firstMoment: this.firstMoment.dataSync().slice() as Float32Array,
      secondMoment: this.secondMoment.dataSync().slice() as Float32Array,
      ...(this.averaged ? { averagedParameters: this.averaged.dataSync().slice() as Float32Array } : {}),
    };
  }

  /** Replaces every tensor (lengths must already be checked against parameterCount). */
  importArrays(arrays: QNetworkArrays): void {
    this.acceptStep({ parameters: tf.tensor1d(arrays.parameters), firstMoment: tf.tensor1d(arrays.firstMoment), secondMoment: tf.tensor1d(arrays.secondMoment) });
    this.replaceTarget(tf.tensor1d(arrays.targetParameters));
    // A file without an average (saved before averaging, or by an agent without it) starts one from its weights.
    if (this.averaged) this.replaceAverage(tf.tensor1d(arrays.averagedParameters ?? arrays.parameters));
  }

  dispose(): void {
    disposeLayers(this.online);
    disposeLayers(this.target);
    this.replaceAverage(null);
    this.parameters.dispose();
    this.targetParameters.dispose();
    this.firstMoment.dispose();
    this.secondMoment.dispose();
    this.duelingMatrix?.dispose();
  }
}

/** from + rate (toward - from): the Polyak step of the soft target and of the policy's average (three kernels). */
function polyak(from: tf.Tensor1D, toward: tf.Tensor1D, rate: number): tf.Tensor1D {
  return tf.tidy(() => tf.add(from, tf.mul(tf.sub(toward, from), rate)) as tf.Tensor1D);
}
