// The lab link: every field of every preset survives a round trip, unchanged fields are left out, and
// whatever a link gets wrong is corrected with a reason.

import { describe, expect, it } from 'vitest';
import type { LabConfig } from '../contracts/lab-config';
import type { FieldSpec } from '../sim/fields';
import { correctionList, fieldTaker, formatLabSearch, parseLabSearch, readConfigKeys, readFlag, searchOf, type LabLink } from './lab-url';
import { PRESET_NAMES, presetConfig, type PresetName } from './presets';
import { CONFIG_SCHEMA, patchField, readField, schemaEntry, type SchemaEntry } from './schema';
import { applyPatch } from '../contracts/lab-config';
import { LINK_VERSION, PLAIN_VIEW, fieldKey } from './url-keys';
import { linkNumber } from './url-values';

const link = (presetName: PresetName, config: LabConfig = presetConfig(presetName), view = PLAIN_VIEW): LabLink => ({ presetName, config, view });

/** A valid value of the field that differs from the given one. */
function otherValue(spec: FieldSpec, current: unknown): number | string | boolean {
  if (spec.kind === 'boolean') return !current;
  if (spec.kind === 'choice') return spec.choices.find((choice) => choice !== current) as string;
  // At a link's precision: the lab's controls only set such values (a link rounds float noise away).
  const middle = spec.integer ? Math.round((spec.min + spec.max) / 2) : linkNumber((spec.min + spec.max) / 2);
  return middle === current ? spec.min : middle;
}

describe('formatLabSearch', () => {
  it('writes a preset alone as the page, the version and its name', () => {
    expect(formatLabSearch(link('default'), 'train')).toBe('?page=train&v=5');
    for (const name of PRESET_NAMES.filter((other) => other !== 'default')) expect(formatLabSearch(link(name), 'train')).toBe(`?page=train&v=5&preset=${name}`);
  });

  it('writes only the fields that differ from the preset, knobs by their textbook names', () => {
    const config = applyPatch(presetConfig('myopic'), { dqn: { discount: 0.5 }, training: { trainingSeed: 7 } });
    expect(formatLabSearch(link('myopic', config), 'train')).toBe('?page=train&v=5&preset=myopic&gamma=0.5&seed=7');
    expect(formatLabSearch(link('myopic', config), null)).toBe('?v=5&preset=myopic&gamma=0.5&seed=7');
  });

  it('gives alpha and gamma to the chosen agent, and the other learner its own field names', () => {
    const config = applyPatch(presetConfig('tabular'), { tabular: { learningRate: 0.5 }, dqn: { learningRate: 0.01 } });
    expect(formatLabSearch(link('tabular', config), 'train')).toBe('?page=train&v=5&preset=tabular&alpha=0.5&learningRate=0.01');
  });

  it('writes a fixed exploration rate as one epsilon, and a changed schedule field by field', () => {
    const fixed = applyPatch(presetConfig('default'), { training: { explorationStart: 0.2, explorationEnd: 0.2, explorationDecaySteps: 0 } });
    expect(formatLabSearch(link('default', fixed), 'train')).toBe('?page=train&v=5&epsilon=0.2');
    const slower = applyPatch(presetConfig('default'), { training: { explorationDecaySteps: 50_000 } });
    expect(formatLabSearch(link('default', slower), 'train')).toBe('?page=train&v=5&explorationDecaySteps=50000');
  });

  it('writes the lecture options with readable commas', () => {
    const view = { hidden: ['alpha', 'advanced'] as const, present: true, autoplay: true };
    expect(formatLabSearch(link('default', undefined, { ...view, hidden: [...view.hidden] }), 'train')).toBe('?page=train&v=5&hide=alpha,advanced&present=1&autoplay=1');
  });
});

