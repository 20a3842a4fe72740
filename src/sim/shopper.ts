// The hidden shopper: preferences, price sensitivity and starting trust, drawn per shopper index.

import { RandomStream, deriveSeed } from './random';
import { CATEGORY_COUNT, type SimSettings } from './settings';

export interface Shopper {
  /** Global arrival index: shopper k is the same whoever recommends to them. */
  index: number;
  /** True category preferences p (sum to 1). */
  preferences: Float64Array;
  /** Price sensitivity beta. */
  priceSensitivity: number;
  startTrust: number;
  /** The agent's view of p: p plus noise drawn once per session, clipped and renormalised. */
  observedPreferences: Float64Array;
  /** Seed of this shopper's own stream of coin flips (click, purchase, leave, engagement noise). */
  coinSeed: number;
}

/** An empty shopper record, for drawShopperInto to fill again and again without allocating. */
export function emptyShopper(): Shopper {
  return {
    index: -1,
    preferences: new Float64Array(CATEGORY_COUNT),
    priceSensitivity: 0,
    startTrust: 0,
    observedPreferences: new Float64Array(CATEGORY_COUNT),
    coinSeed: 0,
  };
}

/** Shopper k of a cohort: a pure function of (shopper seed, environment seed, k). */
export function drawShopper(settings: SimSettings, shopperSeed: number, environmentSeed: number, index: number): Shopper {
  const shopper = emptyShopper();
  drawShopperInto(settings, shopperSeed, environmentSeed, index, shopper);
  return shopper;
}

/** Draws shopper k into an existing record (the environment reuses one per slot). */
export function drawShopperInto(settings: SimSettings, shopperSeed: number, environmentSeed: number, index: number, out: Shopper): void {
  const random = new RandomStream(deriveSeed(shopperSeed, index));
  const { preferences, observedPreferences } = out;
  random.dirichlet(settings.preferenceConcentration, preferences);
  out.index = index;
  out.priceSensitivity = random.uniform(settings.priceSensitivityMin, settings.priceSensitivityMax);
  out.startTrust = random.uniform(settings.startTrustMin, settings.startTrustMax);
  out.coinSeed = deriveSeed(environmentSeed, index);
  let sum = 0;
  for (let c = 0; c < CATEGORY_COUNT; c++) {
    const noisy = preferences[c] + settings.preferenceNoise * random.normal();
    observedPreferences[c] = Math.min(1, Math.max(0, noisy));
    sum += observedPreferences[c];
  }
  for (let c = 0; c < CATEGORY_COUNT; c++) {
    observedPreferences[c] = sum > 0 ? observedPreferences[c] / sum : 1 / CATEGORY_COUNT;
  }
}

/** The category the shopper likes most (ties go to the lower index). */
export function topCategory(preferences: ArrayLike<number>): number {
  let best = 0;
  for (let c = 1; c < preferences.length; c++) if (preferences[c] > preferences[best]) best = c;
  return best;
}
