// Builds one training run from a lab config, and scores the reference policies on its cohort (cached).

import { createAgent } from '../agents/create-agent';
import { evaluationSettings, liveKnobsOf, type LabConfig } from '../engine/lab-config';
import { Trainer } from '../engine/trainer';
import { REFERENCE_POLICY_LABELS, REFERENCE_POLICY_NAMES, createReferencePolicy } from '../sim/policies';
import type { ReferenceResult } from './protocol';

export function createTrainer(config: LabConfig): Trainer {
  const { trainingSeed: seed, parallelSessions: sessions } = config.training;
  return new Trainer(
    {
      sim: config.sim,
      evaluationSim: evaluationSettings(config),
      training: config.training,
      createAgent: (catalog) => createAgent(config.agent, { dqn: config.dqn, tabular: config.tabular, sim: config.sim, catalog, seed, sessions }),
    },
    liveKnobsOf(config),
  );
}

/** What decides the reference results: the scored simulator, the catalog and the cohort. */
export function referenceKey(config: LabConfig): string {
  const { catalogSeed, evaluationSeed, evaluationShoppers, trainingSeed } = config.training;
  return JSON.stringify([evaluationSettings(config), catalogSeed, evaluationSeed, evaluationShoppers, trainingSeed]);
}

/** Every reference policy played greedily on the trainer's cohort (the DP oracle defines 100%). */
export function evaluateReferences(trainer: Trainer, seed: number): ReferenceResult[] {
  const { cohort, catalog } = trainer;
  return REFERENCE_POLICY_NAMES.map((name) => {
    const result = cohort.evaluate(createReferencePolicy(name, cohort.options.settings, catalog, seed));
    return { policy: name, label: REFERENCE_POLICY_LABELS[name], meanReturn: result.meanReturn, percentOfOracle: result.percentOfOracle };
  });
}
