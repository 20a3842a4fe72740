// The greedy policy's averaged weights: a Polyak average of the online weights after every update,
// used by the greedy policy, kept in checkpoints, and without tensor leaks.
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ITEM_COUNT } from '../sim/settings';
import { DqnAgent, argMax, averagingRate } from './dqn';
import { switchBackend } from '../testing/backends';
import { SESSIONS, SMALL, createEnv, parameters, train } from '../testing/small-dqn';

const RATE = 0.1;
const AVERAGING = { ...SMALL, policyAveraging: RATE };

beforeAll(async () => {
  await switchBackend('cpu');
});

describe('policy averaging', () => {
  it('keeps average <- average + rate (online - average) after every update, the rate 1 / n while that is larger', () => {
    const agent = new DqnAgent({ config: AVERAGING, seed: 3, sessions: SESSIONS });
    const env = createEnv();
    try {
      const expected = Float64Array.from(parameters(agent));
      let updates = agent.updateCount;
      expect(updates).toBe(0);
      for (let step = 0; step < 40; step++) {
        train(agent, env, 1);
        if (agent.updateCount === updates) continue;
        expect(agent.updateCount).toBe(updates + 1);
        updates = agent.updateCount;
        // Update n blends 1 / n of the new weights while 1 / n > rate: the average is then the plain mean of the updates so far.
        const rate = Math.max(RATE, 1 / updates);
        const online = parameters(agent);
        for (let i = 0; i < expected.length; i++) expected[i] += rate * (online[i] - expected[i]);
      }
      // Past 1 / rate updates, so both rules were exercised.
      expect(updates).toBeGreaterThan(1 / RATE + 5);
      const averaged = agent.networks.exportArrays().averagedParameters!;
      let largest = 0;
      for (let i = 0; i < expected.length; i++) largest = Math.max(largest, Math.abs(averaged[i] - expected[i]));
      expect(largest).toBeLessThan(1e-5);
      // ... and it differs from the latest weights, or the test would prove nothing.
      expect(Array.from(averaged)).not.toEqual(Array.from(parameters(agent)));
    } finally {
      agent.dispose();
    }
  });

  it('gives the greedy policy the averaged network, and keeps none when the rate is 0', () => {
    for (const config of [AVERAGING, { ...SMALL, policyAveraging: 0 }]) {
      const agent = new DqnAgent({ config, seed: 5, sessions: SESSIONS });
      const env = createEnv();
      try {
        train(agent, env, 60);
        expect(agent.networks.averaging).toBe(config.policyAveraging > 0);
        const q = config.policyAveraging > 0 ? agent.networks.predictAveraged(env.observations, SESSIONS) : agent.networks.predict(env.observations, SESSIONS);
        const actions = new Int32Array(SESSIONS);
        agent.greedyPolicy().chooseActions(env, actions);
        for (let slot = 0; slot < SESSIONS; slot++) expect(actions[slot]).toBe(argMax(q, slot * ITEM_COUNT, ITEM_COUNT));
      } finally {
        agent.dispose();
      }
    }
  });

  it('saves the average in checkpoints, and starts one from the weights of a checkpoint without it', () => {
    const agent = new DqnAgent({ config: AVERAGING, seed: 9, sessions: SESSIONS });
    const other = new DqnAgent({ config: AVERAGING, seed: 10, sessions: SESSIONS });
    try {
      train(agent, createEnv(), 60);
      const checkpoint = agent.saveCheckpoint();
      expect(checkpoint.arrays.averagedParameters).toBeInstanceOf(Float32Array);
      other.loadCheckpoint(checkpoint);
      expect(Array.from(other.networks.exportArrays().averagedParameters!)).toEqual(Array.from(checkpoint.arrays.averagedParameters));
      const older = { ...checkpoint, arrays: { ...checkpoint.arrays } };
      delete older.arrays.averagedParameters;
      other.loadCheckpoint(older);
      expect(Array.from(other.networks.exportArrays().averagedParameters!)).toEqual(Array.from(checkpoint.arrays.parameters));
      const broken = { ...checkpoint, arrays: { ...checkpoint.arrays, averagedParameters: new Float32Array(3) } };
      expect(() => other.loadCheckpoint(broken)).toThrow(/averagedParameters/);
    } finally {
      agent.dispose();
      other.dispose();
    }
  });

  it('starts the average as the plain mean of the updates: a small rate does not keep the initial weights', () => {
    expect(averagingRate(0.0002, 1)).toBe(1);
    expect(averagingRate(0.0002, 4)).toBe(0.25);
    expect(averagingRate(0.0002, 5000)).toBe(0.0002);
    expect(averagingRate(0.0002, 20_000)).toBe(0.0002);
    expect(averagingRate(0, 3)).toBe(0);
  });

  it('leaks no tensor: the count is the same after the 10th and the 20th update and after evaluations', () => {
    const agent = new DqnAgent({ config: AVERAGING, seed: 11, sessions: SESSIONS });
    const env = createEnv();
    try {
      const countAt = (updates: number) => {
        while (agent.updateCount < updates) train(agent, env, 1);
        const actions = new Int32Array(SESSIONS);
        agent.greedyPolicy().chooseActions(env, actions);
        return tf.memory().numTensors;
      };
      const tenth = countAt(10);
      expect(countAt(20)).toBe(tenth);
    } finally {
      agent.dispose();
    }
  });
});
