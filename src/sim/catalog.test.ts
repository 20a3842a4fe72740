// Tests of the catalog: layout, tier profiles, and the ranges of the jitter and the prices.
import { describe, expect, it } from 'vitest';
import { createCatalog, itemCategory, itemIndex, itemTier } from './catalog';
import { CATEGORY_COUNT, DEFAULT_SIM_SETTINGS, ITEM_COUNT, TIER_COUNT, TIER_NAMES } from './settings';

const settings = { ...DEFAULT_SIM_SETTINGS };
const TIER_PROFILES = {
  deal: { clickbait: 0.9, quality: 0.15, priceFactor: 0.6 },
  budget: { clickbait: 0.5, quality: 0.5, priceFactor: 0.8 },
  solid: { clickbait: 0.25, quality: 0.75, priceFactor: 1.0 },
  premium: { clickbait: 0.1, quality: 0.9, priceFactor: 1.8 },
};

describe('createCatalog', () => {
  it('lays out 6 categories x 4 tiers as item = category * 4 + tier', () => {
    const catalog = createCatalog(settings, 42);
    expect(catalog.items).toHaveLength(24);
    expect(ITEM_COUNT).toBe(CATEGORY_COUNT * TIER_COUNT);
    for (let category = 0; category < CATEGORY_COUNT; category++) {
      for (let tier = 0; tier < TIER_COUNT; tier++) {
        const item = catalog.items[itemIndex(category, tier)];
        expect(item.index).toBe(category * 4 + tier);
        expect(item.category).toBe(category);
        expect(item.tierName).toBe(TIER_NAMES[tier]);
        expect(catalog.category[item.index]).toBe(category);
        expect(catalog.clickbait[item.index]).toBe(item.clickbait);
        expect(catalog.quality[item.index]).toBe(item.quality);
        expect(catalog.price[item.index]).toBe(item.price);
      }
    }
  });

  it('is the same for the same seed and different for another', () => {
    expect(createCatalog(settings, 42).price).toEqual(createCatalog(settings, 42).price);
    expect(createCatalog(settings, 42).price).not.toEqual(createCatalog(settings, 43).price);
  });

  it('jitters clickbait and quality by at most 0.05 around the tier profile, inside [0, 1]', () => {
    for (let seed = 0; seed < 50; seed++) {
      for (const item of createCatalog(settings, seed).items) {
        const profile = TIER_PROFILES[item.tierName];
        expect(Math.abs(item.clickbait - profile.clickbait)).toBeLessThanOrEqual(0.05 + 1e-12);
        expect(Math.abs(item.quality - profile.quality)).toBeLessThanOrEqual(0.05 + 1e-12);
        expect(item.clickbait).toBeGreaterThanOrEqual(0);
        expect(item.quality).toBeLessThanOrEqual(1);
      }
    }
  });

  it('prices each item at base x factor x U(0.9, 1.1) with one base price in [20, 80] per category', () => {
    for (let seed = 0; seed < 50; seed++) {
      const catalog = createCatalog(settings, seed);
      for (let category = 0; category < CATEGORY_COUNT; category++) {
        // price / factor = base x jitter, so every tier of a category lies in base x [0.9, 1.1]
        const bases = TIER_NAMES.map((tier, t) => catalog.price[itemIndex(category, t)] / TIER_PROFILES[tier].priceFactor);
        const low = Math.min(...bases);
        const high = Math.max(...bases);
        expect(low).toBeGreaterThanOrEqual(20 * 0.9);
        expect(high).toBeLessThanOrEqual(80 * 1.1);
        expect(high / low).toBeLessThanOrEqual(1.1 / 0.9 + 1e-12);
      }
    }
  });

  it('reproduces the tier table exactly when the jitter is switched off', () => {
    const flat = { ...settings, itemJitter: 0, priceJitter: 0, basePriceMin: 40, basePriceMax: 40 };
    for (const item of createCatalog(flat, 42).items) {
      const profile = TIER_PROFILES[item.tierName];
      expect(item.clickbait).toBe(profile.clickbait);
      expect(item.quality).toBe(profile.quality);
      expect(item.price).toBeCloseTo(40 * profile.priceFactor, 12);
    }
  });
});

describe('item indices', () => {
  it('itemCategory and itemTier undo itemIndex, and agree with the catalog', () => {
    const catalog = createCatalog(settings, 42);
    for (let category = 0; category < CATEGORY_COUNT; category++) {
      for (let tier = 0; tier < TIER_COUNT; tier++) {
        const item = itemIndex(category, tier);
        expect([itemCategory(item), itemTier(item)]).toEqual([category, tier]);
        expect(catalog.category[item]).toBe(category);
      }
    }
  });
});
