// Links of an older version rebuild the lab their author shared: the defaults they were written against lie
// under the preset and the link's own fields, with a notice naming what those defaults gave; written again,
// they become current links that say those values themselves.

import { describe, expect, it } from 'vitest';
import { configSectionOf, kindOfChoice } from '../contracts/agent-kinds';
import { DEFAULT_LAB_CONFIG, applyPatch, type LabConfig, type LabConfigPatch } from '../contracts/lab-config';
import { OLDER_LINK_DEFAULTS } from '../testing/link-defaults';
import { parseAbSearch } from './ab-url';
import { formatLabSearch, parseLabSearch } from './lab-url';
import { LINK_RECIPES } from './link-recipes';
import { PRESETS, PRESET_NAMES, presetConfig, type PresetName } from './presets';
import { checkSettings } from './result-code-check';
import { CONFIG_SCHEMA, readField, schemaEntry, type SchemaEntry } from './schema';
import { setupOf } from './ab-setup';
import { LINK_VERSION, PLAIN_VIEW } from './url-keys';
import { writeValue, type FieldValue } from './url-values';

const V1 = LINK_RECIPES[1];

/** What a v1 link of this preset (and these fields of its own) named when it was written. */
function v1Config(name: PresetName, own: LabConfigPatch = {}): LabConfig {
  return applyPatch(applyPatch(applyPatch(DEFAULT_LAB_CONFIG, V1), PRESETS[name].patch), own);
}

const sets = (patch: LabConfigPatch, entry: SchemaEntry) => Object.hasOwn((patch[entry.section] ?? {}) as object, entry.field);

/** The v1 recipe's settings a preset leaves to the defaults, for its own agent: what the notice names. */
function expectedNotice(name: PresetName, own: LabConfigPatch = {}): Array<{ name: string; value: string }> {
  const config = v1Config(name, own);
  // The agent's own section, and the pace of updates (a training field) for an agent that learns in minibatches.
  const named = (entry: SchemaEntry) => entry.section === configSectionOf(config.agent) || (entry.section === 'training' && kindOfChoice(config.agent).learning === 'minibatch');
  return CONFIG_SCHEMA.filter((entry) => sets(V1, entry) && !sets(PRESETS[name].patch, entry) && !sets(own, entry))
    .filter(named)
    .map((entry) => ({ name: entry.name, value: writeValue(readField(config, entry) as FieldValue) }));
}

const LOSS = schemaEntry('loss') as SchemaEntry;
const DISCOUNT = schemaEntry('discount') as SchemaEntry;

