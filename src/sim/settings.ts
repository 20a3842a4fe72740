// The simulator's settings: every constant of the shopper model, documented, with its default calibration.

import type { FieldTable } from './fields';

export type Observability = 'noisy' | 'exact' | 'hidden';

export const CATEGORY_NAMES = ['Electronics', 'Fashion', 'Home', 'Beauty', 'Sports', 'Books'] as const;
export const TIER_NAMES = ['deal', 'budget', 'solid', 'premium'] as const;
export type TierName = (typeof TIER_NAMES)[number];
export const CATEGORY_COUNT = CATEGORY_NAMES.length;
export const TIER_COUNT = TIER_NAMES.length;
/** The action space: one item per category and tier. */
export const ITEM_COUNT = CATEGORY_COUNT * TIER_COUNT;
/** Numbers in one observation (see observation.ts for the layout). */
export const OBSERVATION_SIZE = 20;

export interface SimSettings {
  // Catalog
  dealClickbait: number;
  dealQuality: number;
  dealPriceFactor: number;
  budgetClickbait: number;
  budgetQuality: number;
  budgetPriceFactor: number;
  solidClickbait: number;
  solidQuality: number;
  solidPriceFactor: number;
  premiumClickbait: number;
  premiumQuality: number;
  premiumPriceFactor: number;
  basePriceMin: number;
  basePriceMax: number;
  itemJitter: number;
  priceJitter: number;
  // Shopper
  preferenceConcentration: number;
  priceSensitivityMin: number;
  priceSensitivityMax: number;
  startTrustMin: number;
  startTrustMax: number;
  // Click and purchase
  affinityFloor: number;
  clickBias: number;
  clickAffinityWeight: number;
  clickClickbaitWeight: number;
  clickTrustWeight: number;
  buyBias: number;
  buyAffinityWeight: number;
  buyClickbaitWeight: number;
  buyTrustWeight: number;
  referencePrice: number;
  // Trust dynamics
  ignoreTrustLoss: number;
  clickTrustChange: number;
  clickbaitNeutral: number;
  purchaseTrustChange: number;
  qualityNeutral: number;
  // Reward
  clickReward: number;
  purchaseReward: number;
  purchaseRewardPerDollar: number;
  // Leaving
  leaveBase: number;
  leaveDistrustWeight: number;
  leaveIgnorePenalty: number;
  maxSteps: number;
  // Observation
  observability: Observability;
  preferenceNoise: number;
  engagementNoise: number;
}

export const DEFAULT_SIM_SETTINGS: Readonly<SimSettings> = Object.freeze({
  dealClickbait: 0.9,
  dealQuality: 0.15,
  dealPriceFactor: 0.6,
  budgetClickbait: 0.5,
  budgetQuality: 0.5,
  budgetPriceFactor: 0.8,
  solidClickbait: 0.25,
  solidQuality: 0.75,
  solidPriceFactor: 1.0,
  premiumClickbait: 0.1,
  premiumQuality: 0.9,
  premiumPriceFactor: 1.8,
  basePriceMin: 20,
  basePriceMax: 80,
  itemJitter: 0.05,
  priceJitter: 0.1,
  preferenceConcentration: 0.5,
  priceSensitivityMin: 0.5,
  priceSensitivityMax: 1.5,
  startTrustMin: 0.3,
  startTrustMax: 0.7,
  affinityFloor: 0.001,
  clickBias: -1.0,
  clickAffinityWeight: 1.5,
  clickClickbaitWeight: 2.5,
  clickTrustWeight: 2.0,
  buyBias: -1.2,
  buyAffinityWeight: 1.0,
  buyClickbaitWeight: 1.0,
  buyTrustWeight: 3.0,
  referencePrice: 40,
  ignoreTrustLoss: 0.01,
  clickTrustChange: 0.1,
  clickbaitNeutral: 0.5,
  purchaseTrustChange: 0.3,
  qualityNeutral: 0.55,
  clickReward: 0.1,
  purchaseReward: 0,
  purchaseRewardPerDollar: 0.01,
  leaveBase: 0.02,
  leaveDistrustWeight: 0.3,
  leaveIgnorePenalty: 0.03,
  maxSteps: 50,
  observability: 'noisy',
  preferenceNoise: 0.1,
  engagementNoise: 0.1,
});

const unit = (doc: string, min: number, max: number, integer = false) =>
  ({ kind: 'number', doc, min, max, integer }) as const;

