// The compare page's link, `?page=compare&v=1&a=myopic&b=default&seed=7&steps=20000&bgamma=0.9`:
// `a` and `b` name each side's preset; unprefixed keys are the shared seeds, budget and evaluation
// (seed, catalogSeed, evaluationSeed, steps, evaluationInterval, evaluationShoppers, backend); a side's
// own settings are the lab link's keys with the side's letter in front (aagent, aalpha, bgamma,
// bepsilon, bmultiStep...). Read leniently, with each correction as a code that the page puts in words;
// written back with only what differs from the presets, by the lab link's own writer.

import { applyPatch, type LabConfig, type LabConfigPatch } from '../engine/lab-config';
import type { FieldSpec } from '../sim/fields';
import { AB_SIDES, QUICK_STARTS, SHARED_ENTRIES, isSharedEntry, type AbSetup, type AbSide } from './ab-setup';
import { formatLabSearch } from './lab-url';
import { isPresetName, presetConfig, type PresetName } from './presets';
import { AGENT_FIELD, KNOB_ALIASES, knobEntry, patchField, readField, schemaEntry, type SchemaEntry } from './schema';
import { EXPLORATION_FIELDS, FOREIGN_KEYS, LINK_KEYS, PLAIN_VIEW, fieldForKey, fieldKey } from './url-keys';
import { readValue, writeValue, type FieldValue } from './url-values';

/** The compare link's version, written as `v=1`. */
export const AB_LINK_VERSION = 1;
const AUTOPLAY_KEY = 'autoplay';
const OWN_KEYS: readonly string[] = [...AB_SIDES, LINK_KEYS.version, AUTOPLAY_KEY, ...FOREIGN_KEYS];
const KNOB_KEYS = Object.keys(KNOB_ALIASES);
/** A side's keys that are not config field names. */
const SIDE_KEYS: readonly string[] = [LINK_KEYS.agent, ...KNOB_KEYS, LINK_KEYS.epsilon];
const EPSILON_ENTRY = schemaEntry('explorationStart') as SchemaEntry;
const EXPLORATION_ENTRIES = EXPLORATION_FIELDS.map((name) => schemaEntry(name) as SchemaEntry);

export interface AbLink {
  setup: AbSetup;
  /** Both sides start training as soon as they are ready. */
  autoplay: boolean;
}

/** Why a key of the link was not taken as written (the page says it in the reader's language). */
export type AbCorrectionCode =
  | 'repeated' // given more than once: the first value (used) is taken
  | 'version' // an unknown link version: read as version `used`
  | 'unknownPreset' // not a preset: preset `used` instead
  | 'unknownKey' // not a setting: ignored
  | 'perSide' // a side's setting without its letter: ignored (write a`used` or b`used`)
  | 'sharedOnly' // a shared setting with a side's letter: ignored (write `used`)
  | 'sameField' // sets the same field as the key `used`, whose value is kept
  | 'notNumber' // unusable text: the preset's value `used` stays
  | 'notChoice'
  | 'notBoolean'
  | 'aboveMax' // clamped to the largest value, `used`
  | 'belowMin' // clamped to the smallest value, `used`
  | 'notWhole'; // rounded to `used`

export interface AbCorrection {
  key: string;
  /** What the link gave (shortened when long). */
  given: string;
  code: AbCorrectionCode;
  /** The value, preset, version or key used instead ('' when the key is ignored). */
  used: string;
}

export interface ParsedAbLink extends AbLink {
  /** Empty for a link the lab wrote itself. */
  corrections: AbCorrection[];
}

type Correct = (key: string, given: string, code: AbCorrectionCode, used?: string) => void;

const shorten = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

/** One value by its field descriptor: the value to use (null: keep the preset's) and why it is not as written. */
function read(spec: FieldSpec, text: string): { value: FieldValue | null; code: AbCorrectionCode | null } {
  const reading = readValue(spec, text);
  if (reading.problem === null) return { value: reading.value, code: null };
  if (reading.value === null || spec.kind !== 'number') return { value: null, code: spec.kind === 'number' ? 'notNumber' : spec.kind === 'choice' ? 'notChoice' : 'notBoolean' };
  const written = Number(text.trim());
  const whole = spec.integer ? Math.round(written) : written;
  return { value: reading.value, code: whole > spec.max ? 'aboveMax' : whole < spec.min ? 'belowMin' : 'notWhole' };
}

