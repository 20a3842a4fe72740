// The compare link: every side's settings survive a round trip, the seeds are written once for both,
// and whatever a link gets wrong is corrected with a code.

import { describe, expect, it } from 'vitest';
import { AGENT_CHOICES, applyPatch } from '../contracts/lab-config';
import { QUICK_STARTS, setupOf, withSharedField, withSideAgent, withSideEpsilon, withSideKnob, withSidePreset, type AbSetup } from './ab-setup';
import { formatAbSearch, parseAbSearch } from './ab-url';
import type { LinkCorrection } from './lab-url';
import { PRESET_NAMES, presetConfig } from './presets';
import { LINK_VERSION } from './url-keys';


const format = (setup: AbSetup, autoplay = false) => formatAbSearch({ setup, autoplay }, 'compare');
/** Each correction as `key:code`, a value's problem in place of the code 'value'. */
const codes = (corrections: readonly LinkCorrection[]) => corrections.map(({ key, reason }) => `${key}:${reason.code === 'value' ? reason.problem.code : reason.code}`);

describe('formatAbSearch', () => {
  it('writes two presets alone as the page, the version and the pair', () => {
    expect(format(setupOf('myopic', 'default'))).toBe('?page=compare&v=5&a=myopic&b=default');
  });

  it('writes the shared seeds once, unprefixed, and each side\'s own settings with its letter', () => {
    let setup = withSharedField(setupOf('default', 'default'), 'trainingSeed', 7);
    setup = withSharedField(setup, 'totalSteps', 20_000);
    setup = withSideKnob(setup, 'b', 'gamma', 0.9);
    setup = withSideEpsilon(setup, 'a', 0.2);
    expect(format(setup, true)).toBe('?page=compare&v=5&a=default&b=default&seed=7&steps=20000&aepsilon=0.2&bgamma=0.9&autoplay=1');
  });
});

