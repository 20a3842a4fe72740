// One shopper's session with the full detail of every step: for "play it yourself" and the inspector.
// It runs on the batched environment with one slot, so its dynamics are the training dynamics.

import type { Catalog, Item } from './catalog';
import { BatchedShopperEnv } from './env';
import { OUTCOME_NAMES } from './observation';
import type { Policy } from './policies';
import { CATEGORY_COUNT, OBSERVATION_SIZE, type SimSettings } from './settings';
import { drawShopper, type Shopper } from './shopper';

export type OutcomeName = (typeof OUTCOME_NAMES)[number];

export interface StepDetail {
  /** 1 for the first recommendation. */
  step: number;
  item: Item;
  clickProbability: number;
  /** P(buy | click). */
  purchaseProbability: number;
  outcome: OutcomeName;
  reward: number;
  trustBefore: number;
  trustAfter: number;
  /** P(leave), from the updated trust. */
  leaveProbability: number;
  /** The shopper walked away (rather than reaching the step limit). */
  left: boolean;
  done: boolean;
  sessionReturn: number;
  /** What the agent sees after this step. */
  observation: Float32Array;
}

export interface SessionOptions {
  settings: SimSettings;
  catalog: Catalog;
  shopperSeed: number;
  environmentSeed: number;
  /** Which shopper of the stream arrives. */
  shopperIndex: number;
}

export class ShopperSession {
  readonly shopper: Shopper;
  private readonly env: BatchedShopperEnv;
  private readonly history: StepDetail[] = [];
  private currentObservation: Float32Array;

  constructor(options: SessionOptions) {
    this.shopper = drawShopper(options.settings, options.shopperSeed, options.environmentSeed, options.shopperIndex);
    this.env = new BatchedShopperEnv({ ...options, sessions: 1, firstShopper: options.shopperIndex, shopperLimit: 1 });
    this.currentObservation = this.env.observations.slice(0, OBSERVATION_SIZE);
  }

  get catalog(): Catalog {
    return this.env.catalog;
  }

  get settings(): SimSettings {
    return this.env.settings;
  }

  /** The environment's single slot, for policies that need the hidden state. */
  get batchedView(): BatchedShopperEnv {
    return this.env;
  }

  get done(): boolean {
    return !this.env.active[0];
  }

  /** Trust now (hidden from the agent). */
  get trust(): number {
    const last = this.history[this.history.length - 1];
    return last ? last.trustAfter : this.shopper.startTrust;
  }

  get sessionReturn(): number {
    const last = this.history[this.history.length - 1];
    return last ? last.sessionReturn : 0;
  }

  get steps(): readonly StepDetail[] {
    return this.history;
  }

  /** What the agent sees now. */
  get observation(): Float32Array {
    return this.currentObservation;
  }

  step(item: number): StepDetail {
    if (this.done) throw new Error('the session has ended');
    const env = this.env;
    env.step([item]);
    const done = env.done[0] === 1;
    const outcome = OUTCOME_NAMES[env.lastOutcome[0]];
    const trustAfter = done ? env.finishedTrust[0] : env.trust[0];
    const steps = done ? env.finishedLength[0] : env.steps[0];
    const detail: StepDetail = {
      step: steps,
      item: env.catalog.items[item],
      clickProbability: env.lastClickProbability[0],
      purchaseProbability: env.lastPurchaseProbability[0],
      outcome,
      reward: env.rewards[0],
      trustBefore: env.lastTrustBefore[0],
      trustAfter,
      leaveProbability: env.lastLeaveProbability[0],
      left: done && steps < env.settings.maxSteps,
      done,
      sessionReturn: done ? env.finishedReturn[0] : env.sessionReturn[0],
      observation: env.nextObservations.slice(0, OBSERVATION_SIZE),
    };
    this.currentObservation = detail.observation;
    this.history.push(detail);
    return detail;
  }

  /** Plays the rest of the session with a policy and returns the final return. */
  playOut(policy: Policy): number {
    const actions = new Int32Array(1);
    while (!this.done) {
      policy.chooseActions(this.env, actions);
      this.step(actions[0]);
    }
    return this.sessionReturn;
  }
}

/** The shopper's true preferences as (category, share) pairs, most preferred first. */
export function rankedPreferences(shopper: Shopper, names: readonly string[]): Array<{ category: string; share: number }> {
  return Array.from({ length: CATEGORY_COUNT }, (_, c) => ({ category: names[c], share: shopper.preferences[c] })).sort(
    (a, b) => b.share - a.share,
  );
}
