// The n-step accumulator: per session slot, a short queue of recent steps that becomes n-step transitions.

import type { TransitionBatch } from './agent';
import type { ReplayBuffer } from './replay-buffer';
import type { CheckpointRefusal } from '../contracts/checkpoint-refusal';

export class MultiStepAccumulator {
  readonly sessions: number;
  /** n: rewards summed before bootstrapping. */
  readonly steps: number;
  readonly observationSize: number;
  /** sessions x steps x observationSize: s_t of each pending step. */
  readonly pendingObservations: Float32Array;
  /** sessions x steps. */
  readonly pendingActions: Int32Array;
  readonly pendingRewards: Float32Array;
  /** Pending steps per slot (0 to steps - 1 between calls). */
  readonly pendingCounts: Uint8Array;

  constructor(sessions: number, steps: number, observationSize: number) {
    if (!Number.isInteger(steps) || steps < 1) throw new RangeError(`multi-step n must be a positive integer, got ${steps}`);
    this.sessions = sessions;
    this.steps = steps;
    this.observationSize = observationSize;
    this.pendingObservations = new Float32Array(sessions * steps * observationSize);
    this.pendingActions = new Int32Array(sessions * steps);
    this.pendingRewards = new Float32Array(sessions * steps);
    this.pendingCounts = new Uint8Array(sessions);
  }

  /**
   * Adds one environment step of every slot and writes the transitions it completes into the replay.
   * A full queue emits (s_t, a_t, r_t..r_{t+n-1}, s_{t+n}); a session end flushes every pending step as a
   * terminal transition with the rewards that remain (no bootstrap past the end).
   * firstSlot and endSlot limit the push to the slots that stepped.
   */
  push(batch: TransitionBatch, replay: ReplayBuffer, firstSlot = 0, endSlot = batch.count): void {
    if (batch.count > this.sessions) throw new RangeError(`a batch of ${batch.count} slots does not fit ${this.sessions} sessions`);
    const width = this.observationSize;
    for (let slot = firstSlot; slot < endSlot; slot++) {
      const base = slot * this.steps;
      const index = this.pendingCounts[slot];
      this.pendingObservations.set(batch.observations.subarray(slot * width, (slot + 1) * width), (base + index) * width);
      this.pendingActions[base + index] = batch.actions[slot];
      this.pendingRewards[base + index] = batch.rewards[slot];
      const pending = index + 1;
      if (batch.done[slot]) {
        for (let first = 0; first < pending; first++) {
          replay.add(this.pendingObservations, (base + first) * width, this.pendingActions[base + first], this.pendingRewards, base + first, pending - first, batch.nextObservations, slot * width, true);
        }
        this.pendingCounts[slot] = 0;
      } else if (pending === this.steps) {
        replay.add(this.pendingObservations, base * width, this.pendingActions[base], this.pendingRewards, base, this.steps, batch.nextObservations, slot * width, false);
        this.dropOldest(slot);
        this.pendingCounts[slot] = this.steps - 1;
      } else {
        this.pendingCounts[slot] = pending;
      }
    }
  }

  private dropOldest(slot: number): void {
    const base = slot * this.steps;
    const width = this.observationSize;
    this.pendingObservations.copyWithin(base * width, (base + 1) * width, (base + this.steps) * width);
    this.pendingActions.copyWithin(base, base + 1, base + this.steps);
    this.pendingRewards.copyWithin(base, base + 1, base + this.steps);
  }

  exportState(): Record<string, Float32Array | Int32Array | Uint8Array> {
    return {
      pendingObservations: this.pendingObservations.slice(),
      pendingActions: this.pendingActions.slice(),
      pendingRewards: this.pendingRewards.slice(),
      pendingCounts: this.pendingCounts.slice(),
    };
  }

  /** Returns why a saved state does not fit, or null. */
  mismatch(arrays: Record<string, ArrayLike<number>>): CheckpointRefusal | null {
    const own = this.exportState();
    for (const [name, array] of Object.entries(own)) {
      if (!arrays[name]) return { code: 'missing-array', name };
      if (arrays[name].length !== array.length) return { code: 'array-length', name, length: arrays[name].length, expected: array.length };
    }
    return null;
  }

  importState(arrays: Record<string, ArrayLike<number>>): void {
    this.pendingObservations.set(arrays.pendingObservations);
    this.pendingActions.set(arrays.pendingActions);
    this.pendingRewards.set(arrays.pendingRewards);
    this.pendingCounts.set(arrays.pendingCounts);
  }
}
