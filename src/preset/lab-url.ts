// The lab's link, `?page=train&v=5&preset=myopic&gamma=0.5&seed=7&hide=advanced`: read leniently into a
// valid config with every correction explained, and written back with only what differs from the preset.

import { applyPatch, type LabConfig, type LabConfigPatch } from '../contracts/lab-config';
import { keepTrainingOffCohort } from './cohort-guard';
import type { TrainingConfig } from '../contracts/training-config';
import { isReadableVersion, presetConfigAt, recipeSettings } from './link-recipes';
import { PRESET_NAMES, isPresetName, type PresetName } from './presets';
import { AGENT_FIELD, CONFIG_SCHEMA, KNOB_ALIASES, knobEntry, patchField, readField, schemaEntry, type SchemaEntry } from './schema';
import {
  EXPLORATION_FIELDS,
  FOREIGN_KEYS,
  HIDEABLE_CONTROLS,
  LINK_KEYS,
  LINK_VERSION,
  fieldForKey,
  fieldKey,
  isHideableControl,
  type HideableControl,
  type LectureView,
} from './url-keys';
import type { CorrectionReason, RecipeSetting } from '../contracts/link-correction';
import { linkNumber, readValue, writeValue, type FieldValue } from './url-values';

/** Everything a link describes: the preset it starts from, the config, and how the page presents it. */
export interface LabLink {
  presetName: PresetName;
  config: LabConfig;
  view: LectureView;
}

/** One thing the link asked for that the lab could not take as written. */
export interface LinkCorrection {
  key: string;
  /** What the link gave (shortened when long). */
  given: string;
  reason: CorrectionReason;
}

export interface ParsedLink extends LabLink {
  /** Empty for a link the lab wrote itself. */
  corrections: LinkCorrection[];
}

const BOOLEAN_FIELD = { kind: 'boolean', doc: 'A lecture option.' } as const;
const KNOB_KEYS = Object.keys(KNOB_ALIASES);
/** The lab link's keys that are not about the config: the version, the preset, the lecture options and other parts' keys. */
const VIEW_KEYS: readonly string[] = [LINK_KEYS.version, LINK_KEYS.preset, LINK_KEYS.hide, LINK_KEYS.present, LINK_KEYS.autoplay, ...FOREIGN_KEYS];
/** The names a config is read by that are not field keys: the agent, the knob aliases and epsilon. */
export const CONFIG_ALIASES: readonly string[] = [LINK_KEYS.agent, ...KNOB_KEYS, LINK_KEYS.epsilon];
const EPSILON_ENTRY = schemaEntry('explorationStart') as SchemaEntry;
const EXPLORATION_ENTRIES = EXPLORATION_FIELDS.map((name) => schemaEntry(name) as SchemaEntry);

/** Records one correction (the compare link's reader uses the same). */
export type Correct = (key: string, given: string, reason: CorrectionReason) => void;

/** Keeps notices readable (and short) whatever a link holds. */
export function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** An empty list of corrections and the function that adds one (what the link gave, shortened). */
export function correctionList(): { corrections: LinkCorrection[]; correct: Correct } {
  const corrections: LinkCorrection[] = [];
  return { corrections, correct: (key, given, reason) => corrections.push({ key, given: shorten(given), reason }) };
}

export function parseLabSearch(search: string): ParsedLink {
  const { corrections, correct } = correctionList();
  const given = firstValues(new URLSearchParams(search), correct);
  const version = readVersion(given, LINK_VERSION, correct);
  const presetText = given.get(LINK_KEYS.preset);
  let presetName: PresetName = 'default';
  if (presetText !== undefined && isPresetName(presetText.trim())) presetName = presetText.trim() as PresetName;
  else if (presetText !== undefined) correct(LINK_KEYS.preset, presetText, { code: 'unknown-preset', presets: PRESET_NAMES });
  const keys: ConfigKeys = new Map([...given].filter(([key]) => !VIEW_KEYS.includes(key)).map(([key, text]) => [key, { key, text }]));
  const base = presetConfigAt(presetName, version);
  const config = keepTrainingOffCohort(readConfigKeys(base, keys, correct), base, given, correct);
  noteEarlierRecipe(version, [recipeSettings(version, presetName, base, config)], correct);
  return { presetName, config, view: readView(given, correct), corrections };
}

/**
 * The version to read a link as: the one it names when the lab can rebuild it (the reader's own, or an older
 * one with its recipe in link-recipes.ts); none named (a hand-typed link) is the reader's; any other (a newer
 * lab's, or no version at all) is read as the reader's, with a correction.
 */
