// A smoke test of the update benchmark (timings themselves are never asserted).

import { describe, expect, it } from 'vitest';
import '../testing/backends';
import { measureUpdate } from './update-benchmark';

describe('measureUpdate', () => {
  it('times both variants and counts far fewer kernels for the fast one', async () => {
    const fast = await measureUpdate({ backend: 'wasm', batchSize: 16, hiddenWidth: 16, variant: 'fast', updates: 5 });
    const textbook = await measureUpdate({ backend: 'wasm', batchSize: 16, hiddenWidth: 16, variant: 'textbook', updates: 5 });
    expect(fast.msPerUpdate).toBeGreaterThan(0);
    expect(fast.samplesPerSecond).toBeCloseTo((1000 * 16) / fast.msPerUpdate, 6);
    // About half the kernels (90 against 179 per update with the default squared loss; Huber adds a few to each).
    expect(textbook.kernelsPerUpdate).toBeGreaterThan(1.9 * fast.kernelsPerUpdate);
  });
});
