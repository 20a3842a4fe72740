// Reference policies: random, most-popular, myopic oracle, heuristic, the observation planner and the DP oracle.

import { itemIndex } from './catalog';
import { oracleActionValues, solveShopper, type OracleSolution } from './dp-oracle';
import { clickProbability, createOutcomeModel, purchaseProbability, writeShopperLogits, type OutcomeModel } from './dynamics';
import type { BatchedShopperEnv } from './env';
import { observationPlannerPolicy } from './observation-planner';
import { RandomStream, StreamId, deriveSeed } from './random';
import { CATEGORY_COUNT, ITEM_COUNT, TIER_NAMES, type SimSettings } from './settings';
import { drawShopper, topCategory } from './shopper';
import type { Catalog } from './catalog';

/** A policy fills one action per active slot of a batched environment. */
export interface Policy {
  readonly name: string;
  chooseActions(env: BatchedShopperEnv, actions: Int32Array): void;
  /** The policy's own random stream (the random policy's), so a checkpoint can keep its position. */
  readonly random?: RandomStream;
}

/** In the order of the tables: the two that see nothing, the two that know the shopper, the planner on the observation, the oracle. */
export const REFERENCE_POLICY_NAMES = ['random', 'most-popular', 'myopic-oracle', 'heuristic', 'observation-planner', 'dp-oracle'] as const;
export type ReferencePolicyName = (typeof REFERENCE_POLICY_NAMES)[number];

export const REFERENCE_POLICY_LABELS: Record<ReferencePolicyName, string> = {
  random: 'Random',
  'most-popular': 'Most popular',
  'myopic-oracle': 'Myopic oracle',
  heuristic: 'Heuristic (knows true preferences)',
  'observation-planner': 'Observation planner',
  'dp-oracle': 'DP oracle',
};

const SOLID_TIER = TIER_NAMES.indexOf('solid');

/** Expected immediate reward of item at trust: P(click) (click reward or, with P(buy), the purchase reward). */
export function expectedImmediateReward(model: OutcomeModel, clickLogit: number, buyLogit: number, item: number, trust: number): number {
  const pClick = clickProbability(model, clickLogit, trust);
  const pBuy = purchaseProbability(model, buyLogit, trust);
  return pClick * ((1 - pBuy) * model.settings.clickReward + pBuy * model.purchaseOutcomeReward[item]);
}

export function randomPolicy(seed: number): Policy {
  const random = new RandomStream(deriveSeed(seed, StreamId.agent));
  return {
    name: 'random',
    random,
    chooseActions(env, actions) {
      for (let slot = 0; slot < env.sessions; slot++) actions[slot] = random.integer(ITEM_COUNT);
    },
  };
}

/** The single item with the best immediate reward averaged over shoppers at their starting trust. */
export function mostPopularItem(settings: SimSettings, catalog: Catalog, sampleShoppers = 2000): number {
  const model = createOutcomeModel(settings, catalog);
  const totals = new Float64Array(ITEM_COUNT);
  const clickLogit = new Float64Array(ITEM_COUNT);
  const buyLogit = new Float64Array(ITEM_COUNT);
  const sampleSeed = deriveSeed(catalog.seed, StreamId.evaluation);
  for (let k = 0; k < sampleShoppers; k++) {
    const shopper = drawShopper(settings, sampleSeed, sampleSeed, k);
    writeShopperLogits(model, shopper.preferences, shopper.priceSensitivity, clickLogit, buyLogit, 0);
    for (let item = 0; item < ITEM_COUNT; item++) {
      totals[item] += expectedImmediateReward(model, clickLogit[item], buyLogit[item], item, shopper.startTrust);
    }
  }
  let best = 0;
  for (let item = 1; item < ITEM_COUNT; item++) if (totals[item] > totals[best]) best = item;
  return best;
}

export function mostPopularPolicy(settings: SimSettings, catalog: Catalog): Policy {
  const item = mostPopularItem(settings, catalog);
  return {
    name: 'most-popular',
    chooseActions(env, actions) {
      actions.fill(item, 0, env.sessions);
    },
  };
}

/** Knows p, beta and T; maximises the expected immediate reward. */
export function myopicOraclePolicy(): Policy {
  return {
    name: 'myopic-oracle',
    chooseActions(env, actions) {
      for (let slot = 0; slot < env.sessions; slot++) {
        const offset = slot * ITEM_COUNT;
        let best = 0;
        let bestValue = Number.NEGATIVE_INFINITY;
        for (let item = 0; item < ITEM_COUNT; item++) {
          const value = expectedImmediateReward(env.model, env.clickLogit[offset + item], env.buyLogit[offset + item], item, env.trust[slot]);
          if (value > bestValue) {
            bestValue = value;
            best = item;
          }
        }
        actions[slot] = best;
      }
    },
  };
}

/** "Solid item in the shopper's top category" (knows p). */
export function heuristicPolicy(): Policy {
  return {
    name: 'heuristic',
    chooseActions(env, actions) {
      for (let slot = 0; slot < env.sessions; slot++) {
        const top = topCategory(env.preferences.subarray(slot * CATEGORY_COUNT, (slot + 1) * CATEGORY_COUNT));
        actions[slot] = itemIndex(top, SOLID_TIER);
      }
    },
  };
}

/** Solves each arriving shopper's DP once, then acts greedily on the true trust. */
export function dpOraclePolicy(): Policy {
  // Keyed by slot; the env is part of the key because shopper k of another env is another shopper.
  const solutions = new Map<number, { env: BatchedShopperEnv; shopper: number; solution: OracleSolution }>();
  const actionValues = new Float64Array(ITEM_COUNT);
  return {
    name: 'dp-oracle',
    chooseActions(env, actions) {
      for (let slot = 0; slot < env.sessions; slot++) {
        if (!env.active[slot]) continue;
        const shopper = env.shopperIndex[slot];
        let cached = solutions.get(slot);
        if (!cached || cached.shopper !== shopper || cached.env !== env) {
          cached = { env, shopper, solution: solveShopper(env.model, env.clickLogit, env.buyLogit, slot * ITEM_COUNT) };
          solutions.set(slot, cached);
        }
        oracleActionValues(env.model, cached.solution, env.clickLogit, env.buyLogit, slot * ITEM_COUNT, env.steps[slot], env.trust[slot], actionValues);
        let best = 0;
        for (let item = 1; item < ITEM_COUNT; item++) if (actionValues[item] > actionValues[best]) best = item;
        actions[slot] = best;
      }
    },
  };
}

/** Builds any reference policy by name. */
export function createReferencePolicy(name: ReferencePolicyName, settings: SimSettings, catalog: Catalog, seed: number): Policy {
  switch (name) {
    case 'random':
      return randomPolicy(seed);
    case 'most-popular':
      return mostPopularPolicy(settings, catalog);
    case 'myopic-oracle':
      return myopicOraclePolicy();
    case 'heuristic':
      return heuristicPolicy();
    case 'observation-planner':
      return observationPlannerPolicy();
    case 'dp-oracle':
      return dpOraclePolicy();
  }
}
