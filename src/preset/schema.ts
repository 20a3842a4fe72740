// The one schema of a lab configuration: every field of every section, with its documented range,
// addressable by a flat name (for command-line flags and, later, URL keys).

import { AGENT_KIND_DESCRIPTIONS, knobSectionOf, type AgentConfigSection } from '../contracts/agent-kinds';
import { AGENT_CHOICES, type LabConfig, type LabConfigPatch } from '../contracts/lab-config';
import { TRAINING_FIELDS } from '../contracts/training-config';
import type { FieldSpec } from '../sim/fields';
import { SIM_FIELDS } from '../sim/settings';

/** The simulator, the run, and one section per agent kind with settings (named after the kind). */
export type SectionName = 'sim' | AgentConfigSection | 'training';

export interface SchemaEntry {
  /** Flat name, unique across sections (a later kind's field that repeats an earlier one's name carries its section as a prefix: tabularLearningRate). */
  name: string;
  section: SectionName;
  field: string;
  spec: FieldSpec;
}

const SECTIONS: Array<[SectionName, Record<string, FieldSpec>]> = [
  ...AGENT_KIND_DESCRIPTIONS.flatMap((kind): Array<[SectionName, Record<string, FieldSpec>]> => (kind.fields ? [[kind.id as AgentConfigSection, kind.fields as Record<string, FieldSpec>]] : [])),
  ['training', TRAINING_FIELDS],
  ['sim', SIM_FIELDS],
];

function buildSchema(): SchemaEntry[] {
  const entries: SchemaEntry[] = [];
  const taken = new Set<string>();
  for (const [section, fields] of SECTIONS) {
    for (const [field, spec] of Object.entries(fields)) {
      const name = taken.has(field) ? `${section}${field[0].toUpperCase()}${field.slice(1)}` : field;
      taken.add(name);
      entries.push({ name, section, field, spec });
    }
  }
  return entries;
}

/** Every config field: the agent kinds' in their order (the DQN first), then the run's and the simulator's. */
export const CONFIG_SCHEMA: readonly SchemaEntry[] = buildSchema();

export const AGENT_FIELD: FieldSpec = {
  kind: 'choice',
  doc: 'Which agent recommends: the DQN, tabular Q-learning, or a reference policy.',
  choices: AGENT_CHOICES,
};

/** The textbook names of the three knobs, as aliases that set the chosen agent's field. */
export const KNOB_ALIASES: Record<string, string> = { alpha: 'learningRate', gamma: 'discount' };

export function schemaEntry(name: string): SchemaEntry | undefined {
  return CONFIG_SCHEMA.find((entry) => entry.name === name);
}

/**
 * The entry a knob name addresses for the chosen agent: alpha and gamma (or learningRate and discount)
 * of the chosen kind's section (a kind without settings, a reference policy, shows the DQN's).
 */
export function knobEntry(name: string, agent: LabConfig['agent']): SchemaEntry | undefined {
  const field = KNOB_ALIASES[name] ?? name;
  if (field !== 'learningRate' && field !== 'discount') return undefined;
  const section = knobSectionOf(agent);
  return CONFIG_SCHEMA.find((entry) => entry.section === section && entry.field === field);
}

export function readField(config: LabConfig, entry: SchemaEntry): unknown {
  return (config[entry.section] as unknown as Record<string, unknown>)[entry.field];
}

/** Adds one field's value to a patch. */
export function patchField(patch: LabConfigPatch, entry: SchemaEntry, value: unknown): LabConfigPatch {
  const section = { ...(patch[entry.section] as Record<string, unknown> | undefined), [entry.field]: value };
  return { ...patch, [entry.section]: section };
}