describe('parseLabSearch and formatLabSearch round trip', () => {
  it.each(PRESET_NAMES)('brings back every field of the %s preset changed on its own', (presetName) => {
    const base = presetConfig(presetName);
    for (const entry of CONFIG_SCHEMA) {
      const config = applyPatch(base, patchField({}, entry, otherValue(entry.spec, readField(base, entry))));
      const search = formatLabSearch(link(presetName, config), 'train');
      const parsed = parseLabSearch(search);
      expect(parsed.corrections, `${entry.name} in ${search}`).toEqual([]);
      expect(parsed.presetName).toBe(presetName);
      expect(parsed.config, `${entry.name} in ${search}`).toEqual(config);
    }
  });

  it('brings back every agent choice and a config that differs everywhere at once', () => {
    for (const agent of ['dqn', 'tabular', 'random', 'dp-oracle'] as const) {
      const base = presetConfig('default');
      let patch = {};
      for (const entry of CONFIG_SCHEMA) patch = patchField(patch, entry, otherValue(entry.spec, readField(base, entry)));
      // Both seeds' "other value" is the middle of the same range: keep them apart, as the lab always does.
      patch = patchField(patch, schemaEntry('evaluationSeed') as SchemaEntry, 2025);
      const config = applyPatch(base, { ...patch, agent });
      const parsed = parseLabSearch(formatLabSearch(link('default', config), 'train'));
      expect(parsed.corrections).toEqual([]);
      expect(parsed.config).toEqual(config);
    }
  });

  it('brings back the lecture options', () => {
    const view = { hidden: ['preset', 'gamma', 'backend'] as Array<'preset' | 'gamma' | 'backend'>, present: true, autoplay: false };
    expect(parseLabSearch(formatLabSearch(link('myopic', undefined, view), 'train')).view).toEqual(view);
  });

  it('uses a field key for every field, distinct from every other key', () => {
    const keys = CONFIG_SCHEMA.map(fieldKey);
    expect(new Set(keys).size).toBe(keys.length);
    for (const reserved of ['page', 'v', 'preset', 'agent', 'alpha', 'gamma', 'epsilon', 'hide', 'present', 'autoplay']) expect(keys).not.toContain(reserved);
  });
});