export function readVersion(given: ReadonlyMap<string, string>, version: number, correct: Correct): number {
  const text = given.get(LINK_KEYS.version);
  if (text === undefined) return version;
  const named = /^\d{1,6}$/.test(text.trim()) ? Number(text.trim()) : NaN;
  if (named === version || isReadableVersion(named)) return named;
  correct(LINK_KEYS.version, text, { code: 'link-version', version });
  return version;
}

/** The version a link is read as (readVersion's answer, without its corrections). */
export function linkVersionOf(search: string): number {
  const ignore: Correct = () => undefined;
  return readVersion(firstValues(new URLSearchParams(search), ignore), LINK_VERSION, ignore);
}

/**
 * The corrections of the link's text, leaving out the notice of an older version's recipe: such a link is
 * one the lab wrote, rebuilt as it was meant (what a model file or a result code made then still is).
 */
export function textCorrections(corrections: readonly LinkCorrection[]): LinkCorrection[] {
  return corrections.filter(({ reason }) => reason.code !== 'earlier-recipe');
}

/** One notice for a link of an older version: the settings its version's defaults gave it (each once), when there are any. */
export function noteEarlierRecipe(version: number, settingLists: ReadonlyArray<readonly RecipeSetting[]>, correct: Correct): void {
  const settings = new Map<string, RecipeSetting>();
  for (const setting of settingLists.flat()) settings.set(`${setting.name}=${setting.value}`, setting);
  if (settings.size > 0) correct(LINK_KEYS.version, String(version), { code: 'earlier-recipe', version, settings: [...settings.values()] });
}

/** Link values read into a patch over a base config: each field once, each unusable value a correction naming the base's value kept. */
export interface FieldTaker {
  /** Reads a key's text as the entry's value and sets it on the targets (epsilon sets the whole schedule); a target set before keeps its value. */
  take(key: string, text: string, entry: SchemaEntry, targets?: readonly SchemaEntry[]): void;
  patch(): LabConfigPatch;
}

export function fieldTaker(base: LabConfig, correct: Correct): FieldTaker {
  let patch: LabConfigPatch = {};
  /** Which key set each field: a field named twice keeps the first value read. */
  const setBy = new Map<string, string>();
  return {
    take(key, text, entry, targets = [entry]) {
      const earlier = targets.map((target) => setBy.get(target.name)).find((owner) => owner !== undefined);
      if (earlier !== undefined) return correct(key, text, { code: 'same-field', earlier });
      const reading = readValue(entry.spec, text);
      const value = reading.value ?? (readField(base, entry) as FieldValue);
      if (reading.problem) correct(key, text, { code: 'value', problem: reading.problem, fallback: reading.value === null ? { kind: 'preset-value', value: writeValue(value) } : null });
      for (const target of targets) setBy.set(target.name, key);
      if (reading.value === null) return;
      // epsilon fixes the exploration rate: the schedule starts and ends at it, without decay.
      const values = targets.length === 1 ? [value] : [value, value, 0];
      for (const [index, target] of targets.entries()) patch = patchField(patch, target, values[index]);
    },
    patch: () => patch,
  };
}

/** A config's keys by the name they are read as (agent, alpha, epsilon, a field's key), each with the key the link wrote (a compare side's letter in front) and its text. */
export type ConfigKeys = ReadonlyMap<string, { key: string; text: string }>;

/**
 * One config read from link keys over a base (its preset's): the agent first, then alpha, gamma and
 * epsilon, then every other field in link order; a name that is no field is an unknown key.
 */
export function readConfigKeys(base: LabConfig, keys: ConfigKeys, correct: Correct): LabConfig {
  const taker = fieldTaker(base, correct);
  const agentKey = keys.get(LINK_KEYS.agent);
  let agent = base.agent;
  if (agentKey !== undefined) {
    const reading = readValue(AGENT_FIELD, agentKey.text);
    if (reading.value !== null) agent = reading.value as LabConfig['agent'];
    else if (reading.problem) correct(agentKey.key, agentKey.text, { code: 'value', problem: reading.problem, fallback: { kind: 'preset-agent', agent: base.agent } });
  }
  // The textbook names first: where a link sets a field twice, alpha, gamma and epsilon win.
  for (const knob of KNOB_KEYS) {
    const knobKey = keys.get(knob);
    if (knobKey !== undefined) taker.take(knobKey.key, knobKey.text, knobEntry(knob, agent) as SchemaEntry);
  }
  const epsilon = keys.get(LINK_KEYS.epsilon);
  if (epsilon !== undefined) taker.take(epsilon.key, epsilon.text, EPSILON_ENTRY, EXPLORATION_ENTRIES);
  for (const [name, { key, text }] of keys) {
    if (CONFIG_ALIASES.includes(name)) continue;
    const entry = fieldForKey(name);
    if (entry) taker.take(key, text, entry);
    else correct(key, text, { code: 'unknown-key' });
  }
  return applyPatch(base, { ...taker.patch(), agent });
}

