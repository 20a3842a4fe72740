// A sub-second trial of the run's own network: a few DQN updates on random transitions, timed.

import { DqnAgent } from '../agents/dqn';
import type { DqnConfig } from '../agents/dqn-config';
import { RandomStream } from '../sim/random';
import { ITEM_COUNT, OBSERVATION_SIZE } from '../sim/settings';

const TRIAL_SESSIONS = 16;
const WARMUP_UPDATES = 2;
const MAX_TIMED_UPDATES = 8;

/** Milliseconds per update on the active backend; stops timing after about `budgetMs`. */
export function timeUpdates(config: DqnConfig, budgetMs: number, now: () => number = () => performance.now()): number {
  const agent = new DqnAgent({
    config: { ...config, replayCapacity: 1024, learningStarts: 1, multiStep: 1 },
    seed: 1,
    sessions: TRIAL_SESSIONS,
  });
  try {
    fillReplay(agent, new RandomStream(7));
    for (let k = 0; k < WARMUP_UPDATES; k++) agent.learn();
    const started = now();
    let updates = 0;
    do {
      agent.learn();
      updates += 1;
    } while (updates < MAX_TIMED_UPDATES && now() - started < budgetMs);
    return (now() - started) / updates;
  } finally {
    agent.dispose();
  }
}

function fillReplay(agent: DqnAgent, random: RandomStream): void {
  const count = TRIAL_SESSIONS;
  const batch = {
    count,
    observations: new Float32Array(count * OBSERVATION_SIZE),
    actions: new Int32Array(count),
    rewards: new Float32Array(count),
    nextObservations: new Float32Array(count * OBSERVATION_SIZE),
    done: new Uint8Array(count),
  };
  const rounds = Math.ceil((agent.config.batchSize * 2) / count);
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
