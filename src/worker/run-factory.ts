// Scores the reference policies on its cohort (cached).

import { evaluationSettings, type LabConfig } from '../contracts/lab-config';
import type { Trainer } from '../engine/trainer';
import { REFERENCE_POLICY_LABELS, type ReferencePolicyName } from '../sim/policies';
import { scoreReferencePoliciesStepwise } from '../sim/reference-scores';
import type { ReferenceResult } from '../contracts/protocol';

/** What decides the reference results: the scored simulator, the catalog and the cohort. */
export function referenceKey(config: LabConfig): string {
  const { catalogSeed, evaluationSeed, evaluationShoppers, trainingSeed } = config.training;
  return JSON.stringify([evaluationSettings(config), catalogSeed, evaluationSeed, evaluationShoppers, trainingSeed]);
}

/** Milliseconds of reference scoring between turns given to the worker's messages (its heartbeat among them). */
const REFERENCE_SLICE_MS = 40;

const nextMacrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Every reference policy played greedily on the trainer's cohort (the DP oracle defines 100%). Two
 * dynamic programmes per shopper (the oracle's and the observation planner's) take seconds on a busy
 * machine, so the scoring gives the worker's messages a turn every few tens of milliseconds: the page's
 * heartbeat is answered, and the worker is not taken for dead.
 */
export async function evaluateReferences(trainer: Trainer, seed: number, giveWay: () => Promise<void> = nextMacrotask): Promise<ReferenceResult[]> {
  const { cohort, catalog } = trainer;
  const steps = scoreReferencePoliciesStepwise(cohort, catalog, seed);
  let sliceStart = performance.now();
  let next = steps.next();
  while (!next.done) {
    if (performance.now() - sliceStart > REFERENCE_SLICE_MS) {
      await giveWay();
      sliceStart = performance.now();
    }
    next = steps.next();
  }
  return next.value.map((result) => {
    const name = result.policy as ReferencePolicyName;
    return { policy: name, label: REFERENCE_POLICY_LABELS[name], meanReturn: result.meanReturn, percentOfOracle: result.percentOfOracle };
  });
}
