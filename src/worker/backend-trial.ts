// A sub-second trial of the run's own network: a few DQN updates on random transitions, timed.

import { DqnAgent } from '../agents/dqn';
import type { DqnConfig } from '../agents/kinds/dqn/description';
import { rememberRandomTransitions } from '../agents/random-transitions';
import { RandomStream } from '../sim/random';

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
    // Twice a batch of transitions, so that sampling draws from a real spread of rows.
    rememberRandomTransitions(agent, new RandomStream(7), Math.ceil((agent.config.batchSize * 2) / TRIAL_SESSIONS));
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
