// Builds the agent a lab config asks for: the DQN, tabular Q-learning or a reference policy.

import type { Agent } from '../agents/agent';
import { DqnAgent } from '../agents/dqn';
import { ReferenceAgent } from '../agents/reference-agent';
import { TabularAgent } from '../agents/tabular';
import type { Catalog } from '../sim/catalog';
import { REFERENCE_POLICY_LABELS, createReferencePolicy } from '../sim/policies';
import type { LabConfig } from './lab-config';

export function createAgent(config: LabConfig, catalog: Catalog): Agent {
  const seed = config.training.trainingSeed;
  switch (config.agent) {
    case 'dqn':
      return new DqnAgent({ config: config.dqn, seed, sessions: config.training.parallelSessions });
    case 'tabular':
      return new TabularAgent({ config: config.tabular, seed });
    default:
      return new ReferenceAgent(createReferencePolicy(config.agent, config.sim, catalog, seed), REFERENCE_POLICY_LABELS[config.agent]);
  }
}
