// A training session's loop clock moved by hand: each reading moves it 1 ms (so a slice ends after a few
// ticks), and the loop's `soon` work runs only when the test says, slice by slice.

import type { LoopScheduler } from '../worker/training-session';

export function manualScheduler() {
  let time = 0;
  const queue: Array<() => void> = [];
  const scheduler: LoopScheduler = { now: () => (time += 1), soon: (callback) => void queue.push(callback), later: () => {} };
  return {
    scheduler,
    /** Runs up to `slices` queued slices, moving the clock `step` ms before each. */
    run(slices: number, step: number) {
      for (let k = 0; k < slices && queue.length > 0; k++) {
        time += step;
        queue.shift()?.();
      }
    },
  };
}
