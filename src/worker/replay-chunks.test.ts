// The replay memory in chunks: which chunks a save writes (from the ring buffer's write head), and chunks cut,
// checked and put back together into the memory they came from.
import { describe, expect, it } from 'vitest';
import { assembleReplay, changedChunks, chunkProblem, cutChunk, replayLayout } from './replay-chunks';

const CAPACITY = 1000;
const ROWS = 100; // ten chunks

describe('the chunks a save writes', () => {
  it('writes every filled chunk on a run\'s first save, and none past the filled rows', () => {
    expect(changedChunks(null, { stored: 250, position: 250, step: 250 }, CAPACITY, ROWS)).toEqual([0, 1, 2]);
    expect(changedChunks(null, { stored: 0, position: 0, step: 0 }, CAPACITY, ROWS)).toEqual([]);
    expect(changedChunks(null, { stored: CAPACITY, position: 420, step: 5000 }, CAPACITY, ROWS)).toHaveLength(10);
  });

  it('then writes only the chunks the write head crossed, from the one it stood in (written partly before)', () => {
    const before = { stored: 250, position: 250, step: 250 };
    expect(changedChunks(before, { stored: 280, position: 280, step: 280 }, CAPACITY, ROWS)).toEqual([2]);
    expect(changedChunks(before, { stored: 420, position: 420, step: 420 }, CAPACITY, ROWS)).toEqual([2, 3, 4]);
    expect(changedChunks(before, before, CAPACITY, ROWS)).toEqual([]);
    // The head ending exactly on a chunk's first row leaves that chunk unwritten.
    expect(changedChunks(before, { stored: 300, position: 300, step: 300 }, CAPACITY, ROWS)).toEqual([2]);
  });

  it('goes round the end of the ring when the head wrapped', () => {
    const before = { stored: CAPACITY, position: 930, step: 9930 };
    expect(changedChunks(before, { stored: CAPACITY, position: 120, step: 10_120 }, CAPACITY, ROWS)).toEqual([9, 0, 1]);
    // Filling up and wrapping in one interval.
    expect(changedChunks({ stored: 950, position: 950, step: 950 }, { stored: CAPACITY, position: 30, step: 1030 }, CAPACITY, ROWS)).toEqual([9, 0]);
  });

  it('writes every chunk when so many steps passed that the head may have gone round, or the run went back', () => {
    const before = { stored: CAPACITY, position: 500, step: 10_000 };
    expect(changedChunks(before, { stored: CAPACITY, position: 510, step: 10_000 + CAPACITY }, CAPACITY, ROWS)).toHaveLength(10);
    expect(changedChunks(before, { stored: 100, position: 100, step: 100 }, CAPACITY, ROWS)).toEqual([0]);
  });
});

describe('chunks cut and put back', () => {
  const arrays = {
    replayObservations: Float32Array.from({ length: CAPACITY * 3 }, (_, k) => k / 7),
    replayActions: Int32Array.from({ length: CAPACITY }, (_, k) => k % 24),
    replayDone: Uint8Array.from({ length: CAPACITY }, (_, k) => k % 2),
    parameters: new Float32Array(5),
  };
  const layout = replayLayout(arrays)!;

  it('finds the replay columns, their widths and the capacity by the agents\' naming', () => {
    expect(layout.capacity).toBe(CAPACITY);
    expect(layout.columns).toEqual([
      { name: 'replayObservations', type: 'Float32Array', width: 3 },
      { name: 'replayActions', type: 'Int32Array', width: 1 },
      { name: 'replayDone', type: 'Uint8Array', width: 1 },
    ]);
    expect(replayLayout({ parameters: new Float32Array(5) })).toBeNull();
  });

  it('puts every chunk back where it was, and leaves rows of chunks not given at zero', () => {
    const chunks = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((index) => cutChunk(arrays, layout, index, ROWS, 7));
    const whole = assembleReplay(layout, chunks, ROWS);
    expect(Array.from(whole.replayObservations)).toEqual(Array.from(arrays.replayObservations));
    expect(Array.from(whole.replayActions)).toEqual(Array.from(arrays.replayActions));
    const partial = assembleReplay(layout, chunks.slice(0, 2), ROWS);
    expect(Array.from(partial.replayActions.subarray(0, 200))).toEqual(Array.from(arrays.replayActions.subarray(0, 200)));
    expect(partial.replayActions.subarray(200).every((value) => value === 0)).toBe(true);
    // A chunk is a copy: a view would store the whole memory's buffer.
    expect(chunks[3].arrays.replayObservations.buffer.byteLength).toBe(ROWS * 3 * 4);
  });

  it('tells a missing, stale or damaged chunk from a good one', () => {
    const chunk = cutChunk(arrays, layout, 4, ROWS, 7);
    expect(chunkProblem(chunk, layout, 4, 7, ROWS)).toBeNull();
    expect(chunkProblem(undefined, layout, 4, 7, ROWS)).toBe('missing');
    expect(chunkProblem(chunk, layout, 4, 8, ROWS)).toBe('stale');
    expect(chunkProblem(chunk, layout, 5, 7, ROWS)).toBe('malformed');
    expect(chunkProblem({ ...chunk, arrays: { ...chunk.arrays, replayActions: new Int32Array(3) } }, layout, 4, 7, ROWS)).toBe('malformed');
    expect(chunkProblem({ ...chunk, arrays: { ...chunk.arrays, replayDone: new Float32Array(ROWS) } }, layout, 4, 7, ROWS)).toBe('malformed');
  });
});
