// The A/B comparison's two configurations: each side a preset plus its own settings, both on the same
// seeds and budget; the edits the compare page makes, the quick-start pairs and what B changes from A.

import { applyPatch, liveKnobsOf, type AgentChoice, type LabConfig, type LabConfigPatch } from '../engine/lab-config';
import type { KnobName } from '../engine/metrics';
import { decaySchedule, fixedEpsilon, withExplorationSchedule, withKnob } from './config-edits';
import { presetConfig, type PresetName } from './presets';
import { CONFIG_SCHEMA, KNOB_ALIASES, knobEntry, patchField, readField, schemaEntry, type SchemaEntry } from './schema';
import { EXPLORATION_FIELDS } from './url-keys';
import { writeValue, type FieldValue } from './url-values';

export const AB_SIDES = ['a', 'b'] as const;
export type AbSide = (typeof AB_SIDES)[number];

export interface AbSideSetup {
  presetName: PresetName;
  config: LabConfig;
}

export type AbSetup = Record<AbSide, AbSideSetup>;

/**
 * Fields both sides always share: the seeds (same shoppers, coin flips, initial weights, catalog and
 * evaluation cohort), the budget and the evaluation, so a difference between the curves comes from the settings.
 */
export const SHARED_FIELDS = ['trainingSeed', 'catalogSeed', 'evaluationSeed', 'totalSteps', 'evaluationInterval', 'evaluationShoppers', 'backend'] as const;
export type SharedField = (typeof SHARED_FIELDS)[number];
export const SHARED_ENTRIES: readonly SchemaEntry[] = SHARED_FIELDS.map((name) => schemaEntry(name) as SchemaEntry);

export function isSharedEntry(entry: SchemaEntry): boolean {
  return SHARED_ENTRIES.includes(entry);
}

/** Lesson pairs one click away: A is the lesson's side, B the far-sighted default (or the reverse, as the lesson reads). */
export const QUICK_STARTS = [
  { id: 'gamma', a: 'myopic', b: 'default' },
  { id: 'targetNetwork', a: 'one-step', b: 'no-target-network' },
  { id: 'oneStep', a: 'one-step', b: 'default' },
  { id: 'clicksOnly', a: 'clicks-only', b: 'tabular' },
] as const satisfies ReadonlyArray<{ id: string; a: PresetName; b: PresetName }>;
export type QuickStartId = (typeof QUICK_STARTS)[number]['id'];

/** The shared fields of a config, as a patch. */
function sharedPatch(config: LabConfig): LabConfigPatch {
  return SHARED_ENTRIES.reduce<LabConfigPatch>((patch, entry) => patchField(patch, entry, readField(config, entry)), {});
}

/** A preset's config on the shared fields of another config. */
export function presetOnShared(presetName: PresetName, shared: LabConfig): LabConfig {
  return applyPatch(presetConfig(presetName), sharedPatch(shared));
}

/** Two presets on the seeds and budget of A's preset (the same for every preset but the tabular ones). */
export function setupOf(a: PresetName, b: PresetName): AbSetup {
  const config = presetConfig(a);
  return { a: { presetName: a, config }, b: { presetName: b, config: presetOnShared(b, config) } };
}

/** A quick-start pair on the setup's seeds and budget. */
export function withQuickStart(setup: AbSetup, id: QuickStartId): AbSetup {
  const pair = QUICK_STARTS.find((entry) => entry.id === id) ?? QUICK_STARTS[0];
  return { a: { presetName: pair.a, config: presetOnShared(pair.a, setup.a.config) }, b: { presetName: pair.b, config: presetOnShared(pair.b, setup.a.config) } };
}

/** The quick start the setup is exactly, or null once a setting was changed. */
export function quickStartOf(setup: AbSetup): QuickStartId | null {
  const same = (side: AbSideSetup) => JSON.stringify(side.config) === JSON.stringify(presetOnShared(side.presetName, side.config));
  const pair = QUICK_STARTS.find((entry) => entry.a === setup.a.presetName && entry.b === setup.b.presetName);
  return pair && same(setup.a) && same(setup.b) ? pair.id : null;
}

