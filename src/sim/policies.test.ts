// Tests of the reference policies: each picks what its definition says it picks.
import { describe, expect, it } from 'vitest';
import { createCatalog, itemIndex } from './catalog';
import { BatchedShopperEnv } from './env';
import { EvaluationCohort } from './evaluation';
import {
  REFERENCE_POLICY_NAMES,
  createReferencePolicy,
  dpOraclePolicy,
  expectedImmediateReward,
  heuristicPolicy,
  mostPopularItem,
  myopicOraclePolicy,
  randomPolicy,
} from './policies';
import { CATEGORY_COUNT, DEFAULT_SIM_SETTINGS, ITEM_COUNT, TIER_NAMES } from './settings';
import { topCategory } from './shopper';

const settings = { ...DEFAULT_SIM_SETTINGS };
const catalog = createCatalog(settings, 42);
const SESSIONS = 50;

function freshEnv(): BatchedShopperEnv {
  return new BatchedShopperEnv({ settings, catalog, sessions: SESSIONS, shopperSeed: 61, environmentSeed: 67 });
}

describe('reference policies', () => {
  it('builds every policy by name, under that name', () => {
    for (const name of REFERENCE_POLICY_NAMES) expect(createReferencePolicy(name, settings, catalog, 1).name).toBe(name);
  });

  it('random: draws every item, reproducibly from its seed', () => {
    const env = freshEnv();
    const actions = new Int32Array(SESSIONS);
    const seen = new Set<number>();
    const first = randomPolicy(3);
    const second = randomPolicy(3);
    const again = new Int32Array(SESSIONS);
    for (let round = 0; round < 20; round++) {
      first.chooseActions(env, actions);
      second.chooseActions(env, again);
      expect(again).toEqual(actions);
      actions.forEach((item) => seen.add(item));
    }
    expect(seen.size).toBe(ITEM_COUNT);
  });

  it('heuristic: the solid item of the shopper’s top category', () => {
    const env = freshEnv();
    const actions = new Int32Array(SESSIONS);
    heuristicPolicy().chooseActions(env, actions);
    for (let slot = 0; slot < SESSIONS; slot++) {
      const top = topCategory(env.preferences.subarray(slot * CATEGORY_COUNT, (slot + 1) * CATEGORY_COUNT));
      expect(actions[slot]).toBe(itemIndex(top, TIER_NAMES.indexOf('solid')));
    }
  });

  it('myopic oracle: the item of highest expected immediate reward at the current trust', () => {
    const env = freshEnv();
    const actions = new Int32Array(SESSIONS);
    myopicOraclePolicy().chooseActions(env, actions);
    for (let slot = 0; slot < SESSIONS; slot++) {
      const value = (item: number) =>
        expectedImmediateReward(env.model, env.clickLogit[slot * ITEM_COUNT + item], env.buyLogit[slot * ITEM_COUNT + item], item, env.trust[slot]);
      for (let item = 0; item < ITEM_COUNT; item++) expect(value(actions[slot])).toBeGreaterThanOrEqual(value(item));
    }
  });

  it('most popular: one fixed item for everyone, a deal under the default calibration', () => {
    const item = mostPopularItem(settings, catalog);
    expect(catalog.items[item].tierName).toBe('deal');
    const env = freshEnv();
    const actions = new Int32Array(SESSIONS);
    createReferencePolicy('most-popular', settings, catalog, 1).chooseActions(env, actions);
    expect(Array.from(new Set(actions))).toEqual([item]);
  });

  it('DP oracle: the same policy object gives the same results on a second cohort as a fresh one', () => {
    const reused = dpOraclePolicy();
    const first = new EvaluationCohort({ settings, catalog, shoppers: 40, seed: 1 });
    const second = new EvaluationCohort({ settings, catalog, shoppers: 40, seed: 2 });
    first.run(reused);
    expect(second.run(reused).returns).toEqual(second.run(dpOraclePolicy()).returns);
  });
});