/** The first value of each key, in link order; a repeated key is a correction. */
export function firstValues(params: URLSearchParams, correct: Correct): Map<string, string> {
  const first = new Map<string, string>();
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    first.set(key, values[0]);
    if (values.length > 1) correct(key, values.join(', '), { code: 'repeated', times: values.length, first: shorten(values[0]) });
  }
  return first;
}

/** A lecture option or a page's flag: on, off, or (unusable text) off with a correction. */
export function readFlag(given: ReadonlyMap<string, string>, key: string, correct: Correct): boolean {
  const text = given.get(key);
  if (text === undefined) return false;
  const reading = readValue(BOOLEAN_FIELD, text);
  if (reading.problem && reading.value === null) correct(key, text, { code: 'value', problem: reading.problem, fallback: { kind: 'off' } });
  return reading.value === true;
}

function readView(given: Map<string, string>, correct: Correct): LectureView {
  const hidden = new Set<HideableControl>();
  const hideText = given.get(LINK_KEYS.hide);
  for (const name of hideText?.split(',') ?? []) {
    const trimmed = name.trim();
    if (isHideableControl(trimmed)) hidden.add(trimmed);
    else if (trimmed !== '') correct(LINK_KEYS.hide, trimmed, { code: 'not-hideable', controls: HIDEABLE_CONTROLS });
  }
  return { hidden: HIDEABLE_CONTROLS.filter((name) => hidden.has(name)), present: readFlag(given, LINK_KEYS.present, correct), autoplay: readFlag(given, LINK_KEYS.autoplay, correct) };
}

/**
 * The search string of a link: the page (when given), the version, the preset, then every field that
 * differs from the preset's value (alpha, gamma and epsilon first, by those names), then the lecture options.
 * The lab writes the current version; an older one (what a result code made then must still read as) is
 * written against that version's defaults.
 */
export function formatLabSearch(link: LabLink, page: string | null, version = LINK_VERSION): string {
  const pairs: Array<[string, string]> = page === null ? [] : [['page', page]];
  pairs.push([LINK_KEYS.version, String(version)]);
  if (link.presetName !== 'default') pairs.push([LINK_KEYS.preset, link.presetName]);
  pairs.push(...fieldPairs(link.config, presetConfigAt(link.presetName, version)));
  const { hidden, present, autoplay } = link.view;
  if (hidden.length > 0) pairs.push([LINK_KEYS.hide, HIDEABLE_CONTROLS.filter((name) => hidden.includes(name)).join(',')]);
  if (present) pairs.push([LINK_KEYS.present, '1']);
  if (autoplay) pairs.push([LINK_KEYS.autoplay, '1']);
  return searchOf(pairs);
}

/** A search string of key and value pairs, in order. Commas stay readable: `hide=advanced,alpha`, not `hide=advanced%2Calpha`. */
export function searchOf(pairs: ReadonlyArray<readonly [string, string]>): string {
  return `?${pairs.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value).replace(/%2C/gi, ',')}`).join('&')}`;
}

function fieldPairs(config: LabConfig, base: LabConfig): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  if (config.agent !== base.agent) pairs.push([LINK_KEYS.agent, config.agent]);
  // Compared as the link writes them: a value within float noise of the preset's is the preset's.
  const differs = (entry: SchemaEntry) => writeValue(readField(config, entry) as FieldValue) !== writeValue(readField(base, entry) as FieldValue);
  const keyOf = new Map<SchemaEntry, string>();
  for (const alias of KNOB_KEYS) keyOf.set(knobEntry(alias, config.agent) as SchemaEntry, alias);
  for (const [entry, alias] of keyOf) if (differs(entry)) pairs.push([alias, writeValue(readField(config, entry) as FieldValue)]);
  const fixed = fixedExplorationRate(config.training);
  const byEpsilon = fixed !== null && EXPLORATION_ENTRIES.some(differs);
  if (byEpsilon) pairs.push([LINK_KEYS.epsilon, writeValue(fixed)]);
  for (const entry of CONFIG_SCHEMA) {
    if (keyOf.has(entry) || (byEpsilon && EXPLORATION_ENTRIES.includes(entry)) || !differs(entry)) continue;
    pairs.push([fieldKey(entry), writeValue(readField(config, entry) as FieldValue)]);
  }
  return pairs;
}

/** The exploration rate when the schedule holds it fixed (what one epsilon key describes), else null. */
function fixedExplorationRate(training: TrainingConfig): number | null {
  // Equal as a link writes them: a start and end apart by float noise alone are one fixed rate.
  return training.explorationDecaySteps === 0 && linkNumber(training.explorationStart) === linkNumber(training.explorationEnd) ? training.explorationStart : null;
}
