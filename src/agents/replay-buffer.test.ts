// Replay memory tests: wrap-around, uniform seeded sampling and state round trips.

import { describe, expect, it } from 'vitest';
import { RandomStream } from '../sim/random';
import { ReplayBuffer, createReplayBatch } from './replay-buffer';

/** Stores transition k with observation [k, -k], action k, reward k, next observation [k + 0.5, 0]. */
function addNumbered(replay: ReplayBuffer, k: number): void {
  replay.add([k, -k], 0, k, [k], 0, 1, [k + 0.5, 0], 0, k % 2 === 1);
}

describe('ReplayBuffer', () => {
  it('wraps around, overwriting the oldest rows first', () => {
    const replay = new ReplayBuffer(3, 2, 1);
    for (let k = 0; k < 5; k++) addNumbered(replay, k);
    expect(replay.size).toBe(3);
    expect(replay.nextRow).toBe(2);
    // Rows hold transitions 3, 4, 2.
    expect(Array.from(replay.actions)).toEqual([3, 4, 2]);
    expect(Array.from(replay.observations)).toEqual([3, -3, 4, -4, 2, -2]);
    expect(Array.from(replay.nextObservations)).toEqual([3.5, 0, 4.5, 0, 2.5, 0]);
    expect(Array.from(replay.done)).toEqual([1, 0, 0]);
  });

  it('exports copies by default, and with "live" the buffer\'s own columns, which the next transition changes', () => {
    const replay = new ReplayBuffer(4, 2, 1);
    for (let k = 0; k < 2; k++) addNumbered(replay, k);
    const copied = replay.exportState();
    const live = replay.exportState('live');
    expect(live.arrays.replayObservations).toBe(replay.observations);
    expect(live.arrays.replayActions).toBe(replay.actions);
    expect(copied.arrays.replayObservations).not.toBe(replay.observations);
    expect(copied.arrays).toEqual(live.arrays);
    expect(live.numbers).toEqual({ replayStored: 2, replayPosition: 2 });
    addNumbered(replay, 7);
    expect(live.arrays.replayActions[2]).toBe(7);
    expect(copied.arrays.replayActions[2]).toBe(0);
  });

  it('samples stored rows only, uniformly, with every column of a row kept together', () => {
    const replay = new ReplayBuffer(100, 2, 1);
    for (let k = 0; k < 10; k++) addNumbered(replay, k);
    const batch = createReplayBatch(2000, 2);
    replay.sample(new RandomStream(5), batch, 0.9, 1);
    const counts = new Array(10).fill(0);
    for (let i = 0; i < batch.size; i++) {
      const k = batch.indices[i];
      counts[k] += 1;
      expect(batch.actions[i]).toBe(k);
      expect(batch.observations[2 * i + 1]).toBe(-k);
      expect(batch.nextObservations[2 * i]).toBe(k + 0.5);
      expect(batch.rewards[i]).toBe(k);
      expect(batch.done[i]).toBe(k % 2);
      expect(batch.bootstrapDiscounts[i]).toBeCloseTo(k % 2 === 1 ? 0 : 0.9, 6);
    }
    for (const count of counts) expect(Math.abs(count - 200)).toBeLessThan(60);
  });

  it('samples the same rows from the same seed', () => {
    const replay = new ReplayBuffer(50, 2, 1);
    for (let k = 0; k < 50; k++) addNumbered(replay, k);
    const first = createReplayBatch(16, 2);
    const second = createReplayBatch(16, 2);
    replay.sample(new RandomStream(9), first, 0.9, 1);
    replay.sample(new RandomStream(9), second, 0.9, 1);
    expect(Array.from(first.indices)).toEqual(Array.from(second.indices));
  });

  it('restores an exported state and rejects one of another size', () => {
    const replay = new ReplayBuffer(4, 2, 1);
    for (let k = 0; k < 6; k++) addNumbered(replay, k);
    const saved = replay.exportState();
    const copy = new ReplayBuffer(4, 2, 1);
    expect(ReplayBuffer.mismatch(copy, saved.arrays, saved.numbers)).toBeNull();
    copy.importState(saved.arrays, saved.numbers);
    expect(copy.exportState()).toEqual(saved);
    expect(ReplayBuffer.mismatch(new ReplayBuffer(5, 2, 1), saved.arrays, saved.numbers)).toEqual({ code: 'array-length', name: 'replayObservations', length: 8, expected: 10 });
  });
});
