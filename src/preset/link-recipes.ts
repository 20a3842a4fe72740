// What a link of an older version was written against. A link names a preset and then only the fields that
// differ from it, so it means "these defaults, this preset's patch, these fields": when a default changes,
// an old link would silently train another agent. Each older version therefore keeps, as data, the defaults
// that have changed since it was written; its readers lay them under the preset and the link's own fields,
// and rebuild exactly the config the link named. Raise LINK_VERSION (url-keys.ts) when a default that a link
// leaves unsaid changes, and add the old values here under the version being retired.

import { AGENT_CONFIG_SECTIONS, configSectionOf, kindOfChoice } from '../contracts/agent-kinds';
import { MINIBATCH_TRAINING_FIELDS } from '../contracts/training-config';
import { DEFAULT_LAB_CONFIG, applyPatch, type LabConfig, type LabConfigPatch } from '../contracts/lab-config';
import type { RecipeSetting } from '../contracts/link-correction';
import { PRESETS, type PresetName } from './presets';
import { CONFIG_SCHEMA, readField, type SchemaEntry } from './schema';
import { LINK_VERSION } from './url-keys';
import { writeValue, type FieldValue } from './url-values';

/**
 * Per older link version, the defaults it was written against where they differ from a later version's.
 * Each lists every field changed since (not only at the next version), so a reader applies one patch.
 */
export const LINK_RECIPES: Readonly<Record<number, LabConfigPatch>> = Object.freeze({
  /**
   * Version 1: the default DQN took Huber-loss steps (delta 1) with gamma 0.99. Version 2's default is the
   * squared TD error with gamma 0.999; the textbook presets name Huber and 0.99 themselves (and no averaging).
   */
  1: { dqn: { loss: 'huber', discount: 0.99, policyAveraging: 0.005, learningRate: 0.001 }, training: { trainFrequency: 4 } },
  /**
   * Version 2: the greedy policy used an average of the weights over roughly the last 200 updates (rate 0.005).
   * Version 3's default averages over far more of them, which lifted the greedy policy and steadied it.
   */
  2: { dqn: { policyAveraging: 0.005, learningRate: 0.001 }, training: { trainFrequency: 4 } },
  /**
   * Version 3: the DQN learned every 4 environment steps. Version 4's default learns every 16: a quarter of the
   * updates, each on fresher data, learns as much per step from about 60k steps on and runs about three times
   * the steps a second.
   */
  3: { dqn: { learningRate: 0.001 }, training: { trainFrequency: 4 } },
  /**
   * Version 4: the DQN's step size alpha was 0.001. Version 5's default is 0.003, which with an update every 16
   * steps held a better greedy policy over long runs.
   */
  4: { dqn: { learningRate: 0.001 } },
});

/** The versions a reader rebuilds: its own, and every older one with a recipe. */
export function isReadableVersion(version: number): boolean {
  return version === LINK_VERSION || Object.hasOwn(LINK_RECIPES, version);
}

/** The defaults a link of this version was written against (none over today's for the current version). */
export function linkRecipe(version: number): LabConfigPatch {
  return version === LINK_VERSION ? {} : (LINK_RECIPES[version] ?? {});
}

/** A preset's full config as a link of this version meant it: the version's defaults, then the preset's patch. */
export function presetConfigAt(name: PresetName, version: number): LabConfig {
  return applyPatch(applyPatch(DEFAULT_LAB_CONFIG, linkRecipe(version)), PRESETS[name].patch);
}

function patchSets(patch: LabConfigPatch, entry: SchemaEntry): boolean {
  const section = patch[entry.section] as Readonly<Record<string, unknown>> | undefined;
  return section !== undefined && Object.hasOwn(section, entry.field);
}

/**
 * What a link of an older version opens with because its version's defaults said so: the recipe's fields
 * that its preset does not set itself and the link left as the recipe had them, for the chosen agent (another
 * learner's section, every section of an agent without settings, and the pace of minibatch updates for an agent
 * that does not learn in minibatches change nothing it trains). `base` is
 * the preset's config at the link's version (presetConfigAt), `config` the config read from the link.
 */
export function recipeSettings(version: number, presetName: PresetName, base: LabConfig, config: LabConfig): RecipeSetting[] {
  const recipe = linkRecipe(version);
  const learner = configSectionOf(config.agent);
  const updatesInMinibatches = kindOfChoice(config.agent).learning === 'minibatch';
  const applies = (entry: SchemaEntry) =>
    (AGENT_CONFIG_SECTIONS as readonly string[]).includes(entry.section)
      ? entry.section === learner
      : entry.section !== 'training' || updatesInMinibatches || !(MINIBATCH_TRAINING_FIELDS as readonly string[]).includes(entry.field);
  return CONFIG_SCHEMA.filter((entry) => patchSets(recipe, entry) && !patchSets(PRESETS[presetName].patch, entry) && applies(entry) && readField(config, entry) === readField(base, entry)).map((entry) => ({
    name: entry.name,
    value: writeValue(readField(config, entry) as FieldValue),
  }));
}
