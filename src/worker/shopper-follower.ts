// Follows the shopper in slot 0: what the agent recommended, what happened, and the hidden state behind it.

import type { ActionBatch } from '../agents/agent';
import type { BatchedShopperEnv } from '../sim/env';
import { OUTCOME_NAMES } from '../sim/observation';
import { CATEGORY_COUNT, ITEM_COUNT } from '../sim/settings';
import type { FollowedStep } from './protocol';

const SLOT = 0;

export class ShopperFollower {
  /** The followed shopper's preferences before the last tick (a finished slot seats the next shopper at once). */
  private readonly preferences = new Float64Array(CATEGORY_COUNT);
  private ticked = false;

  /** Call before every tick: keeps what the tick may overwrite. */
  beforeTick(env: BatchedShopperEnv): void {
    for (let category = 0; category < CATEGORY_COUNT; category++) this.preferences[category] = env.preferences[SLOT * CATEGORY_COUNT + category];
    this.ticked = true;
  }

  /** The last step of the followed shopper, or null before the first tick. */
  snapshot(env: BatchedShopperEnv, actions: ActionBatch, runStep: number): FollowedStep | null {
    if (!this.ticked || env.lastAction[SLOT] < 0) return null;
    const ended = env.done[SLOT] === 1;
    const outcome = OUTCOME_NAMES[ended ? env.finishedOutcome[SLOT] : env.lastOutcome[SLOT]] ?? 'ignored';
    return {
      runStep,
      shopperIndex: ended ? env.finishedShopper[SLOT] : env.shopperIndex[SLOT],
      sessionStep: ended ? env.finishedLength[SLOT] : env.steps[SLOT],
      item: actions.actions[SLOT],
      explored: actions.explored[SLOT] === 1,
      qValues: Array.from(actions.qValues.subarray(SLOT * ITEM_COUNT, (SLOT + 1) * ITEM_COUNT)),
      outcome,
      reward: env.rewards[SLOT],
      sessionReturn: ended ? env.finishedReturn[SLOT] : env.sessionReturn[SLOT],
      preferences: Array.from(this.preferences),
      trustBefore: env.lastTrustBefore[SLOT],
      trustAfter: ended ? env.finishedTrust[SLOT] : env.trust[SLOT],
      clickProbability: env.lastClickProbability[SLOT],
      purchaseProbability: env.lastPurchaseProbability[SLOT],
      leaveProbability: env.lastLeaveProbability[SLOT],
      sessionEnded: ended,
    };
  }
}
