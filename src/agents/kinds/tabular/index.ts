// The tabular Q-learning kind: its description and its agent.

import { NOTHING_TO_INSPECT, type AgentKindRecord } from '../kind-record';
import { TABULAR_KIND, type TabularConfig } from './description';
import { TabularAgent } from './tabular';

export const TABULAR_RECORD: AgentKindRecord<TabularConfig> = {
  description: TABULAR_KIND,
  create: ({ config, seed }) => new TabularAgent({ config, seed }),
  inspect: (agent) => (agent instanceof TabularAgent ? { network: null, table: agent } : NOTHING_TO_INSPECT),
};
