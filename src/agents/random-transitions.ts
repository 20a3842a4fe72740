// Random transitions for timing updates (benchmarks, the backend trial): the numbers need not be
// realistic, only shaped like the environment's, so that an update does the work it does in training.

import type { RandomStream } from '../sim/random';
import { ITEM_COUNT, OBSERVATION_SIZE } from '../sim/settings';
import type { DqnAgent } from './dqn';

/** Stores `rounds` steps of random transitions for every session slot of the agent. */
export function rememberRandomTransitions(agent: DqnAgent, random: RandomStream, rounds: number): void {
  const count = agent.sessions;
  const batch = {
    count,
    observations: new Float32Array(count * OBSERVATION_SIZE),
    actions: new Int32Array(count),
    rewards: new Float32Array(count),
    nextObservations: new Float32Array(count * OBSERVATION_SIZE),
    done: new Uint8Array(count),
  };
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < batch.observations.length; k++) {
      batch.observations[k] = random.next();
      batch.nextObservations[k] = random.next();
    }
    for (let slot = 0; slot < count; slot++) {
      batch.actions[slot] = random.integer(ITEM_COUNT);
      batch.rewards[slot] = random.next() < 0.3 ? 0.1 : 0;
      batch.done[slot] = random.next() < 0.1 ? 1 : 0;
    }
    agent.remember(batch);
  }
}
