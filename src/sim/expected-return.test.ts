// Every reference policy's expected return for one shopper: the oracle's is the best, exact rules make the
// same choices as their policies, and the work gives the same answer however it is sliced.
import { describe, expect, it } from 'vitest';
import { createCatalog } from './catalog';
import { BatchedShopperEnv } from './env';
import { ExpectedReturnWork, expectedReturns } from './expected-return';
import { REFERENCE_POLICY_NAMES, createReferencePolicy } from './policies';
import { HIDDEN_STATE_POLICIES, hiddenStateRule } from './reference-rules';
import { DEFAULT_SIM_SETTINGS, ITEM_COUNT } from './settings';

const settings = DEFAULT_SIM_SETTINGS;
const catalog = createCatalog(settings, 42);
const shopper = (shopperIndex: number, repeats = 40) => ({ settings, catalog, shopperSeed: 101, environmentSeed: 202, shopperIndex, policySeed: 42, repeats });

describe('expectedReturns', () => {
  it("puts the DP oracle's expected return at or above every other policy's, shopper by shopper", () => {
    for (let index = 0; index < 10; index++) {
      const results = expectedReturns(shopper(index));
      expect(results.map((entry) => entry.policy)).toEqual([...REFERENCE_POLICY_NAMES]);
      const oracle = results.find((entry) => entry.policy === 'dp-oracle');
      expect(oracle?.method).toBe('exact');
      for (const entry of results) {
        expect(Number.isFinite(entry.mean)).toBe(true);
        // Exact figures come from the same trust grid as the oracle's, so no slack; an average over
        // coin flips may land above by chance, within its confidence interval.
        const slack = entry.method === 'exact' ? 1e-9 : entry.ci95;
        expect(entry.mean, `${entry.policy} on shopper ${index}`).toBeLessThanOrEqual((oracle?.mean ?? 0) + slack);
      }
    }
  });

  it('works out the hidden-state policies exactly and averages any other over the asked coin-flip streams', () => {
    for (const entry of expectedReturns(shopper(4, 30))) {
      if (HIDDEN_STATE_POLICIES.includes(entry.policy)) expect(entry).toMatchObject({ method: 'exact', sessions: 0, ci95: 0 });
      else expect(entry).toMatchObject({ method: 'coin-flip-average', sessions: 30 });
    }
  });

  it('gives the same answer in small pieces as at once, and none until every policy is done', () => {
    const whole = expectedReturns(shopper(2));
    const work = new ExpectedReturnWork(shopper(2));
    let pieces = 0;
    while (!work.advance(() => true)) {
      pieces += 1;
      expect(work.results).toBeNull();
    }
    expect(pieces).toBeGreaterThanOrEqual(REFERENCE_POLICY_NAMES.length - 1);
    expect(work.results).toEqual(whole);
  });
});

describe('hiddenStateRule', () => {
  // Each rule must choose what its policy chooses: played by the policy, every step's item is the one
  // the rule gives all the weight at that step and trust (the oracle is its own DP, the random policy uniform).
  it.each(HIDDEN_STATE_POLICIES.filter((name) => name !== 'random' && name !== 'dp-oracle'))('chooses as the %s policy does, at every step of 20 sessions', (name) => {
    const env = new BatchedShopperEnv({ settings, catalog, sessions: 20, shopperSeed: 5, environmentSeed: 6, shopperLimit: 20 });
    const policy = createReferencePolicy(name, settings, catalog, 1);
    const rules = Array.from({ length: 20 }, (_, slot) => hiddenStateRule(name, env, slot));
    const actions = new Int32Array(20);
    const weights = new Float64Array(ITEM_COUNT);
    let checked = 0;
    while (env.running) {
      policy.chooseActions(env, actions);
      for (let slot = 0; slot < 20; slot++) {
        if (!env.active[slot]) continue;
        rules[slot]?.(env.steps[slot], env.trust[slot], weights);
        expect(weights[actions[slot]], `${name}, slot ${slot}, step ${env.steps[slot]}`).toBe(1);
        checked += 1;
      }
      env.step(actions);
    }
    expect(checked).toBeGreaterThan(40);
  });

  it('has no rule for a policy outside the hidden-state list', () => {
    const env = new BatchedShopperEnv({ settings, catalog, sessions: 1, shopperSeed: 5, environmentSeed: 6 });
    for (const name of REFERENCE_POLICY_NAMES) {
      if (name === 'dp-oracle') continue;
      expect(hiddenStateRule(name, env, 0) !== null, name).toBe(HIDDEN_STATE_POLICIES.includes(name));
    }
  });
});
