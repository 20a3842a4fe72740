// Evaluation on a fixed cohort: every policy meets the same shoppers with the same coin flips.

import type { Catalog } from './catalog';
import { BatchedShopperEnv } from './env';
import { dpOraclePolicy, type Policy } from './policies';
import { StreamId, deriveSeed } from './random';
import type { SimSettings } from './settings';

export interface CohortOptions {
  settings: SimSettings;
  catalog: Catalog;
  /** Shoppers in the cohort. */
  shoppers: number;
  /** The cohort's own seed, never used by training. */
  seed: number;
}

/** Per-shopper results of one policy on a cohort, indexed by shopper. */
export interface CohortRun {
  returns: Float64Array;
  lengths: Int32Array;
  clicks: Int32Array;
  buys: Int32Array;
  finalTrust: Float64Array;
}

export interface EvaluationResult {
  policy: string;
  sessions: number;
  meanReturn: number;
  /** Half-width of the 95% confidence interval of the mean return. */
  ci95: number;
  /** Mean return as a percentage of the DP oracle's on the same cohort. */
  percentOfOracle: number;
  /** Clicks per recommendation. */
  clickRate: number;
  /** Purchases per click. */
  conversionRate: number;
  /** Mean recommendations per session. */
  sessionLength: number;
  /** Mean trust when the session ended. */
  finalTrust: number;
}

/** Sessions stepped side by side during evaluation; results do not depend on it. */
const EVALUATION_BATCH = 64;

export class EvaluationCohort {
  readonly options: CohortOptions;
  private oracleRun: CohortRun | undefined;

  constructor(options: CohortOptions) {
    this.options = options;
  }

  get shopperSeed(): number {
    return deriveSeed(this.options.seed, StreamId.shoppers);
  }

  get environmentSeed(): number {
    return deriveSeed(this.options.seed, StreamId.environment);
  }

  /** A fresh environment that serves exactly this cohort's shoppers. */
  createEnv(sessions = EVALUATION_BATCH): BatchedShopperEnv {
    return new BatchedShopperEnv({
      settings: this.options.settings,
      catalog: this.options.catalog,
      sessions: Math.min(sessions, this.options.shoppers),
      shopperSeed: this.shopperSeed,
      environmentSeed: this.environmentSeed,
      shopperLimit: this.options.shoppers,
    });
  }

  /** Plays every shopper of the cohort once with the policy. */
  run(policy: Policy, sessions = EVALUATION_BATCH): CohortRun {
    return finish(this.runStepwise(policy, sessions));
  }

  /**
   * The same run, one batch step at a time: it yields after every step, so that a caller with other
   * work (a worker answering its page) can give it a turn; the result is the generator's return value.
   */
  *runStepwise(policy: Policy, sessions = EVALUATION_BATCH): Generator<void, CohortRun> {
    const count = this.options.shoppers;
    const result: CohortRun = {
      returns: new Float64Array(count),
      lengths: new Int32Array(count),
      clicks: new Int32Array(count),
      buys: new Int32Array(count),
      finalTrust: new Float64Array(count),
    };
    const env = this.createEnv(sessions);
    const actions = new Int32Array(env.sessions);
    while (env.running) {
      policy.chooseActions(env, actions);
      env.step(actions);
      for (let slot = 0; slot < env.sessions; slot++) {
        if (!env.done[slot]) continue;
        const shopper = env.finishedShopper[slot];
        result.returns[shopper] = env.finishedReturn[slot];
        result.lengths[shopper] = env.finishedLength[slot];
        result.clicks[shopper] = env.finishedClicks[slot];
        result.buys[shopper] = env.finishedBuys[slot];
        result.finalTrust[shopper] = env.finishedTrust[slot];
      }
      yield;
    }
    return result;
  }

  /** The DP oracle's run on this cohort, computed once. */
  oracle(): CohortRun {
    return finish(this.oracleStepwise());
  }

  /** The DP oracle's run, stepwise the first time (see runStepwise), then from its cache. */
  *oracleStepwise(): Generator<void, CohortRun> {
    this.oracleRun ??= yield* this.runStepwise(dpOraclePolicy());
    return this.oracleRun;
  }

  oracleMeanReturn(): number {
    return mean(this.oracle().returns);
  }

  /** Mean return with its 95% interval, % of oracle, click and conversion rates, length and final trust. */
  evaluate(policy: Policy): EvaluationResult {
    return summarise(policy.name, this.run(policy), this.oracleMeanReturn());
  }
}

/** Runs a stepwise computation to its end at once. */
export function finish<T>(steps: Generator<void, T>): T {
  let next = steps.next();
  while (!next.done) next = steps.next();
  return next.value;
}

function sum(values: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i];
  return total;
}

export function mean(values: ArrayLike<number>): number {
  return values.length > 0 ? sum(values) / values.length : 0;
}

/** Sample standard deviation (n - 1 in the denominator); 0 for fewer than two values. */
export function standardDeviation(values: ArrayLike<number>): number {
  const n = values.length;
  if (n < 2) return 0;
  const average = mean(values);
  let squares = 0;
  for (let i = 0; i < n; i++) squares += (values[i] - average) ** 2;
  return Math.sqrt(squares / (n - 1));
}

/** Half-width of the normal 95% confidence interval of the mean. */
export function confidenceHalfWidth(values: ArrayLike<number>): number {
  return values.length < 2 ? 0 : (1.96 * standardDeviation(values)) / Math.sqrt(values.length);
}

export function summarise(policy: string, run: CohortRun, oracleMeanReturn: number): EvaluationResult {
  const steps = sum(run.lengths);
  const clicks = sum(run.clicks);
  const meanReturn = mean(run.returns);
  return {
    policy,
    sessions: run.returns.length,
    meanReturn,
    ci95: confidenceHalfWidth(run.returns),
    percentOfOracle: oracleMeanReturn > 0 ? (100 * meanReturn) / oracleMeanReturn : 0,
    clickRate: steps > 0 ? clicks / steps : 0,
    conversionRate: clicks > 0 ? sum(run.buys) / clicks : 0,
    sessionLength: mean(run.lengths),
    finalTrust: mean(run.finalTrust),
  };
}
