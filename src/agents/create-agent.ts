// Builds any of the lab's agents by its choice (the DQN, tabular Q-learning or a reference policy),
// through the record of the kind the choice picks.

import type { Catalog } from '../sim/catalog';
import type { SimSettings } from '../sim/settings';
import type { Agent } from './agent';
import type { AgentChoice, AgentConfigs } from './kinds/descriptions';
import { configSectionOf } from './kinds/descriptions';
import { recordOfChoice } from './kinds';

export type AgentName = AgentChoice;

/** Every learner's settings (each kind reads its own section), and what every agent is built with. */
export interface AgentFactoryOptions extends AgentConfigs {
  /** The simulator and catalog the reference policies read (most-popular ranks items on them). */
  sim: SimSettings;
  catalog: Catalog;
  /** The agent's seed: weights, exploration and replay sampling each derive their own stream from it. */
  seed: number;
  /** Session slots of the training environment. */
  sessions: number;
}

export function createAgent(name: AgentName, options: AgentFactoryOptions): Agent {
  const section = configSectionOf(name);
  const { sim, catalog, seed, sessions } = options;
  return recordOfChoice(name).create({ config: section === null ? null : options[section], choice: name, sim, catalog, seed, sessions });
}