describe('parseAbSearch', () => {
  it('reads back every link it writes, preset pairs and changed settings alike', () => {
    const setups: AbSetup[] = PRESET_NAMES.map((name, index) => setupOf(name, PRESET_NAMES[(index + 3) % PRESET_NAMES.length]));
    let edited = withSideAgent(setupOf('default', 'myopic'), 'a', 'tabular');
    edited = withSideKnob(edited, 'a', 'alpha', 0.3);
    edited = withSideKnob(edited, 'b', 'alpha', 0.002);
    edited = withSharedField(edited, 'catalogSeed', 9);
    edited = withSharedField(edited, 'evaluationInterval', 1000);
    edited = { ...edited, b: { ...edited.b, config: applyPatch(edited.b.config, { dqn: { multiStep: 5 } }) } };
    for (const setup of [...setups, edited]) {
      const parsed = parseAbSearch(format(setup));
      expect(parsed.corrections).toEqual([]);
      expect(parsed.setup).toEqual(setup);
    }
  });

  it('opens the first lesson pair when no side is named, and the default for a side left out', () => {
    expect(parseAbSearch('?page=compare').setup).toEqual(setupOf('myopic', 'default'));
    expect(parseAbSearch('?page=compare&b=one-step').setup).toEqual(setupOf('default', 'one-step'));
  });

  it('takes the shared budget from the lesson pair, else from side A\'s preset, and writes only what differs', () => {
    const tabularPair = setupOf('clicks-only', 'tabular');
    expect(parseAbSearch('?a=clicks-only&b=tabular').setup.a.config.training.totalSteps).toBe(2_000_000);
    expect(tabularPair.b.config.training).toEqual(tabularPair.a.config.training);
    expect(format(tabularPair)).toBe('?page=compare&v=5&a=clicks-only&b=tabular');
    expect(format(withSharedField(tabularPair, 'totalSteps', 5000))).toBe('?page=compare&v=5&a=clicks-only&b=tabular&steps=5000');
    expect(parseAbSearch('?a=myopic&b=default').setup.b.config.training.totalSteps).toBe(QUICK_STARTS[0].totalSteps);
    expect(parseAbSearch('?a=default&b=tabular').setup.b.config.training.totalSteps).toBe(presetConfig('default').training.totalSteps);
    expect(parseAbSearch('?a=tabular&b=default').setup.b.config.training.totalSteps).toBe(presetConfig('tabular').training.totalSteps);
  });

  it('gives both sides the same seeds and budget', () => {
    const { setup } = parseAbSearch('?a=myopic&b=tabular&seed=5&steps=3000&catalogSeed=8');
    for (const side of [setup.a, setup.b]) expect(side.config.training).toMatchObject({ trainingSeed: 5, totalSteps: 3000, catalogSeed: 8 });
    expect(setup.b.config.agent).toBe('tabular');
  });

  it('sets alpha and gamma of the side\'s own agent, and epsilon as a fixed rate', () => {
    const { setup } = parseAbSearch('?a=default&b=default&aagent=tabular&aalpha=0.4&bgamma=0&bepsilon=0.1');
    expect(setup.a.config.tabular.learningRate).toBe(0.4);
    expect(setup.a.config.dqn.learningRate).toBe(presetConfig('default').dqn.learningRate);
    expect(setup.b.config.dqn.discount).toBe(0);
    expect(setup.b.config.training).toMatchObject({ explorationStart: 0.1, explorationEnd: 0.1, explorationDecaySteps: 0 });
  });

  it('clamps, rounds or refuses bad values with the lab link\'s reasons, naming what it used instead', () => {
    const parsed = parseAbSearch('?a=nonsense&b=default&bgamma=7&aalpha=abc&steps=2500.6&seed=-3&bagent=robot&v=9');
    expect(parsed.corrections.map(({ key, reason }) => ({ key, reason }))).toEqual([
      { key: 'v', reason: { code: 'link-version', version: LINK_VERSION } },
      { key: 'a', reason: { code: 'unknown-preset', presets: PRESET_NAMES } },
      { key: 'steps', reason: { code: 'value', problem: { code: 'not-whole', used: 2501 }, fallback: null } },
      { key: 'seed', reason: { code: 'value', problem: { code: 'below-min', min: 0 }, fallback: null } },
      { key: 'aalpha', reason: { code: 'value', problem: { code: 'not-a-number' }, fallback: { kind: 'preset-value', value: String(presetConfig('default').dqn.learningRate) } } },
      { key: 'bagent', reason: { code: 'value', problem: { code: 'not-a-choice', choices: AGENT_CHOICES }, fallback: { kind: 'preset-agent', agent: 'dqn' } } },
      { key: 'bgamma', reason: { code: 'value', problem: { code: 'above-max', max: 0.999 }, fallback: null } },
    ]);
    expect(parsed.setup.a.presetName).toBe('default');
    expect(parsed.setup.b.config.dqn.discount).toBe(0.999);
    expect(parsed.setup.a.config.training).toMatchObject({ totalSteps: 2501, trainingSeed: 0 });
  });

  it('keeps the seeds shared and the settings per side: a misplaced key is ignored with the key to write', () => {
    const parsed = parseAbSearch('?a=myopic&b=default&aseed=4&gamma=0.5&colour=red&b=myopic&bgamma=0.2&bdiscount=0.3');
    expect(codes(parsed.corrections)).toEqual(['b:repeated', 'aseed:shared-only', 'gamma:per-side', 'colour:unknown-key', 'bdiscount:same-field']);
    expect(parsed.corrections.map((correction) => correction.reason).slice(1, 3)).toEqual([
      { code: 'shared-only', key: 'seed' },
      { code: 'per-side', sideKeys: ['agamma', 'bgamma'] },
    ]);
    expect(parsed.corrections[4].reason).toEqual({ code: 'same-field', earlier: 'bgamma' });
    expect(parsed.setup.a.config.training.trainingSeed).toBe(presetConfig('myopic').training.trainingSeed);
    expect(parsed.setup.b.presetName).toBe('default');
    expect(parsed.setup.b.config.dqn.discount).toBe(0.2);
  });

  it('never trains both sides on the evaluation cohort: one correction on the shared seed', () => {
    const parsed = parseAbSearch('?a=myopic&b=default&seed=2024');
    expect(parsed.setup.a.config.training.trainingSeed).toBe(1);
    expect(parsed.setup.b.config.training.trainingSeed).toBe(1);
    expect(parsed.corrections).toEqual([{ key: 'seed', given: '2024', reason: { code: 'training-on-cohort', seed: 2024, used: 1 } }]);
    expect(codes(parseAbSearch('?a=default&b=default&evaluationSeed=1').corrections)).toEqual(['evaluationSeed:training-on-cohort']);
    expect(parseAbSearch('?a=default&b=default&evaluationSeed=1').setup.b.config.training).toMatchObject({ trainingSeed: 2, evaluationSeed: 1 });
  });

  it('reads hostile text as text: markup and prototype keys change nothing', () => {
    const parsed = parseAbSearch('?a=<script>alert(1)</script>&__proto__=1&bconstructor=2&bgamma=1e400');
    expect(parsed.setup.a.presetName).toBe('default');
    expect(parsed.setup.b.config.dqn.discount).toBe(0.999);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(codes(parsed.corrections)).toEqual(['a:unknown-preset', '__proto__:unknown-key', 'bconstructor:unknown-key', 'bgamma:above-max']);
  });

  it('reads autoplay, and corrects a flag that is not one', () => {
    expect(parseAbSearch('?autoplay=1').autoplay).toBe(true);
    const parsed = parseAbSearch('?autoplay=maybe');
    expect(parsed.autoplay).toBe(false);
    expect(parsed.corrections).toEqual([{ key: 'autoplay', given: 'maybe', reason: { code: 'value', problem: { code: 'not-a-boolean' }, fallback: { kind: 'off' } } }]);
  });

  it('a preset change of one side keeps the shared seeds', () => {
    const setup = withSidePreset(withSharedField(setupOf('default', 'default'), 'trainingSeed', 11), 'a', 'one-step');
    expect(setup.a.config.training.trainingSeed).toBe(11);
    expect(parseAbSearch(format(setup)).setup).toEqual(setup);
  });
});
