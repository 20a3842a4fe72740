// Follows one shopper (the one whose step is the inspector's transition): what the agent recommended,
// what happened, and the hidden state behind it.

import type { ActionBatch } from '../agents/agent';
import type { BatchedShopperEnv } from '../sim/env';
import { OUTCOME_NAMES } from '../sim/observation';
import { CATEGORY_COUNT, ITEM_COUNT } from '../sim/settings';
import type { FollowedStep } from '../contracts/protocol';

/** The last step of the shopper in a slot, or null before its first step (a finished slot seats the next shopper at once, so an ended session is read from the finished columns). */
export function followedStep(env: BatchedShopperEnv, actions: ActionBatch, runStep: number, slot: number): FollowedStep | null {
  const ended = env.done[slot] === 1;
  if (!ended && env.lastAction[slot] < 0) return null;
  const preferences = ended ? env.finishedPreferences : env.preferences;
  return {
    runStep,
    shopperIndex: ended ? env.finishedShopper[slot] : env.shopperIndex[slot],
    sessionStep: ended ? env.finishedLength[slot] : env.steps[slot],
    item: actions.actions[slot],
    explored: actions.explored[slot] === 1,
    qValues: Array.from(actions.qValues.subarray(slot * ITEM_COUNT, (slot + 1) * ITEM_COUNT)),
    outcome: OUTCOME_NAMES[ended ? env.finishedOutcome[slot] : env.lastOutcome[slot]] ?? 'ignored',
    reward: env.rewards[slot],
    sessionReturn: ended ? env.finishedReturn[slot] : env.sessionReturn[slot],
    preferences: Array.from(preferences.subarray(slot * CATEGORY_COUNT, (slot + 1) * CATEGORY_COUNT)),
    trustBefore: env.lastTrustBefore[slot],
    trustAfter: ended ? env.finishedTrust[slot] : env.trust[slot],
    clickProbability: env.lastClickProbability[slot],
    purchaseProbability: env.lastPurchaseProbability[slot],
    leaveProbability: env.lastLeaveProbability[slot],
    sessionEnded: ended,
  };
}
