// The DQN kind: its description, and the agent built from the DQN implementation in src/agents.

import { DqnAgent } from '../../dqn';
import { NOTHING_TO_INSPECT, type AgentKindRecord } from '../kind-record';
import { DQN_KIND, type DqnConfig } from './description';

export const DQN_RECORD: AgentKindRecord<DqnConfig> = {
  description: DQN_KIND,
  create: ({ config, seed, sessions }) => new DqnAgent({ config, seed, sessions }),
  inspect: (agent) => (agent instanceof DqnAgent ? { network: agent, table: null } : NOTHING_TO_INSPECT),
};
