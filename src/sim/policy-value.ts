// A policy's expected return for one shopper, averaged over every coin flip the shopper could make,
// worked out the way the DP oracle works out its own: backwards over (step, trust on the 101-point
// grid with linear interpolation), taking expectations over the three outcomes and the leave
// probability. Where the oracle takes the best item, this takes the policy's item (policy evaluation
// instead of value iteration), so on the same grid no policy can come out above the oracle.

import { TRUST_GRID_POINTS, actionValue, solveShopper, type OracleSolution } from './dp-oracle';
import type { OutcomeModel } from './dynamics';
import { ITEM_COUNT } from './settings';

/**
 * What a policy that reads only the shopper's hidden state (preferences, price sensitivity, trust)
 * recommends at a step and trust: it writes the probability of each of the 24 items to weights.
 */
export type HiddenStateRule = (step: number, trust: number, weights: Float64Array) => void;

/** One shopper as the oracles see it: the outcome model and the shopper's 24 logits at offset. */
export interface KnownShopper {
  model: OutcomeModel;
  clickLogit: Float64Array;
  buyLogit: Float64Array;
  offset: number;
  startTrust: number;
}

/** Expected value of following the rule from a step and trust, given the table of later steps. */
function ruleValue(shopper: KnownShopper, table: OracleSolution, rule: HiddenStateRule, weights: Float64Array, step: number, trust: number): number {
  rule(step, trust, weights);
  let value = 0;
  for (let item = 0; item < ITEM_COUNT; item++) {
    const weight = weights[item];
    if (weight === 0) continue;
    value += weight * actionValue(shopper.model, table, shopper.clickLogit[shopper.offset + item], shopper.buyLogit[shopper.offset + item], item, step, trust);
  }
  return value;
}

/** The rule's expected return from the shopper's first step at their starting trust. */
export function ruleExpectedReturn(shopper: KnownShopper, rule: HiddenStateRule): number {
  const { maxSteps } = shopper.model.settings;
  const table: OracleSolution = { maxSteps, values: new Float64Array((maxSteps + 1) * TRUST_GRID_POINTS) };
  const weights = new Float64Array(ITEM_COUNT);
  // Rows maxSteps-1 down to 1 on the grid (row maxSteps stays 0: the session is over), then step 0
  // at the true starting trust, as the oracle's own first choice is made.
  for (let step = maxSteps - 1; step >= 1; step--) {
    for (let point = 0; point < TRUST_GRID_POINTS; point++) {
      table.values[step * TRUST_GRID_POINTS + point] = ruleValue(shopper, table, rule, weights, step, point / (TRUST_GRID_POINTS - 1));
    }
  }
  return ruleValue(shopper, table, rule, weights, 0, shopper.startTrust);
}

/** The DP oracle's expected return: its best first item's value at the shopper's starting trust. */
export function oracleExpectedReturn(shopper: KnownShopper): number {
  const solution = solveShopper(shopper.model, shopper.clickLogit, shopper.buyLogit, shopper.offset);
  let best = Number.NEGATIVE_INFINITY;
  for (let item = 0; item < ITEM_COUNT; item++) {
    const value = actionValue(shopper.model, solution, shopper.clickLogit[shopper.offset + item], shopper.buyLogit[shopper.offset + item], item, 0, shopper.startTrust);
    if (value > best) best = value;
  }
  return best;
}
