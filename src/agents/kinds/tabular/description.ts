// Tabular Q-learning as the page sees it (tfjs-free): its config table and what the lab shows for it
// (a table updated on every environment step: no loss, no replay memory, no target network).

import { defaultsOf, numberField, specsOf, type ConfigOf } from '../../../sim/fields';
import type { AgentKindDescription } from '../kind-description';

export const TABULAR_TABLE = {
  learningRate: numberField('alpha: step size of each Q(s, a) update (0 to 1).', 0.1, { min: 0, max: 1 }),
  discount: numberField('gamma: weight of a reward one step later (0 to 0.999).', 0.99, { min: 0, max: 0.999 }),
  initialValue: numberField('Every Q(s, a) starts at this value (reward units; optimistic values explore).', 0, { min: -10, max: 10 }),
  engagementBins: numberField('Equal-width bins of the engagement signal (count; hidden engagement uses one).', 5, { min: 1, max: 20, integer: true }),
  stepBins: numberField('Equal-width bins of session progress, step / max steps (count).', 5, { min: 1, max: 50, integer: true }),
};

export type TabularConfig = ConfigOf<typeof TABULAR_TABLE>;
export const TABULAR_FIELDS = specsOf<TabularConfig>(TABULAR_TABLE);
export const DEFAULT_TABULAR_CONFIG: Readonly<TabularConfig> = defaultsOf(TABULAR_TABLE);

export const TABULAR_KIND = {
  id: 'tabular',
  messageKey: 'tabularQLearning',
  choices: ['tabular'],
  table: TABULAR_TABLE,
  fields: TABULAR_FIELDS,
  defaults: DEFAULT_TABULAR_CONFIG,
  liveKnobs: ['learningRate', 'discount'],
  learning: 'every-step',
  replayCapacity: () => null,
  usesComputeBackend: false,
} as const satisfies AgentKindDescription<TabularConfig>;
