// n-step accumulation tests: full transitions, the flush at a session end and separate slots.

import { describe, expect, it } from 'vitest';
import type { TransitionBatch } from './agent';
import { MultiStepAccumulator } from './multi-step';
import { ReplayBuffer, createReplayBatch } from './replay-buffer';

/** One slot, observation width 1: the observation is the step number t, the reward is r. */
function step(t: number, reward: number, done: boolean): TransitionBatch {
  return { count: 1, observations: Float32Array.of(t), actions: Int32Array.of(t), rewards: Float32Array.of(reward), nextObservations: Float32Array.of(t + 1), done: Uint8Array.of(done ? 1 : 0) };
}

describe('MultiStepAccumulator', () => {
  it('emits 3-step transitions, then flushes the shorter ones as terminal when the session ends', () => {
    const replay = new ReplayBuffer(16, 1, 3);
    const accumulator = new MultiStepAccumulator(1, 3, 1);
    const rewards = [1, 2, 4, 8, 16];
    rewards.forEach((reward, t) => accumulator.push(step(t, reward, t === rewards.length - 1), replay));
    // t = 0, 1 emit as full 3-step transitions at t = 2, 3; the end at t = 4 flushes t = 2, 3, 4.
    expect(replay.size).toBe(5);
    const batch = createReplayBatch(5, 1);
    batch.indices.set([0, 1, 2, 3, 4]);
    const gamma = 0.5;
    replay.gather(batch, gamma, 1);
    expect(Array.from(batch.observations)).toEqual([0, 1, 2, 3, 4]);
    expect(Array.from(batch.actions)).toEqual([0, 1, 2, 3, 4]);
    expect(Array.from(batch.nextObservations)).toEqual([3, 4, 5, 5, 5]);
    expect(Array.from(batch.done)).toEqual([0, 0, 1, 1, 1]);
    const byHand = [1 + 0.5 * 2 + 0.25 * 4, 2 + 0.5 * 4 + 0.25 * 8, 4 + 0.5 * 8 + 0.25 * 16, 8 + 0.5 * 16, 16];
    expect(Array.from(batch.rewards)).toEqual(byHand);
    expect(Array.from(batch.bootstrapDiscounts)).toEqual([0.125, 0.125, 0, 0, 0]);
    expect(accumulator.pendingCounts[0]).toBe(0);
  });

  it('starts the next session with an empty queue and keeps slots apart', () => {
    const replay = new ReplayBuffer(16, 1, 2);
    const accumulator = new MultiStepAccumulator(2, 2, 1);
    const batch = (t: number, done: [boolean, boolean]): TransitionBatch => ({
      count: 2,
      observations: Float32Array.of(t, 100 + t),
      actions: Int32Array.of(0, 1),
      rewards: Float32Array.of(1, 10),
      nextObservations: Float32Array.of(t + 1, 101 + t),
      done: Uint8Array.of(done[0] ? 1 : 0, done[1] ? 1 : 0),
    });
    accumulator.push(batch(0, [true, false]), replay); // slot 0 ends after one step
    accumulator.push(batch(1, [false, false]), replay); // slot 1 completes (100 -> 102)
    accumulator.push(batch(2, [false, false]), replay); // slot 0's new session completes (1 -> 3), slot 1 (101 -> 103)
    expect(Array.from(replay.observations.subarray(0, replay.size))).toEqual([0, 100, 1, 101]);
    expect(Array.from(replay.nextObservations.subarray(0, replay.size))).toEqual([1, 102, 3, 103]);
    expect(Array.from(replay.stepCounts.subarray(0, replay.size))).toEqual([1, 2, 2, 2]);
    expect(Array.from(replay.done.subarray(0, replay.size))).toEqual([1, 0, 0, 0]);
  });

  it('with n = 1 stores every step as it comes', () => {
    const replay = new ReplayBuffer(4, 1, 1);
    const accumulator = new MultiStepAccumulator(1, 1, 1);
    accumulator.push(step(0, 3, false), replay);
    accumulator.push(step(1, 5, true), replay);
    expect(replay.size).toBe(2);
    expect(Array.from(replay.rewardSequences.subarray(0, 2))).toEqual([3, 5]);
    expect(Array.from(replay.done.subarray(0, 2))).toEqual([0, 1]);
  });
});
