// The 20-number observation: its layout, its feature names, and the writer the environment uses.

import { CATEGORY_COUNT, CATEGORY_NAMES, OBSERVATION_SIZE, type Observability } from './settings';

/** Offsets of each part of the observation vector. */
export const ObservationLayout = {
  observedPreferences: 0,
  lastCategory: 6,
  lastClicked: 12,
  lastBought: 13,
  clickRate: 14,
  buyRate: 15,
  progress: 16,
  clickCount: 17,
  buyCount: 18,
  engagement: 19,
} as const;

/** What became of one recommendation. */
export const Outcome = { none: -1, ignored: 0, clicked: 1, bought: 2 } as const;
export type OutcomeCode = (typeof Outcome)[keyof typeof Outcome];
export const OUTCOME_NAMES = ['ignored', 'clicked', 'bought'] as const;

/** Counts are divided by this before they enter the observation (and capped at 1). */
export const COUNT_SCALE = 10;

/** A readable name for every feature, in order. */
export const FEATURE_NAMES: readonly string[] = [
  ...CATEGORY_NAMES.map((name) => `browsing history: ${name}`),
  ...CATEGORY_NAMES.map((name) => `last recommended: ${name}`),
  'last recommendation clicked',
  'last recommendation bought',
  'click rate this session',
  'purchase rate this session',
  'session progress (step / max)',
  'clicks this session / 10',
  'purchases this session / 10',
  'engagement signal',
];

/**
 * The favourite observed category of the observation at offset: the largest of its six preference estimates
 * (the first on ties). The agent's encoding, the inspector and the studies of the observation all read it here.
 */
export function favouriteObservedCategory(observations: ArrayLike<number>, offset = 0): number {
  const preferences = offset + ObservationLayout.observedPreferences;
  let favourite = 0;
  for (let c = 1; c < CATEGORY_COUNT; c++) if (observations[preferences + c] > observations[preferences + favourite]) favourite = c;
  return favourite;
}

/** The engagement feature for a given trust: noisy, exact, or hidden (always 0). */
export function engagementSignal(observability: Observability, trust: number, noise: number): number {
  if (observability === 'hidden') return 0;
  const value = observability === 'exact' ? trust : trust + noise;
  return value < 0 ? 0 : value > 1 ? 1 : value;
}

/** Writes one observation at offset. Scalars rather than an object: this runs once per simulated step. */
export function writeObservation(
  out: Float32Array,
  offset: number,
  observedPreferences: ArrayLike<number>,
  preferenceOffset: number,
  steps: number,
  clicks: number,
  buys: number,
  lastCategory: number,
  lastOutcome: number,
  maxSteps: number,
  engagement: number,
): void {
  for (let c = 0; c < CATEGORY_COUNT; c++) {
    out[offset + c] = observedPreferences[preferenceOffset + c];
    out[offset + ObservationLayout.lastCategory + c] = c === lastCategory ? 1 : 0;
  }
  out[offset + ObservationLayout.lastClicked] = lastOutcome >= Outcome.clicked ? 1 : 0;
  out[offset + ObservationLayout.lastBought] = lastOutcome === Outcome.bought ? 1 : 0;
  out[offset + ObservationLayout.clickRate] = steps > 0 ? clicks / steps : 0;
  out[offset + ObservationLayout.buyRate] = steps > 0 ? buys / steps : 0;
  out[offset + ObservationLayout.progress] = steps / maxSteps;
  out[offset + ObservationLayout.clickCount] = Math.min(1, clicks / COUNT_SCALE);
  out[offset + ObservationLayout.buyCount] = Math.min(1, buys / COUNT_SCALE);
  out[offset + ObservationLayout.engagement] = engagement;
}

export { OBSERVATION_SIZE };
