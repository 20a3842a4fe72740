// Tests of the observation planner: its plan on a tiny case worked out by hand, that it reads nothing
// hidden, and that it stays close to the oracle with the engagement signal hidden.
import { describe, expect, it } from 'vitest';
import { createCatalog, itemIndex } from './catalog';
import { BatchedShopperEnv } from './env';
import { EvaluationCohort } from './evaluation';
import { ObservationLayout } from './observation';
import { observationPlannerPolicy, planFor, plannedActionValues } from './observation-planner';
import { DEFAULT_SIM_SETTINGS, ITEM_COUNT, OBSERVATION_SIZE, TIER_NAMES, type SimSettings } from './settings';

const tier = (name: (typeof TIER_NAMES)[number]) => TIER_NAMES.indexOf(name);

/**
 * A two-step shop small enough to solve by hand. Every click is a coin flip (click logit 0); the
 * purchase logit is ln(6 p_c) - ln($ / 40) for the planner's price sensitivity 1, so
 * P(buy | click) = x / (1 + x) with x = 6 p_c 40 / $. Every base price is $40 and nothing is jittered:
 * solid costs $40, premium 40 x 1.1 = $44. Trust changes nothing but the chance of leaving, (1 - T')^2.
 * The premium item is a clickbait that disappoints (b = 0.9, q = 0): a click costs 0.1 (0.5 - 0.9) =
 * -0.04 of trust, a purchase a further 0.3 (0 - 0.55) = -0.165. Solid (b = 0.25, q = 0.75) earns
 * +0.025 and +0.06.
 */
const TINY: SimSettings = {
  ...DEFAULT_SIM_SETTINGS,
  maxSteps: 2,
  itemJitter: 0,
  priceJitter: 0,
  basePriceMin: 40,
  basePriceMax: 40,
  premiumClickbait: 0.9,
  premiumQuality: 0,
  premiumPriceFactor: 1.1,
  affinityFloor: 0,
  clickBias: 0,
  clickAffinityWeight: 0,
  clickClickbaitWeight: 0,
  clickTrustWeight: 0,
  buyBias: 0,
  buyAffinityWeight: 1,
  buyClickbaitWeight: 0,
  buyTrustWeight: 0,
  ignoreTrustLoss: 0,
  leaveBase: 0,
  leaveDistrustWeight: 1,
  leaveIgnorePenalty: 0,
};

/** An environment of the tiny shop whose single slot shows the given observation (whatever shopper it hides). */
function tinyEnv(observed: { preferences: number[]; step: number; engagement: number }): BatchedShopperEnv {
  const env = new BatchedShopperEnv({ settings: TINY, catalog: createCatalog(TINY, 1), sessions: 1, shopperSeed: 3, environmentSeed: 4 });
  env.observations.fill(0, 0, OBSERVATION_SIZE);
  env.observations.set(observed.preferences, ObservationLayout.observedPreferences);
  env.observations[ObservationLayout.progress] = observed.step / TINY.maxSteps;
  env.observations[ObservationLayout.engagement] = observed.engagement;
  return env;
}

// The browsing history says category 0 (6 p = 3); the other five are at 6 p = 0.6.
const OBSERVED = [0.5, 0.1, 0.1, 0.1, 0.1, 0.1];

