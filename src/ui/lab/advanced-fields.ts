// Which config fields the advanced drawer lists, by section: all but those shown by the knobs and the backend panel.
import { AGENT_CONFIG_SECTIONS, agentKindById } from '../../contracts/agent-kinds';
import type { TrainingConfig } from '../../contracts/training-config';
import { cohortClash } from '../../preset/cohort-guard';
import type { SchemaField } from '../../contracts/protocol';
import type { Messages } from '../i18n/messages';

/** Shown by the knob controls (epsilon) and the backend panel instead. */
const SHOWN_BY_PANELS: ReadonlySet<string> = new Set(['explorationStart', 'explorationEnd', 'explorationDecaySteps', 'backend']);

/** Each agent kind's settings, then the run's and the simulator's. */
export const DRAWER_SECTIONS: readonly SchemaField['section'][] = [...AGENT_CONFIG_SECTIONS, 'training', 'sim'];

/** True for a field the knobs (a kind's live alpha and gamma) or the exploration and backend panels show instead. */
function shownElsewhere(entry: SchemaField): boolean {
  const liveKnobs: readonly string[] = agentKindById(entry.section)?.liveKnobs ?? [];
  return SHOWN_BY_PANELS.has(entry.name) || liveKnobs.includes(entry.field);
}

/** The drawer's fields of each section, in schema order. */
export function drawerSections(schema: readonly SchemaField[]): Array<{ section: SchemaField['section']; fields: SchemaField[] }> {
  return DRAWER_SECTIONS.map((section) => ({
    section,
    fields: schema.filter((entry) => entry.section === section && !shownElsewhere(entry)),
  }));
}

/**
 * Why a seed field may not take a typed value, in the page's words, or null: the training and evaluation
 * seeds must differ, since equal seeds train on the very shoppers the score is measured on.
 */
export function seedRefusal(training: Pick<TrainingConfig, 'trainingSeed' | 'evaluationSeed'>, field: string, typed: number, words: Messages['lab']['advanced']): string | null {
  const seed = cohortClash(training, field, typed);
  return seed === null ? null : words.cohortClash(String(seed));
}
