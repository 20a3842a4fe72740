// Number formats and names shared by the lab's pages: one place decides how many decimals a reader sees.

import { CATEGORY_NAMES, TIER_NAMES, type TierName } from '../sim/settings';

/** Rewards and returns: two decimals (a click is worth 0.10). */
export function formatReward(value: number): string {
  return value.toFixed(2);
}

/** Signed reward for a single step, e.g. "+0.58". */
export function formatRewardChange(value: number): string {
  return `+${formatReward(value)}`;
}

export function formatPrice(dollars: number): string {
  return `$${dollars.toFixed(2)}`;
}

/** A share in [0, 1] as a whole percentage, e.g. "37%". */
export function formatPercent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** Trust and observation features: values in [0, 1] with two decimals. */
export function formatUnit(value: number): string {
  return value.toFixed(2);
}

/** First letter upper case, for tier and outcome names in labels. */
export function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The shop's names in one language (the play catalog, `t.play`, is one). */
export interface ShopNames {
  categories: Readonly<Record<(typeof CATEGORY_NAMES)[number], string>>;
  tiers: Readonly<Record<TierName, string>>;
  itemName(category: string, tier: string): string;
}

/** A category by its index, in the reader's language. */
export function categoryName(category: number, names: Pick<ShopNames, 'categories'>): string {
  return names.categories[CATEGORY_NAMES[category]];
}

/** An item by category and tier in the reader's language, e.g. "Books premium" or "高端图书". */
export function itemName(item: number, names: ShopNames): string {
  return names.itemName(categoryName(Math.floor(item / TIER_NAMES.length), names), names.tiers[TIER_NAMES[item % TIER_NAMES.length]]);
}

/** The observation's feature words of one language (the play catalog's `features`). */
export interface FeatureWords {
  browsingHistory(category: string): string;
  lastRecommended(category: string): string;
  lastClicked: string;
  lastBought: string;
  clickRate: string;
  purchaseRate: string;
  progress: string;
  clicks: string;
  purchases: string;
  engagement: string;
}

/** Every observation feature's name, in the order of the observation (the simulator's FEATURE_NAMES, translated). */
export function featureNames(names: Pick<ShopNames, 'categories'> & { features: FeatureWords }): string[] {
  const { features } = names;
  const category = CATEGORY_NAMES.map((name) => names.categories[name]);
  return [
    ...category.map(features.browsingHistory),
    ...category.map(features.lastRecommended),
    features.lastClicked,
    features.lastBought,
    features.clickRate,
    features.purchaseRate,
    features.progress,
    features.clicks,
    features.purchases,
    features.engagement,
  ];
}
