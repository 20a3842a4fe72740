// Tests of the batched environment: determinism whatever the batch size, the shopper limit, and
// exact trajectories recorded before any optimisation of env.ts (they must never change).
import { describe, expect, it } from 'vitest';
import { createCatalog } from './catalog';
import { BatchedShopperEnv } from './env';
import { EvaluationCohort } from './evaluation';
import { dpOraclePolicy, heuristicPolicy, randomPolicy, type Policy } from './policies';
import { DEFAULT_SIM_SETTINGS, type SimSettings } from './settings';

const settings = { ...DEFAULT_SIM_SETTINGS };
const catalog = createCatalog(settings, 42);

interface ShopperRecord {
  returns: number[];
  lengths: number[];
  clicks: number[];
  buys: number[];
  finalTrust: number[];
}

/** Plays `shoppers` shoppers of one stream with the policy, keyed by finishedShopper. */
function play(policy: Policy, sessions: number, shoppers: number, options: Partial<SimSettings> = {}): ShopperRecord {
  const env = new BatchedShopperEnv({
    settings: { ...settings, ...options },
    catalog,
    sessions,
    shopperSeed: 31,
    environmentSeed: 37,
    shopperLimit: shoppers,
  });
  const record: ShopperRecord = { returns: [], lengths: [], clicks: [], buys: [], finalTrust: [] };
  const actions = new Int32Array(sessions);
  while (env.running) {
    policy.chooseActions(env, actions);
    env.step(actions);
    for (let slot = 0; slot < sessions; slot++) {
      if (!env.done[slot]) continue;
      const shopper = env.finishedShopper[slot];
      expect(record.returns[shopper]).toBeUndefined(); // each shopper finishes once
      record.returns[shopper] = env.finishedReturn[slot];
      record.lengths[shopper] = env.finishedLength[slot];
      record.clicks[shopper] = env.finishedClicks[slot];
      record.buys[shopper] = env.finishedBuys[slot];
      record.finalTrust[shopper] = env.finishedTrust[slot];
    }
  }
  return record;
}

describe('BatchedShopperEnv determinism', () => {
  it.each([
    ['heuristic', heuristicPolicy, 300],
    ['dp-oracle', dpOraclePolicy, 120],
  ] as const)('gives every shopper the same trajectory under the %s policy whatever the batch size', (_name, createPolicy, shoppers) => {
    const single = play(createPolicy(), 1, shoppers);
    expect(single.returns).toHaveLength(shoppers);
    for (const sessions of [7, 64]) expect(play(createPolicy(), sessions, shoppers)).toEqual(single);
  });

  it('repeats every observation and reward for the same seeds and the same batch', () => {
    const trace = () => {
      const env = new BatchedShopperEnv({ settings, catalog, sessions: 8, shopperSeed: 3, environmentSeed: 4 });
      const policy = randomPolicy(5);
      const actions = new Int32Array(8);
      const frames: number[][] = [];
      for (let step = 0; step < 100; step++) {
        policy.chooseActions(env, actions);
        env.step(actions);
        frames.push([...env.rewards, ...env.done, ...env.observations]);
      }
      return frames;
    };
    expect(trace()).toEqual(trace());
  });

  it('sends the same shoppers whatever the environment seed, and flips different coins', () => {
    const first = new BatchedShopperEnv({ settings, catalog, sessions: 4, shopperSeed: 3, environmentSeed: 4 });
    const second = new BatchedShopperEnv({ settings, catalog, sessions: 4, shopperSeed: 3, environmentSeed: 99 });
    expect(second.preferences).toEqual(first.preferences);
    expect(second.trust).toEqual(first.trust);
    const heuristic = heuristicPolicy();
    expect(play(heuristic, 16, 200).returns).not.toEqual(
      (() => {
        const env = new BatchedShopperEnv({ settings, catalog, sessions: 16, shopperSeed: 31, environmentSeed: 38, shopperLimit: 200 });
        const returns: number[] = [];
        const actions = new Int32Array(16);
        while (env.running) {
          heuristic.chooseActions(env, actions);
          env.step(actions);
          env.done.forEach((done, slot) => done && (returns[env.finishedShopper[slot]] = env.finishedReturn[slot]));
        }
        return returns;
      })(),
    );
  });

  it('lets observability change only what the agent sees, never the shoppers or the coins', () => {
    const noisy = play(heuristicPolicy(), 16, 200, { observability: 'noisy' });
    expect(play(heuristicPolicy(), 16, 200, { observability: 'exact' })).toEqual(noisy);
    expect(play(heuristicPolicy(), 16, 200, { observability: 'hidden' })).toEqual(noisy);
  });
});

