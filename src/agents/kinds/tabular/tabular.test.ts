// Tabular Q-learning and reference-agent tests on hand-built observations.

import { describe, expect, it } from 'vitest';
import { createCatalog } from '../../../sim/catalog';
import { BatchedShopperEnv } from '../../../sim/env';
import { ObservationLayout } from '../../../sim/observation';
import { heuristicPolicy } from '../../../sim/policies';
import { DEFAULT_SIM_SETTINGS, ITEM_COUNT, OBSERVATION_SIZE } from '../../../sim/settings';
import { createActionBatch, type TransitionBatch } from '../../agent';
import { createAgent } from '../../create-agent';
import { DEFAULT_DQN_CONFIG } from '../dqn/description';
import { DEFAULT_TABULAR_CONFIG } from './description';
import { ReferenceAgent } from '../../reference-agent';
import { TabularAgent } from './tabular';

/** An observation whose top category is c, with engagement e and progress p. */
function observation(category: number, engagement: number, progress: number): Float32Array {
  const values = new Float32Array(OBSERVATION_SIZE);
  values[category] = 0.6;
  values[(category + 1) % 6] = 0.4;
  values[ObservationLayout.engagement] = engagement;
  values[ObservationLayout.progress] = progress;
  return values;
}

function transition(from: Float32Array, action: number, reward: number, to: Float32Array, done: boolean): TransitionBatch {
  return { count: 1, observations: from, actions: Int32Array.of(action), rewards: Float32Array.of(reward), nextObservations: to, done: Uint8Array.of(done ? 1 : 0) };
}

describe('TabularAgent', () => {
  const config = { ...DEFAULT_TABULAR_CONFIG, learningRate: 0.5, discount: 0.9, initialValue: 0, engagementBins: 5, stepBins: 5 };

  it('discretises top category x engagement bin x progress bin', () => {
    const agent = new TabularAgent({ config, seed: 1 });
    expect(agent.stateCount).toBe(6 * 5 * 5);
    expect(agent.stateIndex(observation(0, 0, 0), 0)).toBe(0);
    expect(agent.stateIndex(observation(2, 0.45, 0.99), 0)).toBe((2 * 5 + 2) * 5 + 4);
    expect(agent.stateIndex(observation(5, 1, 1), 0)).toBe((5 * 5 + 4) * 5 + 4);
  });

  it('applies Q(s,a) <- Q(s,a) + alpha [r + gamma max Q(s\',a\') - Q(s,a)], without bootstrap at the end', () => {
    const agent = new TabularAgent({ config, seed: 1 });
    const here = observation(1, 0.5, 0.2);
    const there = observation(3, 0.7, 0.4);
    const s = agent.stateIndex(here, 0);
    const next = agent.stateIndex(there, 0);
    agent.values[s * ITEM_COUNT + 7] = 2;
    agent.values[next * ITEM_COUNT + 4] = 3;
    agent.values[next * ITEM_COUNT + 9] = 1;
    agent.remember(transition(here, 7, 1.5, there, false));
    // 2 + 0.5 (1.5 + 0.9 * 3 - 2) = 3.1
    expect(agent.values[s * ITEM_COUNT + 7]).toBeCloseTo(3.1, 12);
    expect(agent.lastUpdate).toEqual({ stateIndex: s, nextStateIndex: next, learningRate: 0.5, action: 7, reward: 1.5, discount: 0.9, maxNextValue: 3, done: false, oldValue: 2, newValue: agent.values[s * ITEM_COUNT + 7] });
    agent.remember(transition(here, 7, 1, there, true));
    // 3.1 + 0.5 (1 - 3.1) = 2.05: the terminal step ignores Q(s', .)
    expect(agent.values[s * ITEM_COUNT + 7]).toBeCloseTo(2.05, 12);
    expect(agent.lastUpdate.maxNextValue).toBe(0);
  });

  it('acts greedily at epsilon 0 (first best on ties) and restores a checkpoint', () => {
    const catalog = createCatalog(DEFAULT_SIM_SETTINGS, 42);
    const env = new BatchedShopperEnv({ settings: DEFAULT_SIM_SETTINGS, catalog, sessions: 3, shopperSeed: 1, environmentSeed: 2 });
    const agent = new TabularAgent({ config: { ...config, initialValue: 1 }, seed: 1 });
    const out = createActionBatch(3, ITEM_COUNT);
    agent.act(env, 0, out);
    expect(Array.from(out.actions)).toEqual([0, 0, 0]);
    expect(out.qValues[5]).toBe(1);
    agent.values[agent.stateIndex(env.observations, 0) * ITEM_COUNT + 11] = 5;
    agent.act(env, 0, out);
    expect(out.actions[0]).toBe(11);
    const saved = agent.saveCheckpoint();
    const copy = new TabularAgent({ config: { ...config, initialValue: 1 }, seed: 9 });
    copy.loadCheckpoint(saved);
    expect(copy.values).toEqual(agent.values);
    expect(() => new TabularAgent({ config: { ...config, stepBins: 4 }, seed: 1 }).loadCheckpoint(saved)).toThrow(/Cannot load this checkpoint/);
    agent.act(env, 0.5, out);
    copy.act(env, 0.5, out);
    expect(agent.probeMaxQ(env.observations, 3)).toBe(copy.probeMaxQ(env.observations, 3));
    expect(agent.learn()).toBeNull();
  });
});

describe('ReferenceAgent', () => {
  it('acts as the wrapped policy, explores nothing and never learns', () => {
    const catalog = createCatalog(DEFAULT_SIM_SETTINGS, 42);
    const env = new BatchedShopperEnv({ settings: DEFAULT_SIM_SETTINGS, catalog, sessions: 4, shopperSeed: 1, environmentSeed: 2 });
    const policy = heuristicPolicy();
    const agent = new ReferenceAgent(policy);
    const out = createActionBatch(4, ITEM_COUNT);
    out.explored.fill(1);
    agent.act(env, 1, out);
    const expected = new Int32Array(4);
    policy.chooseActions(env, expected);
    expect(out.actions).toEqual(expected);
    expect(Array.from(out.explored)).toEqual([0, 0, 0, 0]);
    expect(agent.readyToLearn()).toBe(false);
    expect(agent.learn()).toBeNull();
    expect(agent.greedyPolicy()).toBe(policy);
    agent.loadCheckpoint(agent.saveCheckpoint());
    expect(() => agent.loadCheckpoint({ kind: 'dqn', signature: 'x', arrays: {}, numbers: {} })).toThrow(/Cannot load/);
  });
});

describe('createAgent', () => {
  it('builds each kind by name', () => {
    const catalog = createCatalog(DEFAULT_SIM_SETTINGS, 42);
    const options = { dqn: DEFAULT_DQN_CONFIG, tabular: DEFAULT_TABULAR_CONFIG, sim: DEFAULT_SIM_SETTINGS, catalog, seed: 1, sessions: 2 };
    expect(createAgent('tabular', options).kind).toBe('tabular');
    const reference = createAgent('myopic-oracle', options);
    expect([reference.kind, reference.name]).toEqual(['reference', 'Myopic oracle']);
  });
});
