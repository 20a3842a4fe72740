// The observation planner ("best plan from what the agent sees"): a certainty-equivalent planner that
// reads nothing but the agent's observation. It solves the DP oracle's dynamic programme for a shopper
// whose preferences are the observed (noisy) estimates and whose price sensitivity is 1 (the middle of
// its range), then acts on the observed engagement signal as if it were the trust, at the observed step.
// The DP oracle minus this planner is the price of not seeing the shopper; this planner minus a learner
// is what the learner has not learned yet.

import { oracleActionValues, solveShopper, type OracleSolution } from './dp-oracle';
import { trustAfter, writeShopperLogits, type OutcomeModel } from './dynamics';
import type { BatchedShopperEnv } from './env';
import { ObservationLayout } from './observation';
import type { Policy } from './policies';
import { CATEGORY_COUNT, ITEM_COUNT, OBSERVATION_SIZE } from './settings';

/** The price sensitivity the planner assumes: the middle of the default range U(0.5, 1.5). */
export const PLANNER_PRICE_SENSITIVITY = 1;

/** One slot's plan: the DP solved for the observed preferences it was solved for. */
export interface SlotPlan {
  model: OutcomeModel;
  preferences: Float64Array;
  clickLogit: Float64Array;
  buyLogit: Float64Array;
  solution: OracleSolution;
  /** What the planner believes the trust is when the engagement signal is hidden. */
  trustBelief: number;
  /** The step the plan last acted at. */
  lastStep: number;
}

/** The step number an observation was made at: progress is step / maxSteps, stored as a float32. */
export function observedStep(observation: ArrayLike<number>, offset: number, maxSteps: number): number {
  return Math.round(observation[offset + ObservationLayout.progress] * maxSteps);
}

function samePreferences(plan: SlotPlan, observation: ArrayLike<number>, offset: number): boolean {
  for (let c = 0; c < CATEGORY_COUNT; c++) if (plan.preferences[c] !== observation[offset + c]) return false;
  return true;
}

/** Solves the DP for the shopper the observation describes (observed preferences, price sensitivity 1). */
export function planFor(model: OutcomeModel, observation: ArrayLike<number>, offset: number): SlotPlan {
  const preferences = new Float64Array(CATEGORY_COUNT);
  for (let c = 0; c < CATEGORY_COUNT; c++) preferences[c] = observation[offset + ObservationLayout.observedPreferences + c];
  const clickLogit = new Float64Array(ITEM_COUNT);
  const buyLogit = new Float64Array(ITEM_COUNT);
  writeShopperLogits(model, preferences, PLANNER_PRICE_SENSITIVITY, clickLogit, buyLogit, 0);
  const { startTrustMin, startTrustMax } = model.settings;
  return {
    model,
    preferences,
    clickLogit,
    buyLogit,
    solution: solveShopper(model, clickLogit, buyLogit, 0),
    trustBelief: (startTrustMin + startTrustMax) / 2,
    lastStep: 0,
  };
}

/** The planned value of each item at a step and trust (the DP oracle's action values for the observed shopper); written to out. */
export function plannedActionValues(plan: SlotPlan, step: number, trust: number, out: Float64Array): void {
  oracleActionValues(plan.model, plan.solution, plan.clickLogit, plan.buyLogit, 0, step, trust, out);
}

/**
 * The trust the planner acts on. With a visible signal (noisy or exact) it is the signal. With the
 * signal hidden it is a belief: the mean starting trust, moved at every step by the trust change of
 * the item last recommended (the recommender's own action) and the outcome it saw.
 */
function trustToActOn(plan: SlotPlan, env: BatchedShopperEnv, slot: number, offset: number, step: number): number {
  const observation = env.observations;
  if (env.settings.observability !== 'hidden') return observation[offset + ObservationLayout.engagement];
  // Once per step: the policy may be asked again at the same step (the inspector, a paused lab).
  if (step > plan.lastStep) {
    const clicked = observation[offset + ObservationLayout.lastClicked] === 1;
    const bought = observation[offset + ObservationLayout.lastBought] === 1;
    plan.trustBelief = trustAfter(plan.model, plan.trustBelief, env.lastAction[slot], clicked, bought);
  }
  return plan.trustBelief;
}

/** The best plan from what the agent sees; one DP per arriving shopper, kept while the session lasts. */
export function observationPlannerPolicy(): Policy {
  // Per environment and slot, so that training and evaluation environments keep their own plans.
  const plansByEnv = new WeakMap<BatchedShopperEnv, Array<SlotPlan | undefined>>();
  const actionValues = new Float64Array(ITEM_COUNT);
  return {
    name: 'observation-planner',
    chooseActions(env, actions) {
      const { model } = env;
      let plans = plansByEnv.get(env);
      if (!plans) {
        plans = [];
        plansByEnv.set(env, plans);
      }
      const maxSteps = model.settings.maxSteps;
      for (let slot = 0; slot < env.sessions; slot++) {
        if (!env.active[slot]) continue;
        const offset = slot * OBSERVATION_SIZE;
        const step = observedStep(env.observations, offset, maxSteps);
        let plan = plans[slot];
        // A plan is reused only while the observed preferences are the same and the step has not gone back
        // (the next shopper in the slot starts at step 0, with its own plan and trust belief).
        if (!plan || step < plan.lastStep || !samePreferences(plan, env.observations, offset)) {
          plan = planFor(model, env.observations, offset);
          plans[slot] = plan;
        }
        const trust = trustToActOn(plan, env, slot, offset, step);
        plan.lastStep = step;
        plannedActionValues(plan, step, trust, actionValues);
        let best = 0;
        for (let item = 1; item < ITEM_COUNT; item++) if (actionValues[item] > actionValues[best]) best = item;
        actions[slot] = best;
      }
    },
  };
}
