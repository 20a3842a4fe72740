// The replay memory: n-step transitions in typed-array columns, overwritten oldest-first, sampled uniformly.

import { replayBytes } from '../contracts/replay-size';
import type { RandomStream } from '../sim/random';
import type { CheckpointRefusal } from '../contracts/checkpoint-refusal';
import type { ReplayHolding } from './agent';

/** A sampled minibatch, written into preallocated arrays. */
export interface ReplayBatch {
  size: number;
  /** Replay rows the batch came from. */
  indices: Int32Array;
  observations: Float32Array;
  actions: Int32Array;
  /** n-step return: sum over k < m of gamma^k r_k, times the reward scale. */
  rewards: Float32Array;
  nextObservations: Float32Array;
  done: Uint8Array;
  /** gamma^m where the transition bootstraps, 0 where it ended the session. */
  bootstrapDiscounts: Float32Array;
}

export function createReplayBatch(size: number, observationSize: number): ReplayBatch {
  return {
    size,
    indices: new Int32Array(size),
    observations: new Float32Array(size * observationSize),
    actions: new Int32Array(size),
    rewards: new Float32Array(size),
    nextObservations: new Float32Array(size * observationSize),
    done: new Uint8Array(size),
    bootstrapDiscounts: new Float32Array(size),
  };
}

/**
 * Each row keeps its raw rewards r_0..r_{m-1} rather than their discounted sum, so the return and the
 * bootstrap discount are computed at sampling time with the current gamma (a gamma change acts at once).
 */
export class ReplayBuffer {
  readonly capacity: number;
  readonly observationSize: number;
  /** Longest reward sequence a row can hold (the n of n-step returns). */
  readonly maxSteps: number;
  readonly observations: Float32Array;
  readonly actions: Int32Array;
  /** capacity x maxSteps raw rewards; only the first stepCounts[row] are used. */
  readonly rewardSequences: Float32Array;
  /** m: rewards summed in the row (n, or fewer where the session ended first). */
  readonly stepCounts: Uint8Array;
  readonly nextObservations: Float32Array;
  readonly done: Uint8Array;
  private stored = 0;
  private position = 0;