export const SIM_FIELDS: FieldTable<SimSettings> = {
  dealClickbait: unit('Clickbait b of "deal" items: how tempting the title is (0 to 1).', 0, 1),
  dealQuality: unit('Quality q of "deal" items, revealed only after purchase (0 to 1).', 0, 1),
  dealPriceFactor: unit('Price of "deal" items as a multiple of the category base price.', 0.1, 5),
  budgetClickbait: unit('Clickbait b of "budget" items (0 to 1).', 0, 1),
  budgetQuality: unit('Quality q of "budget" items (0 to 1).', 0, 1),
  budgetPriceFactor: unit('Price of "budget" items as a multiple of the base price.', 0.1, 5),
  solidClickbait: unit('Clickbait b of "solid" items (0 to 1).', 0, 1),
  solidQuality: unit('Quality q of "solid" items (0 to 1).', 0, 1),
  solidPriceFactor: unit('Price of "solid" items as a multiple of the base price.', 0.1, 5),
  premiumClickbait: unit('Clickbait b of "premium" items (0 to 1).', 0, 1),
  premiumQuality: unit('Quality q of "premium" items (0 to 1).', 0, 1),
  premiumPriceFactor: unit('Price of "premium" items as a multiple of the base price.', 0.1, 5),
  basePriceMin: unit('Lowest category base price, in dollars.', 1, 1000),
  basePriceMax: unit('Highest category base price, in dollars.', 1, 1000),
  itemJitter: unit('Per-item jitter of clickbait and quality: U(-x, x).', 0, 0.5),
  priceJitter: unit('Per-item price jitter: price times U(1 - x, 1 + x).', 0, 0.5),
  preferenceConcentration: unit('Dirichlet concentration of shopper preferences (small = focused).', 0.05, 10),
  priceSensitivityMin: unit('Lowest price sensitivity beta.', 0, 5),
  priceSensitivityMax: unit('Highest price sensitivity beta.', 0, 5),
  startTrustMin: unit('Lowest starting trust T0 (0 to 1).', 0, 1),
  startTrustMax: unit('Highest starting trust T0 (0 to 1).', 0, 1),
  affinityFloor: unit('Added inside ln(6 p + x) so that a category of zero preference has finite affinity.', 1e-6, 1),
  clickBias: unit('Click logit: constant term.', -10, 10),
  clickAffinityWeight: unit('Click logit: weight of category affinity.', -10, 10),
  clickClickbaitWeight: unit('Click logit: weight of clickbait (b - 0.5).', -10, 10),
  clickTrustWeight: unit('Click logit: weight of trust (T - 0.5).', -10, 10),
  buyBias: unit('Purchase logit (given a click): constant term.', -10, 10),
  buyAffinityWeight: unit('Purchase logit: weight of category affinity.', -10, 10),
  buyClickbaitWeight: unit('Purchase logit: weight of clickbait (b - 0.5).', -10, 10),
  buyTrustWeight: unit('Purchase logit: weight of trust (T - 0.5).', -10, 10),
  referencePrice: unit('Price in dollars at which price does not change the purchase logit.', 1, 1000),
  ignoreTrustLoss: unit('Trust lost when a recommendation is ignored.', 0, 1),
  clickTrustChange: unit('Trust change on a click: x times (clickbait neutral - b).', 0, 2),
  clickbaitNeutral: unit('Clickbait level at which a click leaves trust unchanged.', 0, 1),
  purchaseTrustChange: unit('Trust change on a purchase: x times (q - quality neutral).', 0, 2),
  qualityNeutral: unit('Quality at which a purchase leaves trust unchanged.', 0, 1),
  clickReward: unit('Reward for a click (also paid when the click leads to a purchase).', 0, 10),
  purchaseReward: unit('Extra fixed reward for a purchase.', 0, 10),
  purchaseRewardPerDollar: unit('Extra reward per dollar of a purchase (0.01 = price / 100).', 0, 1),
  leaveBase: unit('Chance of leaving after any step.', 0, 1),
  leaveDistrustWeight: unit('Extra chance of leaving: x times (1 - T) squared.', 0, 5),
  leaveIgnorePenalty: unit('Extra chance of leaving after an ignored recommendation.', 0, 1),
  maxSteps: unit('Longest session, in steps.', 1, 200, true),
  observability: {
    kind: 'choice',
    doc: 'What the agent sees of trust: a noisy engagement signal, the exact trust, or nothing.',
    choices: ['noisy', 'exact', 'hidden'],
  },
  preferenceNoise: unit('Standard deviation of the noise on the observed preferences (once per session).', 0, 1),
  engagementNoise: unit('Standard deviation of the noise on the engagement signal (every step).', 0, 1),
};