const editSide = (setup: AbSetup, side: AbSide, change: (current: AbSideSetup) => AbSideSetup): AbSetup => ({ ...setup, [side]: change(setup[side]) });

/** One side starts again from a preset (the shared fields stay). */
export function withSidePreset(setup: AbSetup, side: AbSide, presetName: PresetName): AbSetup {
  return editSide(setup, side, (current) => ({ presetName, config: presetOnShared(presetName, current.config) }));
}

export function withSideAgent(setup: AbSetup, side: AbSide, agent: AgentChoice): AbSetup {
  return editSide(setup, side, (current) => ({ ...current, config: { ...current.config, agent } }));
}

/** alpha or gamma of the side's chosen agent, as the lab's knob sets it. */
export function withSideKnob(setup: AbSetup, side: AbSide, knob: 'alpha' | 'gamma', value: number): AbSetup {
  return editSide(setup, side, (current) => ({ ...current, config: withKnob(current.config, KNOB_ALIASES[knob] as KnobName, value) }));
}

/** A fixed exploration rate for the side, or (null) a decay schedule back: its preset's, or the default one when the preset's is fixed too (the lab's rule). */
export function withSideEpsilon(setup: AbSetup, side: AbSide, epsilon: number | null): AbSetup {
  return editSide(setup, side, (current) => ({
    ...current,
    config: epsilon === null ? withExplorationSchedule(current.config, decaySchedule(presetConfig(current.presetName).training)) : withKnob(current.config, 'explorationRate', epsilon),
  }));
}

/** A shared field, set on both sides at once. */
export function withSharedField(setup: AbSetup, name: SharedField, value: FieldValue): AbSetup {
  const entry = schemaEntry(name) as SchemaEntry;
  const set = (current: AbSideSetup): AbSideSetup => ({ ...current, config: applyPatch(current.config, patchField({}, entry, value)) });
  return { a: set(setup.a), b: set(setup.b) };
}

/** One setting B has that A has not: the knobs by their textbook names, any other field by its schema name. */
export interface AbDifference {
  field: string;
  from: string;
  to: string;
}

const EXPLORATION_ENTRIES = EXPLORATION_FIELDS.map((name) => schemaEntry(name) as SchemaEntry);

/** What B changes from A, the agent and the knobs first, then every other field in schema order. */
export function abDifferences(a: LabConfig, b: LabConfig): AbDifference[] {
  const differences: AbDifference[] = [];
  const add = (field: string, from: unknown, to: unknown) => {
    if (from !== to) differences.push({ field, from: writeValue(from as FieldValue), to: writeValue(to as FieldValue) });
  };
  add('agent', a.agent, b.agent);
  const knobsA = liveKnobsOf(a);
  const knobsB = liveKnobsOf(b);
  add('alpha', knobsA.learningRate, knobsB.learningRate);
  add('gamma', knobsA.discount, knobsB.discount);
  // The knob fields are compared as alpha and gamma above: each side's agent reads its own.
  const covered = new Set<SchemaEntry>(['alpha', 'gamma'].flatMap((knob) => [knobEntry(knob, a.agent), knobEntry(knob, b.agent)] as SchemaEntry[]));
  const epsilonA = fixedEpsilon(a.training);
  const epsilonB = fixedEpsilon(b.training);
  if (epsilonA !== null && epsilonB !== null) {
    add('epsilon', epsilonA, epsilonB);
    for (const entry of EXPLORATION_ENTRIES) covered.add(entry);
  }
  for (const entry of CONFIG_SCHEMA) {
    if (covered.has(entry) || isSharedEntry(entry)) continue;
    add(entry.name, readField(a, entry), readField(b, entry));
  }
  return differences;
}
