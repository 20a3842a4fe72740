// Follows the shopper in slot 0: what the agent recommended, what happened, and the hidden state behind it.

import type { ActionBatch } from '../agents/agent';
import type { BatchedShopperEnv } from '../sim/env';
import { OUTCOME_NAMES } from '../sim/observation';
import { CATEGORY_COUNT, ITEM_COUNT } from '../sim/settings';
import type { FollowedStep } from './protocol';

const SLOT = 0;

/** The last step of the followed shopper, or null before its first step (a finished slot seats the next shopper at once, so an ended session is read from the finished columns). */
export function followedStep(env: BatchedShopperEnv, actions: ActionBatch, runStep: number): FollowedStep | null {
  const ended = env.done[SLOT] === 1;
  if (!ended && env.lastAction[SLOT] < 0) return null;
  const preferences = ended ? env.finishedPreferences : env.preferences;
  return {
    runStep,
    shopperIndex: ended ? env.finishedShopper[SLOT] : env.shopperIndex[SLOT],
    sessionStep: ended ? env.finishedLength[SLOT] : env.steps[SLOT],
    item: actions.actions[SLOT],
    explored: actions.explored[SLOT] === 1,
    qValues: Array.from(actions.qValues.subarray(SLOT * ITEM_COUNT, (SLOT + 1) * ITEM_COUNT)),
    outcome: OUTCOME_NAMES[ended ? env.finishedOutcome[SLOT] : env.lastOutcome[SLOT]] ?? 'ignored',
    reward: env.rewards[SLOT],
    sessionReturn: ended ? env.finishedReturn[SLOT] : env.sessionReturn[SLOT],
    preferences: Array.from(preferences.subarray(SLOT * CATEGORY_COUNT, (SLOT + 1) * CATEGORY_COUNT)),
    trustBefore: env.lastTrustBefore[SLOT],
    trustAfter: ended ? env.finishedTrust[SLOT] : env.trust[SLOT],
    clickProbability: env.lastClickProbability[SLOT],
    purchaseProbability: env.lastPurchaseProbability[SLOT],
    leaveProbability: env.lastLeaveProbability[SLOT],
    sessionEnded: ended,
  };
}
