// The reference policies that choose from the shopper's hidden state alone (preferences, price
// sensitivity, trust, step), written as rules over (step, trust), so that their expected return for a
// shopper can be worked out exactly (policy-value.ts). A policy that reads the agent's observation
// (noisy, drawn from the coin flips) has no such rule; expected-return.ts averages it over coin flips.

import { itemIndex } from './catalog';
import type { BatchedShopperEnv } from './env';
import { expectedImmediateReward, mostPopularItem, type ReferencePolicyName } from './policies';
import { oracleExpectedReturn, ruleExpectedReturn, type HiddenStateRule, type KnownShopper } from './policy-value';
import { CATEGORY_COUNT, ITEM_COUNT, TIER_NAMES } from './settings';
import { topCategory } from './shopper';

const SOLID_TIER = TIER_NAMES.indexOf('solid');

/** The shopper seated in a slot of an environment, as the oracles see them, before their first step. */
export function knownShopper(env: BatchedShopperEnv, slot: number): KnownShopper {
  return { model: env.model, clickLogit: env.clickLogit, buyLogit: env.buyLogit, offset: slot * ITEM_COUNT, startTrust: env.trust[slot] };
}

const fixedItem =
  (item: number): HiddenStateRule =>
  (_step, _trust, weights) => {
    weights.fill(0);
    weights[item] = 1;
  };

/** The rule of each reference policy that has one (the same choices as its Policy in policies.ts). */
export function hiddenStateRule(name: ReferencePolicyName, env: BatchedShopperEnv, slot: number): HiddenStateRule | null {
  switch (name) {
    case 'random':
      return (_step, _trust, weights) => weights.fill(1 / ITEM_COUNT);
    case 'most-popular':
      return fixedItem(mostPopularItem(env.settings, env.catalog));
    case 'heuristic':
      return fixedItem(itemIndex(topCategory(env.preferences.subarray(slot * CATEGORY_COUNT, (slot + 1) * CATEGORY_COUNT)), SOLID_TIER));
    case 'myopic-oracle':
      return (_step, trust, weights) => {
        const offset = slot * ITEM_COUNT;
        let best = 0;
        let bestValue = Number.NEGATIVE_INFINITY;
        for (let item = 0; item < ITEM_COUNT; item++) {
          const value = expectedImmediateReward(env.model, env.clickLogit[offset + item], env.buyLogit[offset + item], item, trust);
          if (value > bestValue) {
            bestValue = value;
            best = item;
          }
        }
        fixedItem(best)(0, trust, weights);
      };
    default:
      return null;
  }
}

/** The reference policies that choose from the hidden state alone: exactExpectedReturn works out theirs. */
export const HIDDEN_STATE_POLICIES: readonly ReferencePolicyName[] = ['random', 'most-popular', 'heuristic', 'myopic-oracle', 'dp-oracle'];

export const hasExactExpectedReturn = (name: ReferencePolicyName): boolean => HIDDEN_STATE_POLICIES.includes(name);

/**
 * The policy's expected return for the shopper in the slot (who has not been served yet), over every
 * coin flip, or null for a policy that reads the agent's observation.
 */
export function exactExpectedReturn(name: ReferencePolicyName, env: BatchedShopperEnv, slot = 0): number | null {
  const shopper = knownShopper(env, slot);
  if (name === 'dp-oracle') return oracleExpectedReturn(shopper);
  const rule = hiddenStateRule(name, env, slot);
  return rule ? ruleExpectedReturn(shopper, rule) : null;
}