  constructor(capacity: number, observationSize: number, maxSteps: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`replay capacity must be a positive integer, got ${capacity}`);
    if (!Number.isInteger(maxSteps) || maxSteps < 1 || maxSteps > 255) throw new RangeError(`steps per transition must be 1 to 255, got ${maxSteps}`);
    this.capacity = capacity;
    this.observationSize = observationSize;
    this.maxSteps = maxSteps;
    this.observations = new Float32Array(capacity * observationSize);
    this.actions = new Int32Array(capacity);
    this.rewardSequences = new Float32Array(capacity * maxSteps);
    this.stepCounts = new Uint8Array(capacity);
    this.nextObservations = new Float32Array(capacity * observationSize);
    this.done = new Uint8Array(capacity);
  }

  /** Transitions held (at most the capacity). */
  get size(): number {
    return this.stored;
  }

  /** The row the next transition will be written to. */
  get nextRow(): number {
    return this.position;
  }

  /** Stores one transition whose rewards are rewards[rewardOffset .. rewardOffset + steps). */
  add(
    observations: ArrayLike<number>,
    observationOffset: number,
    action: number,
    rewards: ArrayLike<number>,
    rewardOffset: number,
    steps: number,
    nextObservations: ArrayLike<number>,
    nextObservationOffset: number,
    done: boolean,
  ): void {
    if (steps < 1 || steps > this.maxSteps) throw new RangeError(`a transition sums 1 to ${this.maxSteps} rewards, got ${steps}`);
    const row = this.position;
    const width = this.observationSize;
    for (let f = 0; f < width; f++) {
      this.observations[row * width + f] = observations[observationOffset + f];
      this.nextObservations[row * width + f] = nextObservations[nextObservationOffset + f];
    }
    for (let k = 0; k < this.maxSteps; k++) this.rewardSequences[row * this.maxSteps + k] = k < steps ? rewards[rewardOffset + k] : 0;
    this.actions[row] = action;
    this.stepCounts[row] = steps;
    this.done[row] = done ? 1 : 0;
    this.position = (row + 1) % this.capacity;
    this.stored = Math.min(this.stored + 1, this.capacity);
  }

  /** Fills batch with rows drawn uniformly with replacement; returns and discounts use the given gamma. */
  sample(random: RandomStream, batch: ReplayBatch, discount: number, rewardScale: number): void {
    if (this.stored === 0) throw new Error('cannot sample from an empty replay memory');
    for (let i = 0; i < batch.size; i++) batch.indices[i] = random.integer(this.stored);
    this.gather(batch, discount, rewardScale);
  }

  /** Fills batch from the rows already in batch.indices (used by sample, and by tests with chosen rows). */
  gather(batch: ReplayBatch, discount: number, rewardScale: number): void {
    const width = this.observationSize;
    for (let i = 0; i < batch.size; i++) {
      const row = batch.indices[i];
      batch.observations.set(this.observations.subarray(row * width, (row + 1) * width), i * width);
      batch.nextObservations.set(this.nextObservations.subarray(row * width, (row + 1) * width), i * width);
      batch.actions[i] = this.actions[row];
      batch.done[i] = this.done[row];
      const steps = this.stepCounts[row];
      let discountedReturn = 0;
      let weight = 1;
      for (let k = 0; k < steps; k++) {
        discountedReturn += weight * this.rewardSequences[row * this.maxSteps + k];
        weight *= discount;
      }
      batch.rewards[i] = rewardScale * discountedReturn;
      // Bootstrap: + gamma^m max Q(s_{t+m}) unless the session ended within the m steps.
      batch.bootstrapDiscounts[i] = this.done[row] ? 0 : weight;
    }
  }

  /** Bytes of the columns of a buffer of this shape: what its checkpoint arrays weigh in a file. */
  static bytesFor(capacity: number, observationSize: number, maxSteps: number): number {
    return replayBytes(capacity, observationSize, maxSteps);
  }

  /**
   * The columns and counters, for checkpoints (every array name starts with "replay"). Copied by default; with
   * `holding` 'live', the buffer's own columns (no copy): valid only until the next transition is added, for a
   * reader that copies what it keeps at once (the run store cuts its new chunks out of them).
   */
  exportState(holding: ReplayHolding = 'copied'): { arrays: Record<string, Float32Array | Int32Array | Uint8Array>; numbers: Record<string, number> } {
    const held = <T extends Float32Array | Int32Array | Uint8Array>(column: T): T => (holding === 'live' ? column : (column.slice() as T));
    return {
      arrays: {
        replayObservations: held(this.observations),
        replayActions: held(this.actions),
        replayRewardSequences: held(this.rewardSequences),
        replayStepCounts: held(this.stepCounts),
        replayNextObservations: held(this.nextObservations),
        replayDone: held(this.done),
      },
      numbers: { replayStored: this.stored, replayPosition: this.position },
    };
  }

  /** Checks that a saved state fits this buffer; returns a reason when it does not. */
  static mismatch(buffer: ReplayBuffer, arrays: Record<string, ArrayLike<number>>, numbers: Record<string, number>): CheckpointRefusal | null {
    const expected: Record<string, number> = {
      replayObservations: buffer.observations.length,
      replayActions: buffer.capacity,
      replayRewardSequences: buffer.rewardSequences.length,
      replayStepCounts: buffer.capacity,
      replayNextObservations: buffer.nextObservations.length,
      replayDone: buffer.capacity,
    };
    for (const [name, length] of Object.entries(expected)) {
      if (!arrays[name]) return { code: 'missing-array', name };
      if (arrays[name].length !== length) return { code: 'array-length', name, length: arrays[name].length, expected: length };
    }
    const { replayStored, replayPosition } = numbers;
    if (!(Number.isInteger(replayStored) && replayStored >= 0 && replayStored <= buffer.capacity)) return { code: 'counter-range', name: 'replayStored', value: replayStored };
    if (!(Number.isInteger(replayPosition) && replayPosition >= 0 && replayPosition < buffer.capacity)) return { code: 'counter-range', name: 'replayPosition', value: replayPosition };
    return null;
  }

  /** Restores a state that mismatch() accepted. */
  importState(arrays: Record<string, ArrayLike<number>>, numbers: Record<string, number>): void {
    this.observations.set(arrays.replayObservations);
    this.actions.set(arrays.replayActions);
    this.rewardSequences.set(arrays.replayRewardSequences);
    this.stepCounts.set(arrays.replayStepCounts);
    this.nextObservations.set(arrays.replayNextObservations);
    this.done.set(arrays.replayDone);
    this.stored = numbers.replayStored;
    this.position = numbers.replayPosition;
  }
}
