// What a replay memory weighs, for the page's file-size figure without loading the buffer itself.

/** Bytes of the columns of a buffer of this shape: what its checkpoint arrays weigh in a file. */
export function replayBytes(capacity: number, observationSize: number, maxSteps: number): number {
  // Per row: s and s' (float32 each), the action (int32), the raw rewards (float32), the step count and done (a byte each).
  return capacity * (2 * observationSize * 4 + 4 + maxSteps * 4 + 1 + 1);
}
