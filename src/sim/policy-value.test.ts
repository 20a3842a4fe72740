// Known answers of the exact expected return on tiny shoppers, and agreement with plain averages of play.
import { describe, expect, it } from 'vitest';
import { createCatalog } from './catalog';
import { ReturnAverage, repeatReturn } from './coin-flip-average';
import { clickProbability, leaveProbability } from './dynamics';
import { BatchedShopperEnv } from './env';
import { createReferencePolicy, expectedImmediateReward, type ReferencePolicyName } from './policies';
import { ruleExpectedReturn, type HiddenStateRule } from './policy-value';
import { exactExpectedReturn, knownShopper } from './reference-rules';
import { DEFAULT_SIM_SETTINGS, ITEM_COUNT, type SimSettings } from './settings';

const catalog = createCatalog(DEFAULT_SIM_SETTINGS, 42);

/** Shopper 0 of seeds 17/19 under the settings, before their first step. */
function arrival(settings: SimSettings): BatchedShopperEnv {
  return new BatchedShopperEnv({ settings, catalog, sessions: 1, shopperSeed: 17, environmentSeed: 19, shopperLimit: 1 });
}

const always =
  (item: number): HiddenStateRule =>
  (_step, _trust, weights) => {
    weights.fill(0);
    weights[item] = 1;
  };

describe('ruleExpectedReturn', () => {
  // Trust never moves and starts at 0.5 (a grid point), so every step looks the same: recommending one
  // item for three steps earns r (1 + s + s^2), where s is the chance the shopper stays after a step.
  it('gives r (1 + s + s^2) for one item over three steps when trust cannot change', () => {
    const settings: SimSettings = { ...DEFAULT_SIM_SETTINGS, maxSteps: 3, ignoreTrustLoss: 0, clickTrustChange: 0, purchaseTrustChange: 0, startTrustMin: 0.5, startTrustMax: 0.5 };
    const env = arrival(settings);
    const shopper = knownShopper(env, 0);
    expect(shopper.startTrust).toBe(0.5);
    for (const item of [0, 7, 13, 22]) {
      const reward = expectedImmediateReward(env.model, env.clickLogit[item], env.buyLogit[item], item, 0.5);
      const click = clickProbability(env.model, env.clickLogit[item], 0.5);
      const stay = click * (1 - leaveProbability(settings, 0.5, false)) + (1 - click) * (1 - leaveProbability(settings, 0.5, true));
      expect(ruleExpectedReturn(shopper, always(item))).toBeCloseTo(reward * (1 + stay + stay * stay), 12);
    }
  });

  it('gives the expected immediate reward for a one-step session, and the random policy the mean over items', () => {
    const settings: SimSettings = { ...DEFAULT_SIM_SETTINGS, maxSteps: 1 };
    const env = arrival(settings);
    const trust = env.trust[0];
    const rewards = Array.from({ length: ITEM_COUNT }, (_, item) => expectedImmediateReward(env.model, env.clickLogit[item], env.buyLogit[item], item, trust));
    rewards.forEach((reward, item) => expect(ruleExpectedReturn(knownShopper(env, 0), always(item))).toBeCloseTo(reward, 12));
    const mean = rewards.reduce((sum, reward) => sum + reward, 0) / ITEM_COUNT;
    expect(exactExpectedReturn('random', env)).toBeCloseTo(mean, 12);
    expect(exactExpectedReturn('dp-oracle', env)).toBeCloseTo(Math.max(...rewards), 12);
  });
});

describe('exactExpectedReturn', () => {
  // The exact figure and a plain average of many sessions of the same shopper under fresh coin flips
  // must agree within the average's confidence interval (plus a sliver for the trust grid).
  it.each<ReferencePolicyName>(['heuristic', 'myopic-oracle', 'random'])('agrees with the %s policy played over 4,000 fresh coin-flip streams', (policy) => {
    const options = { settings: DEFAULT_SIM_SETTINGS, catalog, shopperSeed: 17, environmentSeed: 19, shopperIndex: 3 };
    const env = new BatchedShopperEnv({ ...options, sessions: 1, firstShopper: 3, shopperLimit: 1 });
    const exact = exactExpectedReturn(policy, env) as number;
    const player = createReferencePolicy(policy, DEFAULT_SIM_SETTINGS, catalog, 5);
    const average = new ReturnAverage();
    for (let repeat = 0; repeat < 4000; repeat++) average.add(repeatReturn(options, player, repeat));
    expect(exact).toBeGreaterThan(0);
    expect(Math.abs(exact - average.mean)).toBeLessThan(average.ci95 + 0.01 * exact);
  });
});
