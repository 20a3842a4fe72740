// The compare page's link, `?page=compare&v=5&a=myopic&b=default&seed=7&steps=20000&bgamma=0.9`:
// `a` and `b` name each side's preset; unprefixed keys are the shared seeds, budget and evaluation
// (seed, catalogSeed, evaluationSeed, steps, evaluationInterval, evaluationShoppers, backend), which fall back
// to the lesson pair's own when the two presets make one, else to side A's preset's; a side's
// own settings are the lab link's keys with the side's letter in front (aagent, aalpha, bgamma,
// bepsilon, bmultiStep...). Read leniently by the lab link's own readers, with the lab link's corrections;
// written back with only what differs from the presets, by the lab link's own writer.

import { applyPatch } from '../contracts/lab-config';
import { AB_SIDES, QUICK_STARTS, SHARED_ENTRIES, isSharedEntry, presetOnShared, setupOf, type AbSetup, type AbSide } from './ab-setup';
import { keepTrainingOffCohort } from './cohort-guard';
import { CONFIG_ALIASES, correctionList, fieldTaker, firstValues, formatLabSearch, noteEarlierRecipe, readConfigKeys, readFlag, readVersion, searchOf, type LinkCorrection } from './lab-url';
import { recipeSettings } from './link-recipes';
import { PRESET_NAMES, isPresetName, type PresetName } from './presets';
import { readField } from './schema';
import { FOREIGN_KEYS, LINK_KEYS, LINK_VERSION, PLAIN_VIEW, fieldForKey, fieldKey } from './url-keys';
import { writeValue, type FieldValue } from './url-values';

/** The compare link's version, written as `v=5`: the lab link's, since a side is read as a lab link is (an older one by its recipe in link-recipes.ts). */
export const AB_LINK_VERSION = LINK_VERSION;
const OWN_KEYS: readonly string[] = [...AB_SIDES, LINK_KEYS.version, LINK_KEYS.autoplay, ...FOREIGN_KEYS];

export interface AbLink {
  setup: AbSetup;
  /** Both sides start training as soon as they are ready. */
  autoplay: boolean;
}

export interface ParsedAbLink extends AbLink {
  /** Empty for a link the lab wrote itself; worded like the lab link's. */
  corrections: LinkCorrection[];
}

/** The side a key belongs to: its letter in front of a side's setting (aagent, bgamma, bmultiStep). */
function sideOf(key: string): AbSide | undefined {
  const name = key.slice(1);
  return AB_SIDES.find((letter) => key.startsWith(letter) && (CONFIG_ALIASES.includes(name) || fieldForKey(name) !== undefined));
}

export function parseAbSearch(search: string): ParsedAbLink {
  const { corrections, correct } = correctionList();
  const given = firstValues(new URLSearchParams(search), correct);
  const version = readVersion(given, AB_LINK_VERSION, correct);

  // Neither side named: the first lesson pair. One side named: the other is the default.
  const fallback: Record<AbSide, PresetName> = given.has('a') || given.has('b') ? { a: 'default', b: 'default' } : QUICK_STARTS[0];
  const presets = {} as Record<AbSide, PresetName>;
  for (const side of AB_SIDES) {
    const text = given.get(side);
    presets[side] = text !== undefined && isPresetName(text.trim()) ? (text.trim() as PresetName) : fallback[side];
    if (text !== undefined && !isPresetName(text.trim())) correct(side, text, { code: 'unknown-preset', presets: PRESET_NAMES });
  }

  // The shared fields fall back to the pair's own (a lesson pair's seeds and budget, as its button opens it);
  // each side's keys are read over its preset.
  const sharedBase = setupOf(presets.a, presets.b, version).a.config;
  const shared = fieldTaker(sharedBase, correct);
  const sideKeys: Record<AbSide, Map<string, { key: string; text: string }>> = { a: new Map(), b: new Map() };
  for (const [key, text] of given) {
    if (OWN_KEYS.includes(key)) continue;
    const entry = fieldForKey(key);
    const side = sideOf(key);
    if (entry && isSharedEntry(entry)) shared.take(key, text, entry);
    else if (side) {
      const sideEntry = fieldForKey(key.slice(1));
      if (sideEntry && isSharedEntry(sideEntry)) correct(key, text, { code: 'shared-only', key: fieldKey(sideEntry) });
      else sideKeys[side].set(key.slice(1), { key, text });
    } else if (entry || CONFIG_ALIASES.includes(key)) correct(key, text, { code: 'per-side', sideKeys: [`${AB_SIDES[0]}${key}`, `${AB_SIDES[1]}${key}`] });
    else correct(key, text, { code: 'unknown-key' });
  }
  // Both sides train on the shared seed: one correction if it is the evaluation cohort's.
  const sharedConfig = keepTrainingOffCohort(applyPatch(sharedBase, shared.patch()), sharedBase, given, correct);
  const setup = {} as AbSetup;
  for (const side of AB_SIDES) {
    setup[side] = { presetName: presets[side], config: readConfigKeys(presetOnShared(presets[side], sharedConfig, version), sideKeys[side], correct) };
  }
  // The sides' settings from an older version's defaults, in one notice (both sides usually share them).
  const recipeBase = (side: AbSide) => presetOnShared(presets[side], setup[side].config, version);
  noteEarlierRecipe(version, AB_SIDES.map((side) => recipeSettings(version, presets[side], recipeBase(side), setup[side].config)), correct);
  return { setup, autoplay: readFlag(given, LINK_KEYS.autoplay, correct), corrections };
}

/**
 * The search string of a compare link: the page (when given), the version, both presets, the shared
 * fields that differ from the pair's own (setupOf), each side's own differences from its preset, then autoplay.
 */
export function formatAbSearch(link: AbLink, page: string | null): string {
  const pairs: Array<[string, string]> = page === null ? [] : [['page', page]];
  pairs.push([LINK_KEYS.version, String(AB_LINK_VERSION)], ['a', link.setup.a.presetName], ['b', link.setup.b.presetName]);
  const sharedBase = setupOf(link.setup.a.presetName, link.setup.b.presetName).a.config;
  for (const entry of SHARED_ENTRIES) {
    const value = readField(link.setup.a.config, entry);
    if (value !== readField(sharedBase, entry)) pairs.push([fieldKey(entry), writeValue(value as FieldValue)]);
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
  if (link.autoplay) pairs.push([LINK_KEYS.autoplay, '1']);
  return searchOf(pairs);
}
