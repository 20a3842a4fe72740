// The DQN's step-size schedule: alpha halves every learningRateHalfLife updates, and the updates use it.

import { describe, expect, it } from 'vitest';
import { DqnAgent } from './dqn';
import { switchBackend } from '../testing/backends';
import { SESSIONS, SMALL, createEnv, parameters, train } from '../testing/small-dqn';

/** Euclidean distance between two weight vectors. */
function distance(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i] - b[i]) ** 2;
  return Math.sqrt(sum);
}

describe('DqnAgent step size', () => {
  it('keeps alpha as set when the half-life is 0, and halves it every half-life updates otherwise', async () => {
    await switchBackend('cpu');
    const constant = new DqnAgent({ config: { ...SMALL, learningRate: 0.01, learningRateHalfLife: 0 }, seed: 3, sessions: SESSIONS });
    const halving = new DqnAgent({ config: { ...SMALL, learningRate: 0.01, learningRateHalfLife: 4 }, seed: 3, sessions: SESSIONS });
    expect(halving.stepSize()).toBeCloseTo(0.01, 12);
    train(constant, createEnv(), 20);
    train(halving, createEnv(), 20);
    // Three half-lives: alpha / 8.
    while (halving.updateCount < 12) halving.learn();
    expect(halving.updateCount).toBe(12);
    expect(halving.stepSize()).toBeCloseTo(0.01 / 8, 12);
    expect(constant.updateCount).toBeGreaterThan(0);
    expect(constant.stepSize()).toBe(0.01);
    constant.dispose();
    halving.dispose();
  });

  it('moves the weights less as alpha halves: the updates use the scheduled step size', async () => {
    await switchBackend('cpu');
    const moved = (learningRateHalfLife: number) => {
      const agent = new DqnAgent({ config: { ...SMALL, learningRate: 0.01, learningRateHalfLife }, seed: 6, sessions: SESSIONS });
      const start = parameters(agent);
      train(agent, createEnv(), 60);
      const updates = agent.updateCount;
      const result = distance(parameters(agent), start);
      agent.dispose();
      return { updates, result };
    };
    const constant = moved(0);
    const halving = moved(2);
    expect(halving.updates).toBe(constant.updates);
    expect(constant.updates).toBeGreaterThan(20);
    // With a half-life of 2 updates the step sizes sum to under 3.5 alpha, against one alpha per update unscheduled.
    expect(halving.result).toBeLessThan(constant.result / 2);
  });
});
