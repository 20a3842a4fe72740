// The simulator's benchmark section: batched steps per second with random actions, the DP oracle's
// solve time per shopper, and the reference policies' cost on the lab's cohorts (a run's start in the
// worker waits for them on the 500-shopper cohort; the CLI's final evaluation uses 2000 shoppers).

import { createCatalog } from '../src/sim/catalog';
import { solveShopper } from '../src/sim/dp-oracle';
import { BatchedShopperEnv } from '../src/sim/env';
import { EvaluationCohort } from '../src/sim/evaluation';
import { observationPlannerPolicy } from '../src/sim/observation-planner';
import { scoreReferencePolicies } from '../src/sim/reference-scores';
import { RandomStream } from '../src/sim/random';
import { DEFAULT_SIM_SETTINGS, ITEM_COUNT } from '../src/sim/settings';
import { median, timeFor, type BenchFigure, type BenchSection } from './section';

const BATCH = 256;
const WARM_UP_SECONDS = 2;
const REPEATS = 5;
const REPEAT_SECONDS = 1;
const ORACLE_SHOPPERS = 500;
const ORACLE_REPEATS = 3;

const settings = { ...DEFAULT_SIM_SETTINGS };

/** Steps per second of one batched environment; the random actions are drawn beforehand, so only the simulator is timed. */
export function measureSimulatorSteps(batch = BATCH, warmUpSeconds = WARM_UP_SECONDS, repeats = REPEATS, repeatSeconds = REPEAT_SECONDS): number {
  const env = new BatchedShopperEnv({ settings, catalog: createCatalog(settings, 42), sessions: batch, shopperSeed: 1, environmentSeed: 2 });
  const random = new RandomStream(3);
  const actionRounds = Array.from({ length: 64 }, () => Int32Array.from({ length: batch }, () => random.integer(ITEM_COUNT)));
  let round = 0;
  const step = () => {
    env.step(actionRounds[round]);
    round = (round + 1) % actionRounds.length;
  };
  timeFor(warmUpSeconds, step);
  const rates = Array.from({ length: repeats }, () => {
    const { calls, seconds } = timeFor(repeatSeconds, step);
    return (calls * batch) / seconds;
  });
  return median(rates);
}

/** Milliseconds per solveShopper call, over the first shoppers of one stream. */
export function measureOracleSolve(shoppers = ORACLE_SHOPPERS, repeats = ORACLE_REPEATS): number {
  const env = new BatchedShopperEnv({ settings, catalog: createCatalog(settings, 42), sessions: shoppers, shopperSeed: 1, environmentSeed: 2 });
  const solveAll = () => {
    for (let slot = 0; slot < shoppers; slot++) solveShopper(env.model, env.clickLogit, env.buyLogit, slot * ITEM_COUNT);
  };
  solveAll(); // warm-up: let the JIT compile the solver
  const times = Array.from({ length: repeats }, () => {
    const start = performance.now();
    solveAll();
    return (performance.now() - start) / shoppers;
  });
  return median(times);
}

/** Seconds to score every reference policy on a fresh cohort as the lab does (the oracle's run once), and the observation planner's run alone. */
export function measureReferences(shoppers: number): { all: number; planner: number } {
  const fresh = () => new EvaluationCohort({ settings, catalog: createCatalog(settings, 42), shoppers, seed: 2024 });
  const cohort = fresh();
  let start = performance.now();
  scoreReferencePolicies(cohort, cohort.options.catalog, 1);
  const all = (performance.now() - start) / 1000;
  start = performance.now();
  fresh().run(observationPlannerPolicy());
  return { all, planner: (performance.now() - start) / 1000 };
}

export const simSection: BenchSection = {
  name: 'sim',
  title: 'Simulator: batched environment and DP oracle',
  async run(): Promise<BenchFigure[]> {
    const stepsPerSecond = measureSimulatorSteps();
    const solveMilliseconds = measureOracleSolve();
    const lab = measureReferences(500);
    const final = measureReferences(2000);
    return [
      {
        label: `simulator steps per second (batch ${BATCH}, random actions, median of ${REPEATS})`,
        value: stepsPerSecond / 1e6,
        unit: 'M/s',
        decimals: 2,
        target: { value: 5, higherIsBetter: true },
      },
      {
        label: `DP oracle solve per shopper (${ORACLE_SHOPPERS} shoppers, median of ${ORACLE_REPEATS})`,
        value: solveMilliseconds,
        unit: 'ms',
        decimals: 2,
        target: { value: 5, higherIsBetter: false },
      },
      { label: 'reference policies on the lab\'s 500-shopper cohort (oracle run included)', value: lab.all, unit: 's', decimals: 2, target: { value: 2, higherIsBetter: false } },
      { label: '  of which the observation planner (one DP per shopper)', value: lab.planner, unit: 's', decimals: 2 },
      { label: 'reference policies on the 2000-shopper final cohort', value: final.all, unit: 's', decimals: 2, target: { value: 8, higherIsBetter: false } },
      { label: '  of which the observation planner', value: final.planner, unit: 's', decimals: 2 },
    ];
  },
};