describe('parseLabSearch', () => {
  it('reads a hand-written link, knob aliases included', () => {
    const parsed = parseLabSearch('?page=train&preset=myopic&gamma=0.5&seed=7&epsilon=0.1');
    expect(parsed.corrections).toEqual([]);
    expect(parsed.presetName).toBe('myopic');
    expect(parsed.config.dqn.discount).toBe(0.5);
    expect(parsed.config.dqn.multiStep).toBe(1);
    expect(parsed.config.training).toMatchObject({ trainingSeed: 7, explorationStart: 0.1, explorationEnd: 0.1, explorationDecaySteps: 0 });
  });

  it('gives alpha and gamma to the agent the link chooses', () => {
    const parsed = parseLabSearch('?agent=tabular&alpha=0.3&gamma=0.9');
    expect(parsed.config.tabular).toMatchObject({ learningRate: 0.3, discount: 0.9 });
    expect(parsed.config.dqn.discount).toBe(presetConfig('default').dqn.discount);
  });

  it('opens an empty link as the default preset, without corrections', () => {
    expect(parseLabSearch('')).toEqual({ ...link('default'), corrections: [] });
    expect(parseLabSearch('?page=train')).toEqual({ ...link('default'), corrections: [] });
  });

  it('clamps out-of-range values to the documented range and lists why', () => {
    const parsed = parseLabSearch('?gamma=1.5&alpha=-3&hiddenWidth=7.6&seed=-1&steps=1e999');
    expect(parsed.config.dqn).toMatchObject({ discount: 0.999, learningRate: 1e-5, hiddenWidth: 8 });
    expect(parsed.config.training).toMatchObject({ trainingSeed: 0, totalSteps: 100_000_000 });
    expect(parsed.corrections).toEqual([
      { key: 'alpha', given: '-3', reason: { code: 'value', problem: { code: 'below-min', min: 0.00001 }, fallback: null } },
      { key: 'gamma', given: '1.5', reason: { code: 'value', problem: { code: 'above-max', max: 0.999 }, fallback: null } },
      { key: 'hiddenWidth', given: '7.6', reason: { code: 'value', problem: { code: 'not-whole', used: 8 }, fallback: null } },
      { key: 'seed', given: '-1', reason: { code: 'value', problem: { code: 'below-min', min: 0 }, fallback: null } },
      { key: 'steps', given: '1e999', reason: { code: 'value', problem: { code: 'above-max', max: 100_000_000 }, fallback: null } },
    ]);
  });

  it("keeps the preset's value for text that is no value at all, and says which", () => {
    const parsed = parseLabSearch('?preset=myopic&gamma=abc&observability=foggy&doubleDqn=maybe&agent=robot');
    expect(parsed.config).toEqual(presetConfig('myopic'));
    const refused = (problem: object, fallback: object) => ({ code: 'value', problem, fallback });
    expect(parsed.corrections.map(({ key, reason }) => [key, reason])).toEqual([
      ['agent', refused({ code: 'not-a-choice', choices: ['dqn', 'tabular', 'random', 'most-popular', 'myopic-oracle', 'heuristic', 'observation-planner', 'dp-oracle'] }, { kind: 'preset-agent', agent: 'dqn' })],
      ['gamma', refused({ code: 'not-a-number' }, { kind: 'preset-value', value: '0' })],
      ['observability', refused({ code: 'not-a-choice', choices: ['noisy', 'exact', 'hidden'] }, { kind: 'preset-value', value: 'noisy' })],
      ['doubleDqn', refused({ code: 'not-a-boolean' }, { kind: 'preset-value', value: 'true' })],
    ]);
  });

  it('falls back to the default preset and the current version, and ignores unknown keys', () => {
    const parsed = parseLabSearch('?v=9&preset=nonsense&gama=0.5&__proto__=1');
    expect(parsed.presetName).toBe('default');
    expect(parsed.config).toEqual(presetConfig('default'));
    expect(parsed.corrections.map((correction) => correction.key)).toEqual(['v', 'preset', 'gama', '__proto__']);
    expect(parsed.corrections.map((correction) => correction.reason.code)).toEqual(['link-version', 'unknown-preset', 'unknown-key', 'unknown-key']);
    expect(parsed.corrections[0].reason).toEqual({ code: 'link-version', version: LINK_VERSION });
  });

  it('uses the first of a repeated key, and the knob alias where two keys set one field', () => {
    const parsed = parseLabSearch('?discount=0.2&gamma=0.5&gamma=0.7&explorationEnd=0.3&epsilon=0.1');
    expect(parsed.config.dqn.discount).toBe(0.5);
    expect(parsed.config.training).toMatchObject({ explorationStart: 0.1, explorationEnd: 0.1, explorationDecaySteps: 0 });
    expect(parsed.corrections).toEqual([
      { key: 'gamma', given: '0.5, 0.7', reason: { code: 'repeated', times: 2, first: '0.5' } },
      { key: 'discount', given: '0.2', reason: { code: 'same-field', earlier: 'gamma' } },
      { key: 'explorationEnd', given: '0.3', reason: { code: 'same-field', earlier: 'epsilon' } },
    ]);
  });

  it('reads the lecture options, ignoring controls it cannot hide', () => {
    const parsed = parseLabSearch('?hide=advanced,%20alpha,,wings&present=1&autoplay=yes');
    expect(parsed.view).toEqual({ hidden: ['alpha', 'advanced'], present: true, autoplay: true });
    expect(parsed.corrections).toEqual([{ key: 'hide', given: 'wings', reason: { code: 'not-hideable', controls: ['preset', 'agent', 'alpha', 'gamma', 'epsilon', 'advanced', 'backend', 'inspector', 'explanations', 'runs'] } }]);
    expect(parseLabSearch('?present=banana').corrections[0].reason).toEqual({ code: 'value', problem: { code: 'not-a-boolean' }, fallback: { kind: 'off' } });
  });

  it('never trains on the evaluation cohort: a training seed equal to the evaluation seed moves, with the reason', () => {
    const parsed = parseLabSearch('?seed=2024');
    expect(parsed.config.training).toMatchObject({ trainingSeed: 1, evaluationSeed: 2024 });
    expect(parsed.corrections).toEqual([{ key: 'seed', given: '2024', reason: { code: 'training-on-cohort', seed: 2024, used: 1 } }]);
    // The same under the field's schema name, and the corrected link is written without the seed (the preset's).
    expect(parseLabSearch('?trainingSeed=2024').corrections.map((correction) => correction.key)).toEqual(['trainingSeed']);
    expect(formatLabSearch(parsed, 'train')).toBe('?page=train&v=5');
  });

  it('moves the training seed past the evaluation seed when the link makes the preset\'s seed the evaluation seed', () => {
    const parsed = parseLabSearch('?evaluationSeed=1&gamma=0.9');
    expect(parsed.config.training).toMatchObject({ trainingSeed: 2, evaluationSeed: 1 });
    expect(parsed.corrections).toEqual([{ key: 'evaluationSeed', given: '1', reason: { code: 'training-on-cohort', seed: 1, used: 2 } }]);
    // Both given and equal: the training seed's key is named, and the preset's seed trains.
    expect(parseLabSearch('?seed=9&evaluationSeed=9').corrections).toEqual([{ key: 'seed', given: '9', reason: { code: 'training-on-cohort', seed: 9, used: 1 } }]);
    expect(parseLabSearch('?seed=9&evaluationSeed=10').corrections).toEqual([]);
  });

  it('shortens a long value in its correction', () => {
    const [correction] = parseLabSearch(`?gamma=${'9'.repeat(500)}`).corrections;
    expect(correction.given).toHaveLength(40);
    expect(correction.given.endsWith('…')).toBe(true);
  });
});