describe('observation planner: a tiny case worked out by hand', () => {
  // Last step (t = 1): the value is the expected reward 0.5 (0.1 + P(buy) $ / 100) with P(buy) = 120 / (120 + $):
  //   solid   0.5 (0.1 + 0.75 x 0.40)           = 0.2
  //   premium 0.5 (0.1 + (120 / 164) x 0.44)    = 0.5 (0.1 + 0.321951) = 0.210976
  const PREMIUM_NOW = 0.5 * (0.1 + (120 / 164) * 0.44);
  // First step (t = 0), trust 0.5: reward plus the chance of staying times V_1 = 0.210976 (trust moves no probability):
  //   solid:   ignored 0.5 stays 1 - 0.5^2 = 0.75; clicked only 0.125, T' = 0.525, stays 0.774375;
  //            bought 0.375, T' = 0.585, stays 0.827775 -> 0.2 + 0.210976 x 0.782213 = 0.365028
  //   premium: ignored 0.5 stays 0.75; clicked only 0.5 x 44 / 164 = 0.134146, T' = 0.46, stays 0.7084;
  //            bought 0.365854, T' = 0.295, stays 0.502975 -> 0.210976 + 0.210976 x 0.654044 = 0.348964
  const SOLID_FIRST = 0.2 + PREMIUM_NOW * (0.5 * 0.75 + 0.125 * 0.774375 + 0.375 * 0.827775);
  const PREMIUM_FIRST = PREMIUM_NOW * (1 + 0.5 * 0.75 + 0.5 * (44 / 164) * 0.7084 + 0.5 * (120 / 164) * 0.502975);

  it('values the items as worked out by hand', () => {
    expect(SOLID_FIRST).toBeCloseTo(0.365028, 5);
    expect(PREMIUM_FIRST).toBeCloseTo(0.348964, 5);
    const env = tinyEnv({ preferences: OBSERVED, step: 0, engagement: 0.5 });
    const plan = planFor(env.model, env.observations, 0);
    const values = new Float64Array(ITEM_COUNT);
    plannedActionValues(plan, 0, 0.5, values);
    expect(values[itemIndex(0, tier('solid'))]).toBeCloseTo(SOLID_FIRST, 9);
    expect(values[itemIndex(0, tier('premium'))]).toBeCloseTo(PREMIUM_FIRST, 9);
    plannedActionValues(plan, 1, 0.5, values);
    expect(values[itemIndex(0, tier('solid'))]).toBeCloseTo(0.2, 9);
    expect(values[itemIndex(0, tier('premium'))]).toBeCloseTo(PREMIUM_NOW, 9);
  });

  it('plans ahead: solid first to keep the shopper, then the premium item on the last step', () => {
    const planner = observationPlannerPolicy();
    const actions = new Int32Array(1);
    const env = tinyEnv({ preferences: OBSERVED, step: 0, engagement: 0.5 });
    planner.chooseActions(env, actions);
    expect(actions[0]).toBe(itemIndex(0, tier('solid')));
    env.observations[ObservationLayout.progress] = 1 / TINY.maxSteps;
    planner.chooseActions(env, actions);
    expect(actions[0]).toBe(itemIndex(0, tier('premium')));
  });

  it('follows the observed preferences, not the hidden ones', () => {
    const planner = observationPlannerPolicy();
    const actions = new Int32Array(1);
    const env = tinyEnv({ preferences: [0.1, 0.1, 0.1, 0.5, 0.1, 0.1], step: 0, engagement: 0.5 });
    // The hidden shopper loves category 0 and is very price-sensitive: the planner cannot know.
    env.preferences.set([1, 0, 0, 0, 0, 0], 0);
    env.priceSensitivity[0] = 1.5;
    planner.chooseActions(env, actions);
    expect(actions[0]).toBe(itemIndex(3, tier('solid')));
  });
});

describe('observation planner: reads only the observation', () => {
  const settings = { ...DEFAULT_SIM_SETTINGS };
  const catalog = createCatalog(settings, 42);
  const SESSIONS = 40;
  const env = (shopperSeed: number) => new BatchedShopperEnv({ settings, catalog, sessions: SESSIONS, shopperSeed, environmentSeed: shopperSeed + 1 });

  it('chooses the same items for the same observations whatever the hidden shoppers are', () => {
    const seen = env(11);
    const other = env(12);
    const first = new Int32Array(SESSIONS);
    const second = new Int32Array(SESSIONS);
    for (let round = 0; round < 5; round++) {
      observationPlannerPolicy().chooseActions(seen, first);
      // Other shoppers (other preferences, trust and price sensitivity) behind the same observations.
      other.observations.set(seen.observations);
      observationPlannerPolicy().chooseActions(other, second);
      expect(other.preferences).not.toEqual(seen.preferences);
      expect(Array.from(second)).toEqual(Array.from(first));
      seen.step(first);
    }
  });

  it('acts on the engagement signal: a shopper who seems to distrust the shop gets another plan', () => {
    const probe = env(13);
    const trusting = new Int32Array(SESSIONS);
    const wary = new Int32Array(SESSIONS);
    observationPlannerPolicy().chooseActions(probe, trusting);
    for (let slot = 0; slot < SESSIONS; slot++) probe.observations[slot * OBSERVATION_SIZE + ObservationLayout.engagement] = 0;
    observationPlannerPolicy().chooseActions(probe, wary);
    expect(Array.from(wary)).not.toEqual(Array.from(trusting));
  });

  it('keeps a trust estimate of its own when the engagement signal is hidden, and stays near the oracle', () => {
    const hidden = { ...settings, observability: 'hidden' as const };
    const cohort = new EvaluationCohort({ settings: hidden, catalog, shoppers: 300, seed: 5 });
    expect(cohort.evaluate(observationPlannerPolicy()).percentOfOracle).toBeGreaterThan(80);
  });
});
