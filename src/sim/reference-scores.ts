// Every reference policy scored on one cohort. The DP oracle's row is the cohort's own oracle run (the
// denominator of every % of oracle), summarised rather than played a second time: a run of the oracle
// costs one dynamic programme per shopper, as the observation planner's does.

import type { Catalog } from './catalog';
import { finish, mean, summarise, type EvaluationCohort, type EvaluationResult } from './evaluation';
import { REFERENCE_POLICY_NAMES, createReferencePolicy, type ReferencePolicyName } from './policies';

export function scoreReferencePolicies(
  cohort: EvaluationCohort,
  catalog: Catalog,
  seed: number,
  names: readonly ReferencePolicyName[] = REFERENCE_POLICY_NAMES,
): EvaluationResult[] {
  return finish(scoreReferencePoliciesStepwise(cohort, catalog, seed, names));
}

/** The same scores, one batch step of one policy at a time (see EvaluationCohort.runStepwise). */
export function* scoreReferencePoliciesStepwise(
  cohort: EvaluationCohort,
  catalog: Catalog,
  seed: number,
  names: readonly ReferencePolicyName[] = REFERENCE_POLICY_NAMES,
): Generator<void, EvaluationResult[]> {
  const oracle = yield* cohort.oracleStepwise();
  const oracleMeanReturn = mean(oracle.returns);
  const results: EvaluationResult[] = [];
  for (const name of names) {
    const run = name === 'dp-oracle' ? oracle : yield* cohort.runStepwise(createReferencePolicy(name, cohort.options.settings, catalog, seed));
    results.push(summarise(name, run, oracleMeanReturn));
  }
  return results;
}
