// Every agent kind as a full record (description, factory, inspection), in the order of their descriptions:
// what the agent factory, the engine and the worker use.

import { AGENT_KIND_DESCRIPTIONS, kindOfChoice } from './descriptions';
import { DQN_RECORD } from './dqn';
import type { AgentKindRecord } from './kind-record';
import { REFERENCE_RECORD } from './reference';
import { TABULAR_RECORD } from './tabular';

export type { AgentBuildOptions, AgentInspection, AgentKindRecord, NetworkInspection, TableInspection } from './kind-record';

const RECORDS: readonly AgentKindRecord[] = [DQN_RECORD, TABULAR_RECORD, REFERENCE_RECORD];

/** The records, in the descriptions' order (each description has exactly one record; a test checks it). */
export const AGENT_KIND_RECORDS: readonly AgentKindRecord[] = AGENT_KIND_DESCRIPTIONS.map((description) => {
  const record = RECORDS.find((candidate) => candidate.description === description);
  if (!record) throw new Error(`No record for the agent kind ${description.id}`);
  return record;
});

/** The record of a kind id (an agent's or a checkpoint's). */
export function agentKindRecord(id: string): AgentKindRecord {
  const record = AGENT_KIND_RECORDS.find((candidate) => candidate.description.id === id);
  if (!record) throw new Error(`Unknown agent kind: ${id}`);
  return record;
}

/** The record of the kind an agent choice picks. */
export function recordOfChoice(choice: string): AgentKindRecord {
  return agentKindRecord(kindOfChoice(choice).id);
}
