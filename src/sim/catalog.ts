// The catalog: 6 categories x 4 tiers = 24 items, drawn once per catalog seed.

import { RandomStream, StreamId, deriveSeed } from './random';
import {
  CATEGORY_COUNT,
  CATEGORY_NAMES,
  ITEM_COUNT,
  TIER_COUNT,
  TIER_NAMES,
  type SimSettings,
  type TierName,
} from './settings';

export interface Item {
  index: number;
  category: number;
  categoryName: string;
  tier: number;
  tierName: TierName;
  clickbait: number;
  quality: number;
  price: number;
}

/** The catalog as typed-array columns indexed by item, plus named records for the UI. */
export interface Catalog {
  seed: number;
  items: readonly Item[];
  category: Int32Array;
  clickbait: Float64Array;
  quality: Float64Array;
  price: Float64Array;
}

export function itemIndex(category: number, tier: number): number {
  return category * TIER_COUNT + tier;
}

/** The category of an item index (the inverse of itemIndex, with itemTier). */
export function itemCategory(item: number): number {
  return Math.floor(item / TIER_COUNT);
}

/** The tier of an item index. */
export function itemTier(item: number): number {
  return item % TIER_COUNT;
}

function tierProfile(settings: SimSettings, tier: TierName): { clickbait: number; quality: number; priceFactor: number } {
  switch (tier) {
    case 'deal':
      return { clickbait: settings.dealClickbait, quality: settings.dealQuality, priceFactor: settings.dealPriceFactor };
    case 'budget':
      return { clickbait: settings.budgetClickbait, quality: settings.budgetQuality, priceFactor: settings.budgetPriceFactor };
    case 'solid':
      return { clickbait: settings.solidClickbait, quality: settings.solidQuality, priceFactor: settings.solidPriceFactor };
    case 'premium':
      return { clickbait: settings.premiumClickbait, quality: settings.premiumQuality, priceFactor: settings.premiumPriceFactor };
  }
}

const clamp01 = (value: number) => Math.min(1, Math.max(0, value));

export function createCatalog(settings: SimSettings, seed: number): Catalog {
  const random = new RandomStream(deriveSeed(seed, StreamId.catalog));
  const basePrices = Array.from({ length: CATEGORY_COUNT }, () =>
    random.uniform(settings.basePriceMin, settings.basePriceMax),
  );
  const items: Item[] = [];
  for (let category = 0; category < CATEGORY_COUNT; category++) {
    for (let tier = 0; tier < TIER_COUNT; tier++) {
      const profile = tierProfile(settings, TIER_NAMES[tier]);
      const clickbait = clamp01(profile.clickbait + random.uniform(-settings.itemJitter, settings.itemJitter));
      const quality = clamp01(profile.quality + random.uniform(-settings.itemJitter, settings.itemJitter));
      const price =
        basePrices[category] * profile.priceFactor * random.uniform(1 - settings.priceJitter, 1 + settings.priceJitter);
      items.push({
        index: itemIndex(category, tier),
        category,
        categoryName: CATEGORY_NAMES[category],
        tier,
        tierName: TIER_NAMES[tier],
        clickbait,
        quality,
        price,
      });
    }
  }
  return {
    seed,
    items,
    category: Int32Array.from(items, (item) => item.category),
    clickbait: Float64Array.from(items, (item) => item.clickbait),
    quality: Float64Array.from(items, (item) => item.quality),
    price: Float64Array.from(items, (item) => item.price),
  };
}

export { ITEM_COUNT };
