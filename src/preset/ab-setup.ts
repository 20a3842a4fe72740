// The A/B comparison's two configurations: each side a preset plus its own settings, both on the same
// seeds and budget; the edits the compare page makes, the quick-start pairs and what B changes from A.

import { TABULAR_KIND } from '../contracts/agent-kinds';
import { applyPatch, evaluationSettings, liveKnobsOf, type AgentChoice, type LabConfig, type LabConfigPatch } from '../contracts/lab-config';
import type { KnobName } from '../contracts/metrics';
import { decaySchedule, fixedEpsilon, withExplorationSchedule, withKnob } from './config-edits';
import { presetConfigAt } from './link-recipes';
import { presetConfig, type PresetName } from './presets';
import { CONFIG_SCHEMA, KNOB_ALIASES, knobEntry, patchField, readField, schemaEntry, type SchemaEntry } from './schema';
import { EXPLORATION_FIELDS, LINK_VERSION } from './url-keys';
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

/**
 * The seeds every lesson pair was measured on (the README's learning table: training seed 1 of seeds 1-3, the
 * default catalog and evaluation cohort). A pair carries them, so its lesson shows whichever way it is opened.
 */
export const LESSON_SEEDS = { trainingSeed: 1, catalogSeed: 42, evaluationSeed: 2024 } as const;

/**
 * Lesson pairs one click away: A is the lesson's side, B the side it is measured against. Each carries the
 * budget its lesson was measured at (60k steps for the DQN pairs, the table's 2M for the tabular pair, where
 * the reward-design lesson shows on every seed only once the table has settled) and how often it evaluates.
 */
export const QUICK_STARTS = [
  { id: 'gamma', a: 'myopic', b: 'default', totalSteps: 60_000, evaluationInterval: 5000 },
  { id: 'targetNetwork', a: 'one-step', b: 'no-target-network', totalSteps: 60_000, evaluationInterval: 5000 },
  { id: 'oneStep', a: 'one-step', b: 'default', totalSteps: 60_000, evaluationInterval: 5000 },
  { id: 'clicksOnly', a: 'clicks-only', b: TABULAR_KIND.id, totalSteps: 2_000_000, evaluationInterval: 50_000 },
] as const satisfies ReadonlyArray<{ id: string; a: PresetName; b: PresetName; totalSteps: number; evaluationInterval: number }>;
export type QuickStart = (typeof QUICK_STARTS)[number];
export type QuickStartId = QuickStart['id'];

/** The lesson pair two presets make, A then B, or undefined. */
export function pairOf(a: PresetName, b: PresetName): QuickStart | undefined {
  return QUICK_STARTS.find((entry) => entry.a === a && entry.b === b);
}

/** The shared fields a lesson pair sets: its seeds, its budget and its evaluation interval. */
function pairPatch(pair: QuickStart): LabConfigPatch {
  return { training: { ...LESSON_SEEDS, totalSteps: pair.totalSteps, evaluationInterval: pair.evaluationInterval } };
}

/** The shared fields of a config, as a patch. */
function sharedPatch(config: LabConfig): LabConfigPatch {
  return SHARED_ENTRIES.reduce<LabConfigPatch>((patch, entry) => patchField(patch, entry, readField(config, entry)), {});
}

/** A preset's config on the shared fields of another config (the preset as a link of an older version meant it, for that link's reader). */
export function presetOnShared(presetName: PresetName, shared: LabConfig, version = LINK_VERSION): LabConfig {
  return applyPatch(presetConfigAt(presetName, version), sharedPatch(shared));
}

/**
 * Two presets as a comparison: on a lesson pair's own seeds and budget when they make one, else on side A's
 * preset's. The one place a pair becomes a setup: the lesson buttons, the link's reader and its writer all
 * start from it, so a pair opened by its button or by its link runs the same.
 */
export function setupOf(a: PresetName, b: PresetName, version = LINK_VERSION): AbSetup {
  const pair = pairOf(a, b);
  const base = presetConfigAt(a, version);
  const shared = pair ? applyPatch(base, pairPatch(pair)) : base;
  return { a: { presetName: a, config: presetOnShared(a, shared, version) }, b: { presetName: b, config: presetOnShared(b, shared, version) } };
}

/** A lesson pair as its button opens it: its own seeds and budget; the backend (a choice of this computer, not of the lesson) stays. */
export function withQuickStart(setup: AbSetup, id: QuickStartId): AbSetup {
  const pair = QUICK_STARTS.find((entry) => entry.id === id) ?? QUICK_STARTS[0];
  return withSharedField(setupOf(pair.a, pair.b), 'backend', setup.a.config.training.backend);
}

/** Whether a side runs its preset as it is (on the shared seeds and budget): no setting of its own changed. */
export function isPresetAsIs(side: AbSideSetup): boolean {
  return JSON.stringify(side.config) === JSON.stringify(presetOnShared(side.presetName, side.config));
}

/** The lesson pair the setup is (its two presets, neither side changed), or null once a side's setting was changed. */
export function quickStartOf(setup: AbSetup): QuickStartId | null {
  const pair = pairOf(setup.a.presetName, setup.b.presetName);
  return pair && isPresetAsIs(setup.a) && isPresetAsIs(setup.b) ? pair.id : null;
}

/** Whether a side's training return is in the shop's own reward, as the reference policies' returns are (a clicks-only side's is not). */
export function trainsOnShopReward(config: LabConfig): boolean {
  const shop = evaluationSettings(config);
  return config.sim.clickReward === shop.clickReward && config.sim.purchaseReward === shop.purchaseReward && config.sim.purchaseRewardPerDollar === shop.purchaseRewardPerDollar;
}

/** Whether the setup runs on its lesson pair's own seeds, budget and evaluation interval (what the pair's lesson was measured on). */
export function onPairTerms(setup: AbSetup, id: QuickStartId): boolean {
  const pair = QUICK_STARTS.find((entry) => entry.id === id);
  if (!pair) return false;
  const { training } = setup.a.config;
  const expected = pairPatch(pair).training ?? {};
  return Object.entries(expected).every(([name, value]) => training[name as keyof typeof training] === value);
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