describe('BatchedShopperEnv shopper limit', () => {
  it.each([1, 5, 64, 100])('serves exactly the first shoppers of the stream, each once, with %i slots', (sessions) => {
    const record = play(heuristicPolicy(), sessions, 37);
    expect(Object.keys(record.returns).map(Number)).toEqual(Array.from({ length: 37 }, (_, k) => k));
  });

  it('idles finished slots, stops running, and never ends a session past 50 steps', () => {
    const env = new BatchedShopperEnv({ settings, catalog, sessions: 10, shopperSeed: 1, environmentSeed: 2, shopperLimit: 25 });
    const actions = new Int32Array(10);
    const policy = heuristicPolicy();
    let finished = 0;
    while (env.running) {
      const idle = Array.from(env.active, (active) => active === 0);
      policy.chooseActions(env, actions);
      env.step(actions);
      for (let slot = 0; slot < 10; slot++) {
        if (idle[slot]) expect([env.rewards[slot], env.done[slot]]).toEqual([0, 0]);
        if (!env.done[slot]) continue;
        finished += 1;
        expect(env.finishedLength[slot]).toBeGreaterThanOrEqual(1);
        expect(env.finishedLength[slot]).toBeLessThanOrEqual(50);
      }
    }
    expect(finished).toBe(25);
    expect(env.shoppersAdmitted).toBe(25);
    expect(Array.from(env.active)).toEqual(new Array(10).fill(0));
  });

  it('starts the stream at firstShopper', () => {
    const env = new BatchedShopperEnv({ settings, catalog, sessions: 3, shopperSeed: 1, environmentSeed: 2, firstShopper: 500 });
    expect(Array.from(env.shopperIndex)).toEqual([500, 501, 502]);
  });

  it('rejects a batch that is not a positive integer and an action that is not an item', () => {
    expect(() => new BatchedShopperEnv({ settings, catalog, sessions: 0, shopperSeed: 1, environmentSeed: 2 })).toThrow(RangeError);
    const env = new BatchedShopperEnv({ settings, catalog, sessions: 1, shopperSeed: 1, environmentSeed: 2 });
    expect(() => env.step([24])).toThrow(RangeError);
    expect(() => env.step([Number.NaN])).toThrow(RangeError);
  });
});

describe('BatchedShopperEnv recorded trajectories (unchanged by any optimisation)', () => {
  it('replays the random policy in a batch of 16 to the recorded figures', () => {
    const env = new BatchedShopperEnv({ settings, catalog, sessions: 16, shopperSeed: 101, environmentSeed: 202, shopperLimit: 40 });
    const policy = randomPolicy(303);
    const actions = new Int32Array(16);
    const returns: number[] = [];
    const lengths: number[] = [];
    let observationSum = 0;
    let rewardSum = 0;
    let steps = 0;
    while (env.running) {
      policy.chooseActions(env, actions);
      env.step(actions);
      steps += 1;
      for (let i = 0; i < env.observations.length; i++) observationSum += env.observations[i] + env.nextObservations[i];
      for (let slot = 0; slot < 16; slot++) {
        rewardSum += env.rewards[slot];
        if (!env.done[slot]) continue;
        returns[env.finishedShopper[slot]] = env.finishedReturn[slot];
        lengths[env.finishedShopper[slot]] = env.finishedLength[slot];
      }
    }
    expect(returns.slice(0, 8)).toEqual([0, 1.2695473386173646, 0, 0.2179364547690158, 0.5135914603170781, 0.1, 0.1, 0]);
    expect(lengths.slice(0, 8)).toEqual([4, 9, 3, 6, 11, 6, 1, 1]);
    expect(observationSum).toBe(2747.7491528643295);
    expect(rewardSum).toBe(12.478416338562965);
    expect(steps).toBe(26);
  });

  it('replays the heuristic and the DP oracle on a 200-shopper cohort to the recorded figures', () => {
    const cohort = new EvaluationCohort({ settings, catalog, shoppers: 200, seed: 77 });
    const total = (values: ArrayLike<number>) => Array.from(values).reduce((sum, value) => sum + value, 0);
    const heuristic = cohort.run(heuristicPolicy());
    expect(Array.from(heuristic.returns.slice(0, 5))).toEqual([0, 1.3998492956701756, 0.6614274904704763, 1.113012074859306, 0]);
    expect(Array.from(heuristic.lengths.slice(0, 5))).toEqual([4, 7, 5, 17, 2]);
    expect(total(heuristic.returns)).toBe(717.4358817107284);
    expect(total(heuristic.lengths)).toBe(3065);
    const oracle = cohort.run(dpOraclePolicy());
    expect(Array.from(oracle.returns.slice(0, 5))).toEqual([0.2, 21.555330455563013, 1.1455207965024528, 0.30000000000000004, 0]);
    expect(Array.from(oracle.lengths.slice(0, 5))).toEqual([4, 43, 5, 17, 2]);
    expect(total(oracle.returns)).toBe(892.4791853721986);
    expect(total(oracle.lengths)).toBe(3138);
    expect(oracle.finalTrust[199]).toBe(0.32729095380753276);
  });
});
