// The reference policies as an agent kind (tfjs-free): fixed rules to measure the learners against,
// with nothing to configure and nothing to learn.

import { REFERENCE_POLICY_NAMES } from '../../../sim/policies';
import type { AgentKindDescription } from '../kind-description';

export const REFERENCE_KIND = {
  id: 'reference',
  messageKey: 'referencePolicy',
  choices: REFERENCE_POLICY_NAMES,
  table: null,
  fields: null,
  defaults: null,
  liveKnobs: [],
  learning: 'none',
  replayCapacity: () => null,
  usesComputeBackend: false,
} as const satisfies AgentKindDescription;
