// Why a checkpoint cannot be loaded into an agent or a trainer: a code with its details, which the page
// words in the reader's language (the agents and the engine write no sentences for it).

export type CheckpointRefusal =
  | { code: 'wrong-kind'; saved: string; expected: string }
  | { code: 'wrong-signature'; saved: string; expected: string }
  | { code: 'missing-array'; name: string }
  | { code: 'array-length'; name: string; length: number; expected: number }
  | { code: 'missing-counter'; name: string }
  | { code: 'counter-range'; name: string; value: number }
  | { code: 'no-random-state' }
  | { code: 'round-state' }
  | { code: 'env-state' }
  /** The shoppers' state has the run's shapes but numbers no run of it could reach (the array and the slot). */
  | { code: 'env-inconsistent'; field: string; slot: number };

/** Thrown by loadCheckpoint (which then has changed nothing); the message is for logs, the refusal for the page. */
export class CheckpointError extends Error {
  constructor(readonly refusal: CheckpointRefusal) {
    super(`Cannot load this checkpoint: ${JSON.stringify(refusal)}`);
    this.name = 'CheckpointError';
  }
}