export function parseAbSearch(search: string): ParsedAbLink {
  const corrections: AbCorrection[] = [];
  const correct: Correct = (key, given, code, used = '') => corrections.push({ key, given: shorten(given), code, used: shorten(used) });
  const params = new URLSearchParams(search);
  const given = new Map<string, string>();
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    given.set(key, values[0]);
    if (values.length > 1) correct(key, values.join(', '), 'repeated', values[0]);
  }
  const version = given.get(LINK_KEYS.version);
  if (version !== undefined && version.trim() !== String(AB_LINK_VERSION)) correct(LINK_KEYS.version, version, 'version', String(AB_LINK_VERSION));

  // Neither side named: the first lesson pair. One side named: the other is the default.
  const fallback: Record<AbSide, PresetName> = given.has('a') || given.has('b') ? { a: 'default', b: 'default' } : QUICK_STARTS[0];
  const presets = {} as Record<AbSide, PresetName>;
  for (const side of AB_SIDES) {
    const text = given.get(side)?.trim();
    presets[side] = text !== undefined && isPresetName(text) ? text : fallback[side];
    if (text !== undefined && !isPresetName(text)) correct(side, given.get(side) ?? '', 'unknownPreset', fallback[side]);
  }

  let shared: LabConfigPatch = {};
  const sharedBy = new Map<string, string>();
  const sideKeys: Record<AbSide, Array<[key: string, name: string, text: string]>> = { a: [], b: [] };
  for (const [key, text] of given) {
    if (OWN_KEYS.includes(key)) continue;
    const entry = fieldForKey(key);
    const side = AB_SIDES.find((letter) => key.startsWith(letter) && (SIDE_KEYS.includes(key.slice(1)) || fieldForKey(key.slice(1)) !== undefined));
    if (entry && isSharedEntry(entry)) {
      const earlier = sharedBy.get(entry.name);
      if (earlier !== undefined) {
        correct(key, text, 'sameField', earlier);
        continue;
      }
      sharedBy.set(entry.name, key);
      const reading = read(entry.spec, text);
      if (reading.code) correct(key, text, reading.code, writeValue(reading.value ?? (readField(presetConfig('default'), entry) as FieldValue)));
      if (reading.value !== null) shared = patchField(shared, entry, reading.value);
    } else if (side) {
      const sideEntry = fieldForKey(key.slice(1));
      if (sideEntry && isSharedEntry(sideEntry)) correct(key, text, 'sharedOnly', fieldKey(sideEntry));
      else sideKeys[side].push([key, key.slice(1), text]);
    } else if (entry || SIDE_KEYS.includes(key)) correct(key, text, 'perSide', key);
    else correct(key, text, 'unknownKey');
  }
  const setup = {} as AbSetup;
  for (const side of AB_SIDES) setup[side] = { presetName: presets[side], config: sideConfig(applyPatch(presetConfig(presets[side]), shared), sideKeys[side], correct) };
  const autoplayText = given.get(AUTOPLAY_KEY);
  let autoplay = false;
  if (autoplayText !== undefined) {
    const reading = read({ kind: 'boolean', doc: 'Autoplay.' }, autoplayText);
    if (reading.code) correct(AUTOPLAY_KEY, autoplayText, reading.code, 'false');
    autoplay = reading.value === true;
  }
  return { setup, autoplay, corrections };
}

/** One side's config: its preset on the shared fields, then its own keys (agent first, then alpha, gamma, epsilon, the rest in link order). */
function sideConfig(base: LabConfig, keys: ReadonlyArray<[key: string, name: string, text: string]>, correct: Correct): LabConfig {
  let patch: LabConfigPatch = {};
  const setBy = new Map<string, string>();
  const take = (key: string, text: string, entry: SchemaEntry, targets: readonly SchemaEntry[] = [entry]) => {
    const earlier = targets.map((target) => setBy.get(target.name)).find((owner) => owner !== undefined);
    if (earlier !== undefined) return correct(key, text, 'sameField', earlier);
    for (const target of targets) setBy.set(target.name, key);
    const reading = read(entry.spec, text);
    if (reading.code) correct(key, text, reading.code, writeValue(reading.value ?? (readField(base, entry) as FieldValue)));
    if (reading.value === null) return;
    // epsilon fixes the exploration rate: the schedule starts and ends at it, without decay.
    const values = targets.length === 1 ? [reading.value] : [reading.value, reading.value, 0];
    for (const [index, target] of targets.entries()) patch = patchField(patch, target, values[index]);
  };
  const byName = new Map(keys.map(([key, name, text]) => [name, { key, text }]));
  let agent = base.agent;
  const agentKey = byName.get(LINK_KEYS.agent);
  if (agentKey) {
    const reading = read(AGENT_FIELD, agentKey.text);
    if (reading.value !== null) agent = reading.value as LabConfig['agent'];
    else correct(agentKey.key, agentKey.text, 'notChoice', base.agent);
  }
  for (const knob of KNOB_KEYS) {
    const knobKey = byName.get(knob);
    if (knobKey) take(knobKey.key, knobKey.text, knobEntry(knob, agent) as SchemaEntry);
  }
  const epsilon = byName.get(LINK_KEYS.epsilon);
  if (epsilon) take(epsilon.key, epsilon.text, EPSILON_ENTRY, EXPLORATION_ENTRIES);
  for (const [key, name, text] of keys) {
    const entry = SIDE_KEYS.includes(name) ? undefined : fieldForKey(name);
    if (entry) take(key, text, entry);
  }
  return applyPatch(base, { ...patch, agent });
}

/**
 * The search string of a compare link: the page (when given), the version, both presets, the shared
 * fields that differ from the default, each side's own differences from its preset, then autoplay.
 */
export function formatAbSearch(link: AbLink, page: string | null): string {
  const pairs: Array<[string, string]> = page === null ? [] : [['page', page]];
  pairs.push([LINK_KEYS.version, String(AB_LINK_VERSION)], ['a', link.setup.a.presetName], ['b', link.setup.b.presetName]);
  const defaults = presetConfig('default');
  for (const entry of SHARED_ENTRIES) {
    const value = readField(link.setup.a.config, entry);
    if (value !== readField(defaults, entry)) pairs.push([fieldKey(entry), writeValue(value as FieldValue)]);
  }
  for (const side of AB_SIDES) {
    const { presetName, config } = link.setup[side];
    // The lab link's writer names what differs from the preset; the shared fields are written once, above.
    const own = new URLSearchParams(formatLabSearch({ presetName, config, view: PLAIN_VIEW }, null));
    for (const [key, value] of own) {
      const entry = fieldForKey(key);
      if (key === LINK_KEYS.version || key === LINK_KEYS.preset || (entry && isSharedEntry(entry))) continue;
      pairs.push([`${side}${key}`, value]);
    }
  }
  if (link.autoplay) pairs.push([AUTOPLAY_KEY, '1']);
  return `?${pairs.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`).join('&')}`;
}
