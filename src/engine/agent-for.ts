// Builds the agent and the trainer a lab config asks for. Kept apart from lab-config.ts so that the
// config, the presets and the URL schema stay free of tfjs and can load on the main thread.

import type { Agent } from '../agents/agent';
import { createAgent } from '../agents/create-agent';
import type { Catalog } from '../sim/catalog';
import { evaluationSettings, liveKnobsOf, type LabConfig } from '../contracts/lab-config';
import { Trainer } from './trainer';

/** The agent a lab config asks for, seeded with the training seed. */
export function agentFor(config: LabConfig, catalog: Catalog): Agent {
  const { trainingSeed: seed, parallelSessions: sessions } = config.training;
  return createAgent(config.agent, { ...config, catalog, seed, sessions });
}

/** A training run of a lab config: its agent, its knobs, and evaluations scored with the shop's reward. */
export function trainerFor(config: LabConfig): Trainer {
  return new Trainer(
    { sim: config.sim, evaluationSim: evaluationSettings(config), training: config.training, createAgent: (catalog) => agentFor(config, catalog) },
    liveKnobsOf(config),
  );
}
