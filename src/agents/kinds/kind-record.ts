// The whole of an agent kind, for the worker and the engine (may load tfjs): its description, how to
// build an agent of it, and what the inspector reads of such an agent. Turning the live knobs and saving
// or restoring a checkpoint are the built agent's own methods (the Agent interface).

import type { Catalog } from '../../sim/catalog';
import type { SimSettings } from '../../sim/settings';
import type { Agent } from '../agent';
import type { DqnAgent } from '../dqn';
import type { AgentKindDescription } from './kind-description';
import type { TabularAgent } from './tabular/tabular';

export interface AgentBuildOptions<Config> {
  /** The kind's settings (null for a kind without any). */
  config: Config;
  /** The agent choice that picked the kind (which reference policy, for the reference kind). */
  choice: string;
  /** The simulator and catalog the reference policies read (most-popular ranks items on them). */
  sim: SimSettings;
  catalog: Catalog;
  /** The agent's seed: weights, exploration and replay sampling each derive their own stream from it. */
  seed: number;
  /** Session slots of the training environment. */
  sessions: number;
}

/** What the inspector reads of a Q-network agent: the online and target networks, the last minibatch, the replay fill. */
export type NetworkInspection = Pick<DqnAgent, 'config' | 'networks' | 'targetQValues' | 'lastBatch' | 'updateCount' | 'rejectedUpdateCount' | 'replay'>;

/** What the inspector reads of a tabular agent: the table, its bins and its last update. */
export type TableInspection = Pick<TabularAgent, 'config' | 'values' | 'lastUpdate'>;

/** The parts of an agent the inspector can show (null where the agent has no such part). */
export interface AgentInspection {
  network: NetworkInspection | null;
  table: TableInspection | null;
}

export const NOTHING_TO_INSPECT: Readonly<AgentInspection> = Object.freeze({ network: null, table: null });

export interface AgentKindRecord<Config extends object | null = object | null> {
  readonly description: AgentKindDescription<NonNullable<Config>>;
  /** A new agent of this kind. */
  create(options: AgentBuildOptions<Config>): Agent;
  /** What the inspector reads of an agent of this kind. */
  inspect(agent: Agent): AgentInspection;
}
