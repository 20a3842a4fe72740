// Known answers for one hand-set shopper: P(click), P(buy | click), trust updates, P(leave) and rewards,
// worked out by hand from the formulas of shopper-simulator.md.
import { describe, expect, it } from 'vitest';
import { createCatalog, itemIndex } from './catalog';
import {
  clickProbability,
  createOutcomeModel,
  leaveProbability,
  purchaseProbability,
  sigmoid,
  stepReward,
  trustAfter,
  writeShopperLogits,
} from './dynamics';
import { DEFAULT_SIM_SETTINGS, ITEM_COUNT, TIER_NAMES } from './settings';

// No jitter and a single base price of $40: every item has its tier's exact b, q and price factor.
const settings = { ...DEFAULT_SIM_SETTINGS, itemJitter: 0, priceJitter: 0, basePriceMin: 40, basePriceMax: 40 };
const catalog = createCatalog(settings, 42);
const model = createOutcomeModel(settings, catalog);

// The shopper: half their interest in Electronics (category 0), beta = 1, trust 0.5.
const preferences = [0.5, 0.2, 0.1, 0.1, 0.05, 0.05];
const clickLogit = new Float64Array(ITEM_COUNT);
const buyLogit = new Float64Array(ITEM_COUNT);
writeShopperLogits(model, preferences, 1.0, clickLogit, buyLogit, 0);

const solid = itemIndex(0, TIER_NAMES.indexOf('solid')); // b 0.25, q 0.75, $40
const deal = itemIndex(0, TIER_NAMES.indexOf('deal')); // b 0.90, q 0.15, $24

describe('the step dynamics for a hand-set shopper', () => {
  // a = ln(6 x 0.5 + 0.001) = ln 3.001 = 1.098946
  it('P(click) of the solid item = sigmoid(-1 + 1.5 a + 2.5 (0.25 - 0.5) + 0) = sigmoid(0.023419) = 0.505854', () => {
    expect(clickProbability(model, clickLogit[solid], 0.5)).toBeCloseTo(0.5058543198725444, 12);
  });

  it('P(buy | click) of the solid item = sigmoid(-1.2 + a - 0.25 + 0 - 1 x ln(40/40)) = sigmoid(-0.351054) = 0.413127', () => {
    expect(purchaseProbability(model, buyLogit[solid], 0.5)).toBeCloseTo(0.41312674707059693, 12);
  });

  it('P(click) of the deal = sigmoid(-1 + 1.5 a + 1.0) = 0.838677; P(buy | click) = sigmoid(-1.2 + a + 0.4 - ln 0.6) = 0.692061', () => {
    expect(clickProbability(model, clickLogit[deal], 0.5)).toBeCloseTo(0.8386771712703912, 12);
    expect(purchaseProbability(model, buyLogit[deal], 0.5)).toBeCloseTo(0.6920607441824197, 12);
  });

  it('trust weighs in: at T = 0.8 with beta = 1.5 the $72 premium item has P(click) 0.561787, P(buy | click) 0.381607', () => {
    const sensitiveClick = new Float64Array(ITEM_COUNT);
    const sensitiveBuy = new Float64Array(ITEM_COUNT);
    writeShopperLogits(model, preferences, 1.5, sensitiveClick, sensitiveBuy, 0);
    const premium = itemIndex(0, TIER_NAMES.indexOf('premium')); // b 0.10, q 0.90, $72
    // click: -1 + 1.5 a + 2.5 (-0.4) + 2 (0.3);  buy: -1.2 + a - 0.4 + 3 (0.3) - 1.5 ln 1.8
    expect(clickProbability(model, sensitiveClick[premium], 0.8)).toBeCloseTo(0.5617871646301409, 12);
    expect(purchaseProbability(model, sensitiveBuy[premium], 0.8)).toBeCloseTo(0.38160663742584533, 12);
  });

  it('updates trust: ignored -0.01; clicked +0.1 (0.5 - b); bought additionally +0.3 (q - 0.55)', () => {
    expect(trustAfter(model, 0.5, solid, false, false)).toBeCloseTo(0.49, 12);
    expect(trustAfter(model, 0.5, solid, true, false)).toBeCloseTo(0.525, 12); // + 0.1 x 0.25
    expect(trustAfter(model, 0.5, solid, true, true)).toBeCloseTo(0.585, 12); // + 0.3 x 0.20
    expect(trustAfter(model, 0.5, deal, true, false)).toBeCloseTo(0.46, 12); // + 0.1 x (-0.4)
    expect(trustAfter(model, 0.5, deal, true, true)).toBeCloseTo(0.34, 12); // + 0.3 x (-0.4)
  });

  it('keeps trust in [0, 1]', () => {
    expect(trustAfter(model, 0.005, solid, false, false)).toBe(0);
    expect(trustAfter(model, 0.05, deal, true, true)).toBe(0);
    expect(trustAfter(model, 0.99, solid, true, true)).toBe(1);
  });

  it('P(leave) = min(1, 0.02 + 0.3 (1 - T)^2 + 0.03 [ignored]) on the updated trust', () => {
    expect(leaveProbability(settings, 0.49, true)).toBeCloseTo(0.12803, 12); // 0.02 + 0.3 x 0.51^2 + 0.03
    expect(leaveProbability(settings, 0.525, false)).toBeCloseTo(0.0876875, 12); // 0.02 + 0.3 x 0.475^2
    expect(leaveProbability(settings, 0.585, false)).toBeCloseTo(0.0716675, 12); // 0.02 + 0.3 x 0.415^2
    expect(leaveProbability(settings, 1, false)).toBeCloseTo(0.02, 12);
    expect(leaveProbability(settings, 0, true)).toBeCloseTo(0.35, 12);
    expect(leaveProbability({ ...settings, leaveBase: 0.9 }, 0, true)).toBe(1);
  });

  it('pays 0 for an ignored item, 0.1 for a click, 0.1 + $/100 for a purchase', () => {
    expect(stepReward(model, solid, false, false)).toBe(0);
    expect(stepReward(model, solid, true, false)).toBe(0.1);
    expect(stepReward(model, solid, true, true)).toBeCloseTo(0.5, 12); // 0.1 + 40 / 100
    expect(stepReward(model, deal, true, true)).toBeCloseTo(0.34, 12); // 0.1 + 24 / 100
  });

  it('gives a category of zero preference a finite, very negative affinity', () => {
    const focused = [1, 0, 0, 0, 0, 0];
    writeShopperLogits(model, focused, 1.0, clickLogit, buyLogit, 0);
    const otherSolid = itemIndex(1, TIER_NAMES.indexOf('solid'));
    // a = ln 0.001 = -6.9078: P(click) = sigmoid(-1 + 1.5 a - 0.625) = 0.0000567
    expect(clickProbability(model, clickLogit[otherSolid], 0.5)).toBeCloseTo(sigmoid(-1 + 1.5 * Math.log(0.001) - 0.625), 12);
    expect(Number.isFinite(clickLogit[otherSolid])).toBe(true);
  });
});
