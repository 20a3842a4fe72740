// A policy's average return on one shopper over many fresh streams of coin flips: the same shopper
// (preferences, price sensitivity, starting trust and the agent's noisy view of the preferences all
// come from the shopper stream) met again and again, each time with its own clicks, purchases,
// leaving and engagement noise (the environment stream). For policies whose expected return cannot
// be worked out exactly, such as one that acts on the agent's noisy observation.

import type { Catalog } from './catalog';
import { BatchedShopperEnv } from './env';
import type { Policy } from './policies';
import { deriveSeed } from './random';
import type { SimSettings } from './settings';

export interface CoinFlipOptions {
  settings: SimSettings;
  catalog: Catalog;
  shopperSeed: number;
  /** The shopper's own environment seed; the repeats derive theirs from it. */
  environmentSeed: number;
  shopperIndex: number;
}

/** Stream index of the repeats' environment seeds, apart from any seed the lab derives elsewhere. */
const REPEAT_STREAM = 0x5eed;

/** The environment seed of the repeat-th fresh meeting with the shopper. */
export function repeatEnvironmentSeed(environmentSeed: number, repeat: number): number {
  return deriveSeed(deriveSeed(environmentSeed, REPEAT_STREAM), repeat);
}

/** One meeting with the shopper under the repeat's coin flips, played to the end by the policy. */
export function repeatReturn(options: CoinFlipOptions, policy: Policy, repeat: number): number {
  const env = new BatchedShopperEnv({
    settings: options.settings,
    catalog: options.catalog,
    sessions: 1,
    shopperSeed: options.shopperSeed,
    environmentSeed: repeatEnvironmentSeed(options.environmentSeed, repeat),
    firstShopper: options.shopperIndex,
    shopperLimit: 1,
  });
  const actions = new Int32Array(1);
  while (env.active[0]) {
    policy.chooseActions(env, actions);
    env.step(actions);
    if (env.done[0]) return env.finishedReturn[0];
  }
  return 0;
}

/** Running mean and 95% confidence half-width of the returns added so far (Welford's update). */
export class ReturnAverage {
  private count = 0;
  private average = 0;
  private squares = 0;

  add(value: number): void {
    this.count += 1;
    const delta = value - this.average;
    this.average += delta / this.count;
    this.squares += delta * (value - this.average);
  }

  get sessions(): number {
    return this.count;
  }

  get mean(): number {
    return this.average;
  }

  /** 1.96 standard errors (0 for fewer than two sessions). */
  get ci95(): number {
    return this.count < 2 ? 0 : 1.96 * Math.sqrt(this.squares / (this.count - 1) / this.count);
  }
}