describe('the link readers the compare link shares', () => {
  it('reads a config from keys under other names, each correction naming the key as written', () => {
    const { corrections, correct } = correctionList();
    const keys = new Map([
      ['agent', { key: 'bagent', text: 'tabular' }],
      ['tabularDiscount', { key: 'btabularDiscount', text: '0.3' }],
      ['gamma', { key: 'bgamma', text: '0.6' }],
      ['epsilon', { key: 'bepsilon', text: '2' }],
      ['colour', { key: 'bcolour', text: 'red' }],
    ]);
    const config = readConfigKeys(presetConfig('myopic'), keys, correct);
    expect(config.agent).toBe('tabular');
    expect(config.tabular.discount).toBe(0.6);
    expect(config.training).toMatchObject({ explorationStart: 1, explorationEnd: 1, explorationDecaySteps: 0 });
    // The agent first, then the knobs and epsilon, then the other names in the order given.
    expect(corrections.map(({ key, reason }) => `${key} ${reason.code}`)).toEqual(['bepsilon value', 'btabularDiscount same-field', 'bcolour unknown-key']);
    expect(corrections[1].reason).toEqual({ code: 'same-field', earlier: 'bgamma' });
  });

  it('takes each field once over its base, and keeps the base\'s value for unusable text', () => {
    const { corrections, correct } = correctionList();
    const seed = schemaEntry('trainingSeed') as SchemaEntry;
    const taker = fieldTaker(presetConfig('default'), correct);
    taker.take('trainingSeed', 'many', seed);
    taker.take('seed', '5', seed);
    expect(taker.patch()).toEqual({});
    expect(corrections.map((correction) => correction.reason)).toEqual([
      { code: 'value', problem: { code: 'not-a-number' }, fallback: { kind: 'preset-value', value: String(presetConfig('default').training.trainingSeed) } },
      { code: 'same-field', earlier: 'trainingSeed' },
    ]);
  });

  it('reads a flag as on, off or (unusable) off with a correction, and writes pairs with readable commas', () => {
    const { corrections, correct } = correctionList();
    const given = new Map([['autoplay', 'on'], ['present', 'perhaps']]);
    expect([readFlag(given, 'autoplay', correct), readFlag(given, 'present', correct), readFlag(given, 'missing', correct)]).toEqual([true, false, false]);
    expect(corrections.map((correction) => correction.key)).toEqual(['present']);
    expect(searchOf([['a', 'x y'], ['hide', 'alpha,gamma']])).toBe('?a=x%20y&hide=alpha,gamma');
  });
});
