// The DP oracle: knows p, beta and T, and solves the finite-horizon undiscounted problem by dynamic
// programming over (step, trust on a 101-point grid with linear interpolation).

import {
  clickProbability,
  leaveProbability,
  purchaseProbability,
  trustAfter,
  type OutcomeModel,
} from './dynamics';
import { ITEM_COUNT } from './settings';

export const TRUST_GRID_POINTS = 101;
const GRID_STEP = 1 / (TRUST_GRID_POINTS - 1);

/**
 * Per (grid trust, item) cell, interleaved for locality: the expected immediate reward, then for each
 * of the three outcomes the grid point below the next trust and the two interpolation coefficients
 * P(outcome, stay) (1 - share) and P(outcome, stay) share.
 */
const COEFFICIENTS_PER_CELL = 7;
const BRANCHES = 3;

/** Expected reward and outcome branches of recommending item at trust; shared by the table and the policy. */
function forEachOutcome(
  model: OutcomeModel,
  clickLogit: number,
  buyLogit: number,
  item: number,
  trust: number,
  visit: (branch: number, probabilityAndStay: number, nextTrust: number) => void,
): number {
  const { settings } = model;
  const pClick = clickProbability(model, clickLogit, trust);
  const pBuy = purchaseProbability(model, buyLogit, trust);
  const branches: Array<[number, boolean, boolean]> = [
    [1 - pClick, false, false],
    [pClick * (1 - pBuy), true, false],
    [pClick * pBuy, true, true],
  ];
  for (let branch = 0; branch < 3; branch++) {
    const [probability, clicked, bought] = branches[branch];
    const next = trustAfter(model, trust, item, clicked, bought);
    visit(branch, probability * (1 - leaveProbability(settings, next, !clicked)), next);
  }
  return pClick * ((1 - pBuy) * settings.clickReward + pBuy * model.purchaseOutcomeReward[item]);
}

function interpolate(values: Float64Array, rowOffset: number, trust: number): number {
  const position = trust / GRID_STEP;
  const lower = Math.min(TRUST_GRID_POINTS - 2, Math.floor(position));
  const share = position - lower;
  return values[rowOffset + lower] * (1 - share) + values[rowOffset + lower + 1] * share;
}

/** The oracle's value table for one shopper: values[t * 101 + g] = best expected return from step t at trust g/100. */
export interface OracleSolution {
  maxSteps: number;
  values: Float64Array;
}

/** Solves one shopper's problem; clickLogit and buyLogit hold the shopper's 24 logits at offset. */
export function solveShopper(model: OutcomeModel, clickLogit: Float64Array, buyLogit: Float64Array, offset: number): OracleSolution {
  const items = ITEM_COUNT; // a local: imported bindings are getters in some module loaders
  const cells = TRUST_GRID_POINTS * items;
  const coefficients = new Float64Array(cells * COEFFICIENTS_PER_CELL);
  const lowerPoints = new Int32Array(cells * BRANCHES);
  for (let point = 0; point < TRUST_GRID_POINTS; point++) {
    const trust = point * GRID_STEP;
    for (let item = 0; item < items; item++) {
      const cell = point * items + item;
      coefficients[cell * COEFFICIENTS_PER_CELL] = forEachOutcome(model, clickLogit[offset + item], buyLogit[offset + item], item, trust, (branch, weight, next) => {
        const position = next / GRID_STEP;
        const lower = Math.min(TRUST_GRID_POINTS - 2, Math.floor(position));
        const share = position - lower;
        lowerPoints[cell * BRANCHES + branch] = lower;
        coefficients[cell * COEFFICIENTS_PER_CELL + 1 + 2 * branch] = weight * (1 - share);
        coefficients[cell * COEFFICIENTS_PER_CELL + 2 + 2 * branch] = weight * share;
      });
    }
  }
  const { maxSteps } = model.settings;
  const values = new Float64Array((maxSteps + 1) * TRUST_GRID_POINTS); // row maxSteps stays 0
  for (let step = maxSteps - 1; step >= 0; step--) {
    const next = (step + 1) * TRUST_GRID_POINTS;
    for (let point = 0; point < TRUST_GRID_POINTS; point++) {
      let best = Number.NEGATIVE_INFINITY;
      for (let cell = point * items, end = cell + items; cell < end; cell++) {
        const c = cell * COEFFICIENTS_PER_CELL;
        const l = cell * BRANCHES;
        const i0 = next + lowerPoints[l];
        const i1 = next + lowerPoints[l + 1];
        const i2 = next + lowerPoints[l + 2];
        // Bellman backup: E[r] + sum over outcomes of P(outcome, stay) * V_{t+1}(T'), interpolated
        const value =
          coefficients[c] +
          coefficients[c + 1] * values[i0] + coefficients[c + 2] * values[i0 + 1] +
          coefficients[c + 3] * values[i1] + coefficients[c + 4] * values[i1 + 1] +
          coefficients[c + 5] * values[i2] + coefficients[c + 6] * values[i2 + 1];
        if (value > best) best = value;
      }
      values[step * TRUST_GRID_POINTS + point] = best;
    }
  }
  return { maxSteps, values };
}

/**
 * Q-value of one item at the true (off-grid) trust and step under a value table: its expected reward
 * plus, for each outcome, P(outcome, stay) times the table's next-step value at the next trust
 * (interpolated). With the oracle's table this is Q*; with a policy's own table (policy-value.ts) Q^pi.
 */
export function actionValue(
  model: OutcomeModel,
  solution: OracleSolution,
  clickLogit: number,
  buyLogit: number,
  item: number,
  step: number,
  trust: number,
): number {
  const nextRow = (step + 1) * TRUST_GRID_POINTS;
  const lastStep = step + 1 >= solution.maxSteps;
  let continuation = 0;
  const reward = forEachOutcome(model, clickLogit, buyLogit, item, trust, (_branch, weight, next) => {
    if (!lastStep) continuation += weight * interpolate(solution.values, nextRow, next);
  });
  return reward + continuation;
}

/** Q-value of each item at the true (off-grid) trust and step, from the solved table; written to out. */
export function oracleActionValues(
  model: OutcomeModel,
  solution: OracleSolution,
  clickLogit: Float64Array,
  buyLogit: Float64Array,
  offset: number,
  step: number,
  trust: number,
  out: Float64Array,
): void {
  for (let item = 0; item < ITEM_COUNT; item++) {
    out[item] = actionValue(model, solution, clickLogit[offset + item], buyLogit[offset + item], item, step, trust);
  }
}
