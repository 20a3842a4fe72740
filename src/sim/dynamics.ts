// The step dynamics of shopper-simulator.md as small pure functions, shared by the environment and the oracles.

import type { Catalog } from './catalog';
import { CATEGORY_COUNT, ITEM_COUNT, type SimSettings } from './settings';

export const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/** Per-item constants of one catalog under one calibration: trust changes and purchase rewards. */
export interface OutcomeModel {
  settings: SimSettings;
  catalog: Catalog;
  /** Trust change when item i is clicked: clickTrustChange (neutral - b_i). */
  clickTrustDelta: Float64Array;
  /** Further trust change when item i is bought: purchaseTrustChange (q_i - neutral). */
  purchaseTrustDelta: Float64Array;
  /** Reward of a click that ends in a purchase of item i. */
  purchaseOutcomeReward: Float64Array;
  /** ln(price_i / reference price), the price term of the purchase logit before beta. */
  logPriceRatio: Float64Array;
}

export function createOutcomeModel(settings: SimSettings, catalog: Catalog): OutcomeModel {
  const clickTrustDelta = new Float64Array(ITEM_COUNT);
  const purchaseTrustDelta = new Float64Array(ITEM_COUNT);
  const purchaseOutcomeReward = new Float64Array(ITEM_COUNT);
  const logPriceRatio = new Float64Array(ITEM_COUNT);
  for (let i = 0; i < ITEM_COUNT; i++) {
    clickTrustDelta[i] = settings.clickTrustChange * (settings.clickbaitNeutral - catalog.clickbait[i]);
    purchaseTrustDelta[i] = settings.purchaseTrustChange * (catalog.quality[i] - settings.qualityNeutral);
    purchaseOutcomeReward[i] =
      settings.clickReward + settings.purchaseReward + settings.purchaseRewardPerDollar * catalog.price[i];
    logPriceRatio[i] = Math.log(catalog.price[i] / settings.referencePrice);
  }
  return { settings, catalog, clickTrustDelta, purchaseTrustDelta, purchaseOutcomeReward, logPriceRatio };
}

/**
 * Writes one shopper's trust-free parts of the click and purchase logits for all 24 items at offset,
 * so that P(click) = sigmoid(clickLogit[i] + clickTrustWeight T) and likewise for purchase.
 */
export function writeShopperLogits(
  model: OutcomeModel,
  preferences: ArrayLike<number>,
  priceSensitivity: number,
  clickLogit: Float64Array,
  buyLogit: Float64Array,
  offset: number,
): void {
  const s = model.settings;
  const { catalog } = model;
  const categories = CATEGORY_COUNT;
  const affinities = [0, 0, 0, 0, 0, 0];
  // affinity a_c = ln(6 p_c + floor), once per category rather than per item
  for (let c = 0; c < categories; c++) affinities[c] = Math.log(categories * preferences[c] + s.affinityFloor);
  for (let i = 0, items = ITEM_COUNT; i < items; i++) {
    const affinity = affinities[catalog.category[i]];
    const bait = catalog.clickbait[i] - 0.5;
    clickLogit[offset + i] = s.clickBias + s.clickAffinityWeight * affinity + s.clickClickbaitWeight * bait - 0.5 * s.clickTrustWeight;
    buyLogit[offset + i] =
      s.buyBias +
      s.buyAffinityWeight * affinity +
      s.buyClickbaitWeight * bait -
      0.5 * s.buyTrustWeight -
      priceSensitivity * model.logPriceRatio[i];
  }
}

export const clickProbability = (model: OutcomeModel, clickLogit: number, trust: number): number =>
  sigmoid(clickLogit + model.settings.clickTrustWeight * trust);

export const purchaseProbability = (model: OutcomeModel, buyLogit: number, trust: number): number =>
  sigmoid(buyLogit + model.settings.buyTrustWeight * trust);

/** Trust after recommending item i with the given outcome, kept in [0, 1]. */
export function trustAfter(model: OutcomeModel, trust: number, item: number, clicked: boolean, bought: boolean): number {
  let next = trust;
  if (!clicked) next -= model.settings.ignoreTrustLoss;
  else {
    next += model.clickTrustDelta[item];
    if (bought) next += model.purchaseTrustDelta[item];
  }
  return next < 0 ? 0 : next > 1 ? 1 : next;
}

/** P(leave) from the updated trust: min(1, base + w (1 - T)^2 + penalty [ignored]). */
export function leaveProbability(settings: SimSettings, updatedTrust: number, ignored: boolean): number {
  const distrust = 1 - updatedTrust;
  const p = settings.leaveBase + settings.leaveDistrustWeight * distrust * distrust + (ignored ? settings.leaveIgnorePenalty : 0);
  return p < 1 ? p : 1;
}

export function stepReward(model: OutcomeModel, item: number, clicked: boolean, bought: boolean): number {
  if (bought) return model.purchaseOutcomeReward[item];
  return clicked ? model.settings.clickReward : 0;
}
