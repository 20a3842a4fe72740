// Which config fields the advanced drawer lists, by section: all but those shown by the knobs and the backend panel.
import type { TrainingConfig } from '../../contracts/training-config';
import { cohortClash } from '../../preset/cohort-guard';
import type { SchemaField } from '../../contracts/protocol';
import type { Messages } from '../i18n/messages';

/** Shown by the knob controls (alpha, gamma, epsilon) and the backend panel instead. */
export const SHOWN_ELSEWHERE: ReadonlySet<string> = new Set(['learningRate', 'discount', 'tabularLearningRate', 'tabularDiscount', 'explorationStart', 'explorationEnd', 'explorationDecaySteps', 'backend']);

export const DRAWER_SECTIONS = ['dqn', 'tabular', 'training', 'sim'] as const;

/** The drawer's fields of each section, in schema order. */
export function drawerSections(schema: readonly SchemaField[]): Array<{ section: SchemaField['section']; fields: SchemaField[] }> {
  return DRAWER_SECTIONS.map((section) => ({
    section,
    fields: schema.filter((entry) => entry.section === section && !SHOWN_ELSEWHERE.has(entry.name)),
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
