// Which config fields the advanced drawer lists, by section: all but those shown by the knobs and the backend panel.
import type { SchemaField } from '../../worker/protocol';

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
