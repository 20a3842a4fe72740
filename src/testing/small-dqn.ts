// Test support for the DQN agent's tests: a small config, a seeded environment and a training loop.

import { createCatalog } from '../sim/catalog';
import { BatchedShopperEnv } from '../sim/env';
import { DEFAULT_SIM_SETTINGS, ITEM_COUNT, OBSERVATION_SIZE } from '../sim/settings';
import { createActionBatch, type TransitionBatch } from '../agents/agent';
import type { DqnAgent } from '../agents/dqn';
import { DEFAULT_DQN_CONFIG, type DqnConfig } from '../agents/kinds/dqn/description';

export const SESSIONS = 4;
export const SMALL: DqnConfig = { ...DEFAULT_DQN_CONFIG, inputEncoding: 'flat', hiddenWidth: 16, batchSize: 16, replayCapacity: 400, learningStarts: 32, targetSyncInterval: 5 };
const catalog = createCatalog(DEFAULT_SIM_SETTINGS, 42);

export function createEnv(): BatchedShopperEnv {
  return new BatchedShopperEnv({ settings: DEFAULT_SIM_SETTINGS, catalog, sessions: SESSIONS, shopperSeed: 1, environmentSeed: 2 });
}

/** Acts, steps, remembers and learns for the given steps; returns every update's loss. */
export function train(agent: DqnAgent, env: BatchedShopperEnv, steps: number, explorationRate = 0.5): number[] {
  const actionBatch = createActionBatch(env.sessions, ITEM_COUNT);
  const transitions: TransitionBatch = {
    count: env.sessions,
    observations: new Float32Array(env.sessions * OBSERVATION_SIZE),
    actions: actionBatch.actions,
    rewards: env.rewards,
    nextObservations: env.nextObservations,
    done: env.done,
  };
  const losses: number[] = [];
  for (let step = 0; step < steps; step++) {
    agent.act(env, explorationRate, actionBatch);
    transitions.observations.set(env.observations);
    env.step(actionBatch.actions);
    agent.remember(transitions);
    const stats = agent.learn();
    if (stats) losses.push(stats.loss);
  }
  return losses;
}

export function parameters(agent: DqnAgent): Float32Array {
  return agent.networks.exportArrays().parameters;
}
