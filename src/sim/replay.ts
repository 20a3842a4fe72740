// Counterfactual sessions: the same shopper met again under another policy, with the same coin flips.
// The environment draws the same coins at every step whatever is recommended (three for click, purchase
// and leaving, plus the engagement noise's pairs), so a fresh session of the same shopper and seeds gives
// step k the same uniforms under any policy: where two policies differ in outcome, the difference comes
// from their choices (and the trust those choices left), not from luck.

import { createCatalog, type Catalog } from './catalog';
import { ReturnAverage, repeatReturn, type CoinFlipOptions } from './coin-flip-average';
import { BatchedShopperEnv } from './env';
import { CONTROL_POLICY } from './expected-return';
import type { Policy } from './policies';
import { StreamId, deriveSeed } from './random';
import { exactExpectedReturn } from './reference-rules';
import { ShopperSession, type SessionOptions, type StepDetail } from './session';
import type { SimSettings } from './settings';

/** The shopper and coin-flip streams of a seed's shopper: one seed and index always give the same shopper and coins. */
export function seededShopper(seed: number, shopperIndex: number, catalog: Catalog, settings: SimSettings): SessionOptions {
  return {
    settings,
    catalog,
    shopperSeed: deriveSeed(seed, StreamId.shoppers),
    environmentSeed: deriveSeed(seed, StreamId.environment),
    shopperIndex,
  };
}

/** A policy that recommends the given items in order (a recorded session played again); past its list it repeats the last. */
export function recordedPicks(items: readonly number[]): Policy {
  let next = 0;
  return {
    name: 'recorded',
    chooseActions(_env, actions) {
      if (items.length === 0) throw new Error('a recorded session needs at least one pick');
      actions[0] = items[Math.min(next, items.length - 1)];
      next += 1;
    },
  };
}

/** The shopper's whole session under a policy, step by step, from a fresh start (the same coin flips every time). */
export function counterfactualSession(options: SessionOptions, policy: Policy): StepDetail[] {
  const session = new ShopperSession(options);
  session.playOut(policy);
  return [...session.steps];
}

/** The session a list of picks makes on a seed's shopper, in its own catalog (a compare side's agent, replayed). */
export function sessionOnSeed(seed: number, shopperIndex: number, settings: SimSettings, items: readonly number[]): StepDetail[] {
  return sessionOfPicks(seededShopper(seed, shopperIndex, createCatalog(settings, seed), settings), items);
}

/** The session a list of picks makes, stopping where the shopper leaves or the picks run out. */
export function sessionOfPicks(options: SessionOptions, items: readonly number[]): StepDetail[] {
  const session = new ShopperSession(options);
  for (const item of items) {
    if (session.done) break;
    session.step(item);
  }
  return [...session.steps];
}

export interface EstimatedReturn {
  mean: number;
  /** Half-width of the 95% confidence interval. */
  ci95: number;
  sessions: number;
}

/**
 * A policy's expected return on one shopper, estimated over `repeats` fresh coin-flip streams, each also
 * played by the exact control policy (the control variate of expected-return.ts): the estimate is the
 * control's exact figure plus the mean difference on shared coin flips.
 */
export function estimatedReturn(options: CoinFlipOptions, policy: Policy, control: Policy, repeats: number): EstimatedReturn {
  const { settings, catalog, shopperSeed, environmentSeed, shopperIndex } = options;
  const arrival = new BatchedShopperEnv({ settings, catalog, sessions: 1, shopperSeed, environmentSeed, firstShopper: shopperIndex, shopperLimit: 1 });
  const controlExpected = exactExpectedReturn(CONTROL_POLICY, arrival) ?? 0;
  const difference = new ReturnAverage();
  for (let repeat = 0; repeat < repeats; repeat++) difference.add(repeatReturn(options, policy, repeat) - repeatReturn(options, control, repeat));
  return { mean: controlExpected + difference.mean, ci95: difference.ci95, sessions: difference.sessions };
}
