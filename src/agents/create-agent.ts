// Builds any of the lab's agents by name: the DQN, tabular Q-learning or a wrapped reference policy.

import type { Catalog } from '../sim/catalog';
import { REFERENCE_POLICY_LABELS, createReferencePolicy, type ReferencePolicyName } from '../sim/policies';
import type { SimSettings } from '../sim/settings';
import type { Agent } from './agent';
import { DqnAgent } from './dqn';
import type { DqnConfig, TabularConfig } from './dqn-config';
import { ReferenceAgent } from './reference-agent';
import { TabularAgent } from './tabular';

export type AgentName = 'dqn' | 'tabular' | ReferencePolicyName;

export interface AgentFactoryOptions {
  dqn: DqnConfig;
  tabular: TabularConfig;
  /** The simulator and catalog the reference policies read (most-popular ranks items on them). */
  sim: SimSettings;
  catalog: Catalog;
  /** The agent's seed: weights, exploration and replay sampling each derive their own stream from it. */
  seed: number;
  /** Session slots of the training environment. */
  sessions: number;
}

export function createAgent(name: AgentName, options: AgentFactoryOptions): Agent {
  switch (name) {
    case 'dqn':
      return new DqnAgent({ config: options.dqn, seed: options.seed, sessions: options.sessions });
    case 'tabular':
      return new TabularAgent({ config: options.tabular, seed: options.seed });
    default:
      return new ReferenceAgent(createReferencePolicy(name, options.sim, options.catalog, options.seed), REFERENCE_POLICY_LABELS[name]);
  }
}