describe('link versions', () => {
  it('every default a v1 link leaves unsaid is the one it was written against: a changed default needs a new link version', () => {
    for (const [version, recipe] of Object.entries(LINK_RECIPES)) {
      expect(
        applyPatch(DEFAULT_LAB_CONFIG, recipe),
        `A default changed since link version ${version}: raise LINK_VERSION in src/preset/url-keys.ts and keep the old value in src/preset/link-recipes.ts, or old links train another agent than their authors shared.`,
      ).toEqual(OLDER_LINK_DEFAULTS[Number(version)]);
    }
    expect(Object.keys(OLDER_LINK_DEFAULTS)).toEqual(Object.keys(LINK_RECIPES));
    expect(Number(Object.keys(LINK_RECIPES).at(-1))).toBeLessThan(LINK_VERSION);
  });

  it('writes the current version and reads its own links back unchanged, without notices', () => {
    const labs: Array<[PresetName, LabConfig]> = [
      ['default', presetConfig('default')],
      ['trust-hidden', applyPatch(presetConfig('trust-hidden'), { dqn: { loss: 'squared', discount: 0.95, learningRate: 0.002 } })],
      ['one-step', applyPatch(presetConfig('one-step'), { dqn: { loss: 'huber', discount: 0.99 } })],
      ['myopic', applyPatch(presetConfig('myopic'), { dqn: { loss: 'squared' } })],
    ];
    for (const [presetName, config] of labs) {
      const search = formatLabSearch({ presetName, config, view: PLAIN_VIEW }, 'train');
      expect(search).toMatch(new RegExp(`^\\?page=train&v=${LINK_VERSION}(&|$)`));
      const read = parseLabSearch(search);
      expect(read.corrections).toEqual([]);
      expect(read.config).toEqual(config);
    }
  });

  it.each(PRESET_NAMES)('a v1 link of %s rebuilds the config it named, with a notice of what the old defaults gave', (name) => {
    const read = parseLabSearch(`?page=train&v=1&preset=${name}&seed=7`);
    expect(read.presetName).toBe(name);
    expect(read.config).toEqual(v1Config(name, { training: { trainingSeed: 7 } }));
    const settings = expectedNotice(name);
    expect(read.corrections).toEqual(settings.length === 0 ? [] : [{ key: 'v', given: '1', reason: { code: 'earlier-recipe', version: 1, settings } }]);
  });

  it('names the old step size, loss, gamma, averaging and pace of updates for the default preset, and only what the preset leaves to the defaults for the others', () => {
    const names = (search: string) => parseLabSearch(search).corrections.flatMap(({ reason }) => (reason.code === 'earlier-recipe' ? reason.settings.map((setting) => setting.name) : []));
    expect(names('?v=1')).toEqual(['learningRate', 'loss', 'discount', 'policyAveraging', 'trainFrequency']);
    expect(names('?v=1&preset=myopic')).toEqual(['learningRate', 'loss', 'policyAveraging', 'trainFrequency']);
    // The table learns on every step: the pace of minibatch updates changes nothing it trains.
    expect(names('?v=1&preset=tabular')).toEqual([]);
    expect(names('?v=2')).toEqual(['learningRate', 'policyAveraging', 'trainFrequency']);
    // The textbook presets name their own averaging (none), pace (an update every 4 steps) and step size (0.001),
    // so a version 2, 3 or 4 link of one means today what it meant then.
    expect(names('?v=2&preset=one-step')).toEqual([]);
    expect(names('?v=3')).toEqual(['learningRate', 'trainFrequency']);
    expect(names('?v=3&preset=one-step')).toEqual([]);
    expect(names('?v=3&preset=tabular')).toEqual([]);
    expect(names('?v=4')).toEqual(['learningRate']);
    expect(names('?v=4&preset=no-target-network')).toEqual([]);
    // The table has a step size of its own: the DQN's changes nothing it trains.
    expect(names('?v=4&preset=tabular')).toEqual([]);
    // A link that names alpha itself keeps it, and the notice does not name it.
    expect(names('?v=4&alpha=0.002')).toEqual([]);
  });

  it('reads a v4 link on the step size 0.001, and writes it again naming that step size', () => {
    const read = parseLabSearch('?page=train&v=4&seed=7');
    expect(read.config).toEqual(applyPatch(presetConfig('default'), { dqn: { learningRate: 0.001 }, training: { trainingSeed: 7 } }));
    expect(read.config.dqn.learningRate).not.toBe(presetConfig('default').dqn.learningRate);
    const params = new URLSearchParams(formatLabSearch(read, 'train'));
    expect(params.get('v')).toBe(String(LINK_VERSION));
    expect(params.get('alpha')).toBe('0.001');
    expect(parseLabSearch(`?${params.toString()}`).config).toEqual(read.config);
    expect(parseLabSearch('?page=train&v=4&preset=tabular').corrections).toEqual([]);
  });

  it('reads a v3 link on an update every 4 steps, and writes it again naming that pace', () => {
    const read = parseLabSearch('?page=train&v=3&seed=7');
    expect(read.config).toEqual(applyPatch(presetConfig('default'), { dqn: { learningRate: 0.001 }, training: { trainFrequency: 4, trainingSeed: 7 } }));
    expect(read.config.training.trainFrequency).not.toBe(presetConfig('default').training.trainFrequency);
    const params = new URLSearchParams(formatLabSearch(read, 'train'));
    expect(params.get('v')).toBe(String(LINK_VERSION));
    expect(params.get('trainFrequency')).toBe('4');
    expect(parseLabSearch(`?${params.toString()}`).config).toEqual(read.config);
    // A table's v3 link reads as today's table: the pace of updates is not the table's, and no notice names it.
    const table = parseLabSearch('?page=train&v=3&preset=tabular');
    expect(table.corrections).toEqual([]);
  });

  it('reads a v2 link on its short policy average, and writes it again naming that average', () => {
    const read = parseLabSearch('?page=train&v=2&seed=7');
    expect(read.config).toEqual(applyPatch(presetConfig('default'), { dqn: { policyAveraging: LINK_RECIPES[2].dqn?.policyAveraging, learningRate: 0.001 }, training: { trainFrequency: 4, trainingSeed: 7 } }));
    expect(read.config.dqn.policyAveraging).not.toBe(presetConfig('default').dqn.policyAveraging);
    const params = new URLSearchParams(formatLabSearch(read, 'train'));
    expect(params.get('v')).toBe(String(LINK_VERSION));
    expect(parseLabSearch(`?${params.toString()}`).config).toEqual(read.config);
  });

  it('keeps a v1 link\'s own loss or gamma over the old defaults', () => {
    const gamma = parseLabSearch('?v=1&preset=trust-hidden&alpha=0.002&gamma=0.5');
    expect(gamma.config).toEqual(v1Config('trust-hidden', { dqn: { learningRate: 0.002, discount: 0.5 } }));
    expect(gamma.corrections.map(({ reason }) => reason)).toEqual([{ code: 'earlier-recipe', version: 1, settings: expectedNotice('trust-hidden', { dqn: { learningRate: 0.002, discount: 0.5 } }) }]);
    const loss = parseLabSearch('?v=1&loss=squared');
    expect(loss.config.dqn.loss).toBe('squared');
    expect(loss.config.dqn.discount).toBe(V1.dqn?.discount);
  });

  it('writes a v1 link again as a current link that names the recipe\'s values where the preset now differs', () => {
    for (const name of ['default', 'trust-hidden', 'myopic', 'one-step'] as const) {
      const read = parseLabSearch(`?page=train&v=1&preset=${name}&seed=7`);
      const written = formatLabSearch(read, 'train');
      const params = new URLSearchParams(written);
      expect(params.get('v')).toBe(String(LINK_VERSION));
      const now = presetConfig(name);
      // gamma is the DQN's discount knob; loss is written under its own name.
      expect(params.get('gamma')).toBe(readField(now, DISCOUNT) === readField(read.config, DISCOUNT) ? null : writeValue(read.config.dqn.discount));
      expect(params.get('loss')).toBe(readField(now, LOSS) === readField(read.config, LOSS) ? null : read.config.dqn.loss);
      const again = parseLabSearch(written);
      expect(again.corrections).toEqual([]);
      expect(again.config).toEqual(read.config);
    }
  });

  it('reads a link without a version as the current version, and a newer version as the current one with a correction', () => {
    const bare = parseLabSearch('?preset=trust-hidden&alpha=0.002');
    expect(bare.corrections).toEqual([]);
    expect(bare.config).toEqual(applyPatch(presetConfig('trust-hidden'), { dqn: { learningRate: 0.002 } }));
    const newer = parseLabSearch(`?v=${LINK_VERSION + 1}&preset=trust-hidden&alpha=0.002`);
    expect(newer.config).toEqual(bare.config);
    expect(newer.corrections).toEqual([{ key: 'v', given: String(LINK_VERSION + 1), reason: { code: 'link-version', version: LINK_VERSION } }]);
    expect(parseLabSearch('?v=0').corrections.map(({ reason }) => reason.code)).toEqual(['link-version']);
    expect(parseLabSearch('?v=one').corrections.map(({ reason }) => reason.code)).toEqual(['link-version']);
  });

  it('reads a v1 compare link with each side on the old defaults, in one notice', () => {
    const read = parseAbSearch('?page=compare&v=1&a=myopic&b=default&bgamma=0.9');
    const pair = setupOf('myopic', 'default');
    // Each side learns at the v1 pace (an update every 4 steps) on the pair's shared budget and seeds.
    const v1Pace = { trainFrequency: V1.training?.trainFrequency };
    expect(read.setup.a.config).toEqual({ ...v1Config('myopic'), training: { ...pair.a.config.training, ...v1Pace } });
    expect(read.setup.b.config).toEqual({ ...v1Config('default', { dqn: { discount: 0.9 } }), training: { ...pair.b.config.training, ...v1Pace } });
    const settings = [...expectedNotice('myopic'), ...expectedNotice('default', { dqn: { discount: 0.9 } })];
    const unique = settings.filter((setting, index) => settings.findIndex((other) => other.name === setting.name && other.value === setting.value) === index);
    expect(read.corrections).toEqual([{ key: 'v', given: '1', reason: { code: 'earlier-recipe', version: 1, settings: unique } }]);
    expect(parseAbSearch('?page=compare&a=myopic&b=default').setup).toEqual(pair);
  });

  it('accepts a result code\'s v1 settings as v1 wrote them, and still refuses them rewritten', () => {
    expect(checkSettings({ presetName: 'myopic', settings: '?v=1&preset=myopic&gamma=0.5&seed=7', trainingSeed: 7 })).toBeNull();
    expect(checkSettings({ presetName: 'default', settings: '?v=1&seed=7', trainingSeed: 7 })).toBeNull();
    expect(checkSettings({ presetName: 'myopic', settings: '?v=1&preset=myopic&seed=7&gamma=0.5', trainingSeed: 7 })).toEqual({ code: 'inconsistent', problem: 'settings-rewritten' });
    expect(checkSettings({ presetName: 'myopic', settings: '?v=1&preset=myopic&gamma=7&seed=7', trainingSeed: 7 })).toEqual({ code: 'inconsistent', problem: 'settings-corrected' });
  });
});
