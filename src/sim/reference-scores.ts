// Every reference policy scored on one cohort. The DP oracle's row is the cohort's own oracle run (the
// denominator of every % of oracle), summarised rather than played a second time: a run of the oracle
// costs one dynamic programme per shopper, as the observation planner's does.

import type { Catalog } from './catalog';
import { summarise, type EvaluationCohort, type EvaluationResult } from './evaluation';
import { REFERENCE_POLICY_NAMES, createReferencePolicy, type ReferencePolicyName } from './policies';

export function scoreReferencePolicies(
  cohort: EvaluationCohort,
  catalog: Catalog,
  seed: number,
  names: readonly ReferencePolicyName[] = REFERENCE_POLICY_NAMES,
): EvaluationResult[] {
  return names.map((name) =>
    name === 'dp-oracle'
      ? summarise(name, cohort.oracle(), cohort.oracleMeanReturn())
      : cohort.evaluate(createReferencePolicy(name, cohort.options.settings, catalog, seed)),
  );
}
