// Scores the reference policies on its cohort (cached).

import { evaluationSettings, type LabConfig } from '../engine/lab-config';
import type { Trainer } from '../engine/trainer';
import { REFERENCE_POLICY_LABELS, type ReferencePolicyName } from '../sim/policies';
import { scoreReferencePolicies } from '../sim/reference-scores';
import type { ReferenceResult } from './protocol';

/** What decides the reference results: the scored simulator, the catalog and the cohort. */
export function referenceKey(config: LabConfig): string {
  const { catalogSeed, evaluationSeed, evaluationShoppers, trainingSeed } = config.training;
  return JSON.stringify([evaluationSettings(config), catalogSeed, evaluationSeed, evaluationShoppers, trainingSeed]);
}

/** Every reference policy played greedily on the trainer's cohort (the DP oracle defines 100%). */
export function evaluateReferences(trainer: Trainer, seed: number): ReferenceResult[] {
  const { cohort, catalog } = trainer;
  return scoreReferencePolicies(cohort, catalog, seed).map((result) => {
    const name = result.policy as ReferencePolicyName;
    return { policy: name, label: REFERENCE_POLICY_LABELS[name], meanReturn: result.meanReturn, percentOfOracle: result.percentOfOracle };
  });
}
