// Number formats and names shared by the lab's pages: one place decides how many decimals a reader sees.

import { CATEGORY_NAMES, TIER_NAMES } from '../sim/settings';

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

/** An item by category and tier, e.g. "Books premium". */
export function itemName(item: number): string {
  return `${CATEGORY_NAMES[Math.floor(item / TIER_NAMES.length)]} ${TIER_NAMES[item % TIER_NAMES.length]}`;
}
