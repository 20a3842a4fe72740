// The reference kind: a simulator policy wrapped as an agent that never learns.

import { REFERENCE_POLICY_LABELS, REFERENCE_POLICY_NAMES, createReferencePolicy, type ReferencePolicyName } from '../../../sim/policies';
import { ReferenceAgent } from '../../reference-agent';
import { NOTHING_TO_INSPECT, type AgentKindRecord } from '../kind-record';
import { REFERENCE_KIND } from './description';

const isReferencePolicy = (choice: string): choice is ReferencePolicyName => (REFERENCE_POLICY_NAMES as readonly string[]).includes(choice);

export const REFERENCE_RECORD: AgentKindRecord<null> = {
  description: REFERENCE_KIND,
  create: ({ choice, sim, catalog, seed }) => {
    if (!isReferencePolicy(choice)) throw new Error(`Not a reference policy: ${choice}`);
    return new ReferenceAgent(createReferencePolicy(choice, sim, catalog, seed), REFERENCE_POLICY_LABELS[choice]);
  },
  inspect: () => NOTHING_TO_INSPECT,
};
