// Tests of the DP oracle's solution: boundary row, the Bellman backup, and agreement with play.
import { describe, expect, it } from 'vitest';
import { createCatalog } from './catalog';
import { TRUST_GRID_POINTS, oracleActionValues, solveShopper } from './dp-oracle';
import { createOutcomeModel } from './dynamics';
import { BatchedShopperEnv } from './env';
import { EvaluationCohort, confidenceHalfWidth, mean } from './evaluation';
import { expectedImmediateReward } from './policies';
import { DEFAULT_SIM_SETTINGS, ITEM_COUNT } from './settings';

const settings = { ...DEFAULT_SIM_SETTINGS };
const catalog = createCatalog(settings, 42);
const model = createOutcomeModel(settings, catalog);
const POINTS = TRUST_GRID_POINTS;

/** Shoppers 0..count-1 of one stream, seated in an environment so that their logits are written. */
function shoppers(count: number): BatchedShopperEnv {
  return new BatchedShopperEnv({ settings, catalog, sessions: count, shopperSeed: 17, environmentSeed: 19 });
}

describe('solveShopper', () => {
  const env = shoppers(8);
  const solutions = Array.from({ length: 8 }, (_, slot) => solveShopper(model, env.clickLogit, env.buyLogit, slot * ITEM_COUNT));

  it('has a 101-point trust grid for steps 0..50 and is worth nothing once the session is over', () => {
    for (const solution of solutions) {
      expect(solution.values).toHaveLength((50 + 1) * POINTS);
      expect(Array.from(solution.values.subarray(50 * POINTS))).toEqual(new Array(POINTS).fill(0));
    }
  });

  it('values the last step at the best expected immediate reward', () => {
    solutions.forEach((solution, slot) => {
      for (let point = 0; point < POINTS; point += 10) {
        let best = 0;
        for (let item = 0; item < ITEM_COUNT; item++) {
          const offset = slot * ITEM_COUNT + item;
          best = Math.max(best, expectedImmediateReward(model, env.clickLogit[offset], env.buyLogit[offset], item, point / 100));
        }
        expect(solution.values[49 * POINTS + point]).toBeCloseTo(best, 12);
      }
    });
  });

  it('agrees with its own Bellman backup: max over items of oracleActionValues at a grid point', () => {
    const actionValues = new Float64Array(ITEM_COUNT);
    solutions.forEach((solution, slot) => {
      for (const step of [0, 10, 48]) {
        for (let point = 0; point < POINTS; point += 7) {
          oracleActionValues(model, solution, env.clickLogit, env.buyLogit, slot * ITEM_COUNT, step, point / 100, actionValues);
          expect(Math.max(...actionValues)).toBeCloseTo(solution.values[step * POINTS + point], 9);
        }
      }
    });
  });

  // Rewards are non-negative and the backup's weights are probabilities, so by induction from
  // V_50 = 0 an extra step left can only add value: V_t(T) >= V_{t+1}(T).
  it('is non-negative and never worth less with more steps left', () => {
    for (const { values } of solutions) {
      for (let step = 0; step < 50; step++) {
        for (let point = 0; point < POINTS; point++) {
          expect(values[step * POINTS + point]).toBeGreaterThanOrEqual(values[(step + 1) * POINTS + point] - 1e-12);
        }
      }
    }
  });

  it('is worth more with more trust at the start, for these shoppers', () => {
    for (const { values } of solutions) expect(values[100]).toBeGreaterThan(values[30]);
  });

  it("predicts the oracle's mean return on a cohort within its confidence interval", () => {
    const cohort = new EvaluationCohort({ settings, catalog, shoppers: 600, seed: 23 });
    const arrivals = cohort.createEnv(600);
    const predicted = Array.from({ length: 600 }, (_, slot) => {
      const { values } = solveShopper(model, arrivals.clickLogit, arrivals.buyLogit, slot * ITEM_COUNT);
      const position = arrivals.trust[slot] * 100;
      const lower = Math.floor(position);
      return values[lower] * (1 + lower - position) + values[lower + 1] * (position - lower);
    });
    const played = cohort.oracle().returns;
    expect(Math.abs(mean(predicted) - mean(played))).toBeLessThan(confidenceHalfWidth(played));
  });
});
