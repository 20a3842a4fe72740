// Property: the whole address round-trips. For any page, language and page state the lab can hold, writing
// the address and reading it back gives the same page, language and state, with nothing to tell the reader;
// and reading any text at all never throws and yields a valid address (the notices say what was corrected).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPatch, type LabConfig, type LabConfigPatch } from '../contracts/lab-config';
import { AB_SIDES, SHARED_ENTRIES, isSharedEntry, presetOnShared, setupOf } from './ab-setup';
import { PAGE_IDS, formatAddress, parseAddress, type Address, type ParsedAddress } from './address';
import { LESSON_STEPS_RANGE } from './lessons-url';
import { LANGUAGES } from './link-language';
import { MAX_SEED, MAX_SHOPPER_INDEX } from './play-url';
import { PRESET_NAMES, presetConfig } from './presets';
import { AGENT_FIELD, CONFIG_SCHEMA, KNOB_ALIASES, patchField, readField, type SchemaEntry } from './schema';
import { HIDEABLE_CONTROLS, LINK_KEYS, fieldKey } from './url-keys';
import { isAllowed, linkNumber } from './url-values';

const RUNS = 400;

/** A value a lab control can set: in the field's range, fractional numbers at a link's precision (6 significant digits). */
function fieldValue(entry: SchemaEntry): fc.Arbitrary<unknown> {
  const { spec } = entry;
  if (spec.kind === 'boolean') return fc.boolean();
  if (spec.kind === 'choice') return fc.constantFrom(...spec.choices);
  const { min, max, integer } = spec;
  return fc.double({ min: 0, max: 1, noNaN: true }).map((share) => {
    const value = min + share * (max - min);
    return integer ? Math.round(value) : Math.min(max, Math.max(min, linkNumber(value)));
  });
}

/** A patch of up to eight fields drawn from some entries, and maybe an agent. */
function patchOf(entries: readonly SchemaEntry[], withAgent: boolean): fc.Arbitrary<LabConfigPatch> {
  const changes = fc.array(fc.constantFrom(...entries).chain((entry) => fieldValue(entry).map((value) => [entry, value] as const)), { maxLength: 8 });
  const agent = withAgent && AGENT_FIELD.kind === 'choice' ? fc.option(fc.constantFrom(...(AGENT_FIELD.choices as readonly LabConfig['agent'][])), { nil: undefined }) : fc.constant(undefined);
  return fc.tuple(changes, agent).map(([pairs, chosen]) => {
    const patch = pairs.reduce<LabConfigPatch>((sum, [entry, value]) => patchField(sum, entry, value), {});
    return chosen === undefined ? patch : { ...patch, agent: chosen };
  });
}

/** Training on the evaluation cohort is corrected on purpose (the cohort guard has its own tests). */
const offCohort = (config: LabConfig) => config.training.trainingSeed !== config.training.evaluationSeed;

const preset = fc.constantFrom(...PRESET_NAMES);
const view = fc.record({ hidden: fc.subarray([...HIDEABLE_CONTROLS]), present: fc.boolean(), autoplay: fc.boolean() });
const labState = fc
  .tuple(preset, patchOf(CONFIG_SCHEMA, true), view)
  .map(([presetName, patch, lectureView]) => ({ presetName, config: applyPatch(presetConfig(presetName), patch), view: lectureView }))
  .filter(({ config }) => offCohort(config));

const SIDE_ENTRIES = CONFIG_SCHEMA.filter((entry) => !isSharedEntry(entry));
const compareState = fc
  .tuple(preset, preset, patchOf(SHARED_ENTRIES, false), patchOf(SIDE_ENTRIES, true), patchOf(SIDE_ENTRIES, true), fc.boolean())
  .map(([a, b, sharedPatch, aPatch, bPatch, autoplay]) => {
    // Both sides share the seeds and budget: the pair's own, with the shared changes; each side its own settings over its preset.
    const shared = applyPatch(setupOf(a, b).a.config, sharedPatch);
    const side = (name: typeof a, patch: LabConfigPatch) => ({ presetName: name, config: applyPatch(presetOnShared(name, shared), patch) });
    return { setup: { a: side(a, aPatch), b: side(b, bPatch) }, autoplay };
  })
  .filter(({ setup }) => offCohort(setup.a.config));

const playState = fc.record({ seed: fc.integer({ min: 0, max: MAX_SEED }), shopperIndex: fc.integer({ min: 0, max: MAX_SHOPPER_INDEX }) });
const lessonsState = fc.record({
  lesson: fc.option(fc.stringMatching(/^[a-z0-9]{1,12}(-[a-z0-9]{1,12}){0,2}$/), { nil: null }),
  steps: fc.option(fc.integer(LESSON_STEPS_RANGE), { nil: null }),
}).filter(({ lesson, steps }) => lesson !== null || steps !== null); // neither is the page alone (state null)
const language = fc.constantFrom(null, ...LANGUAGES);
/** Codes as a link hands them to the board (the board decodes them): any text without spaces around it; none is the page alone. */
const boardState = fc.record({ added: fc.array(fc.string({ minLength: 1 }).filter((code) => code.trim() === code && code !== ''), { minLength: 1, maxLength: 4 }) });

const address: fc.Arbitrary<Address> = fc.oneof(
  fc.record({ page: fc.constant('play' as const), state: fc.option(playState, { nil: null }), language }),
  fc.record({ page: fc.constant('train' as const), state: fc.option(labState, { nil: null }), language }),
  fc.record({ page: fc.constant('compare' as const), state: fc.option(compareState, { nil: null }), language }),
  fc.record({ page: fc.constant('lessons' as const), state: fc.option(lessonsState, { nil: null }), language }),
  fc.record({ page: fc.constant('board' as const), state: fc.option(boardState, { nil: null }), language }),
);

/** Every reason a config is not one the lab can run, or none. */
function configProblems(config: LabConfig): string[] {
  const found = isAllowed(AGENT_FIELD, config.agent) ? [] : [`agent ${config.agent}`];
  for (const entry of CONFIG_SCHEMA) if (!isAllowed(entry.spec, readField(config, entry))) found.push(`${entry.name} = ${String(readField(config, entry))}`);
  return found;
}

/** Every reason a read address is not a valid one, or none (notices aside). */
function addressProblems(parsed: ParsedAddress): string[] {
  const found: string[] = [];
  if (!PAGE_IDS.includes(parsed.page)) found.push(`page ${parsed.page}`);
  if (parsed.language !== null && !LANGUAGES.includes(parsed.language)) found.push(`language ${parsed.language}`);
  if (parsed.state === null) return found;
  if (parsed.page === 'play') {
    const { seed, shopperIndex } = parsed.state;
    if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) found.push(`seed ${seed}`);
    if (!Number.isInteger(shopperIndex) || shopperIndex < 0 || shopperIndex > MAX_SHOPPER_INDEX) found.push(`shopper ${shopperIndex}`);
  } else if (parsed.page === 'train') {
    if (!PRESET_NAMES.includes(parsed.state.presetName)) found.push(`preset ${parsed.state.presetName}`);
    found.push(...configProblems(parsed.state.config));
    if (parsed.state.view.hidden.some((name) => !HIDEABLE_CONTROLS.includes(name))) found.push(`hidden ${parsed.state.view.hidden.join(',')}`);
  } else if (parsed.page === 'lessons') {
    const { lesson, steps } = parsed.state;
    if (lesson !== null && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(lesson)) found.push(`lesson ${lesson}`);
    if (steps !== null && (!Number.isInteger(steps) || steps < LESSON_STEPS_RANGE.min || steps > LESSON_STEPS_RANGE.max)) found.push(`steps ${steps}`);
  } else if (parsed.page === 'board') {
    if (parsed.state.added.some((code) => code.trim() === '' || code.trim() !== code)) found.push(`added ${parsed.state.added.join(',')}`);
  } else {
    for (const side of AB_SIDES) {
      if (!PRESET_NAMES.includes(parsed.state.setup[side].presetName)) found.push(`preset ${side} ${parsed.state.setup[side].presetName}`);
      found.push(...configProblems(parsed.state.setup[side].config).map((problem) => `${side}: ${problem}`));
    }
    for (const entry of SHARED_ENTRIES) if (readField(parsed.state.setup.a.config, entry) !== readField(parsed.state.setup.b.config, entry)) found.push(`sides differ on ${entry.name}`);
  }
  return found;
}

/** The address a read one describes, without what it tells the reader. */
const described = ({ page, state, language: named }: ParsedAddress) => ({ page, state, language: named }) as Address;

const KEYS = ['page', 'lang', 'seed', 'shopper', 'lesson', 'steps', 'a', 'b', 'aagent', 'bgamma', ...CONFIG_SCHEMA.map(fieldKey), ...Object.values(LINK_KEYS), ...Object.keys(KNOB_ALIASES)];
const TEXT = ['', 'play', 'train', 'compare', 'lessons', 'board', 'add', 'QSL1-', 'discounting', 'Target-Network', '1000', '999', 'zh', 'zh-CN', 'EN', 'fr', 'NaN', '-1', '1e999', '4294967296', '7.5', '__proto__', '%', '%zz', '😀', ...PRESET_NAMES, ...HIDEABLE_CONTROLS];
const value = fc.oneof(fc.constantFrom(...TEXT), fc.integer().map(String), fc.double().map(String), fc.string({ maxLength: 20 }));
const key = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...KEYS) }, fc.string({ maxLength: 10 }));
/** What a person or an attacker might put in an address bar: pairs joined raw or escaped, or any text at all. */
const anyText = fc.oneof(
  { weight: 3, arbitrary: fc.array(fc.tuple(key, value), { maxLength: 10 }).map((pairs) => `?${pairs.map(([name, text]) => `${name}=${text}`).join('&')}`) },
  fc.array(fc.tuple(key, value), { maxLength: 10 }).map((pairs) => `?${new URLSearchParams(pairs).toString()}`),
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

describe('the whole address', () => {
  it(`property: reading a written address gives back its page, language and state, with no notice (${RUNS} addresses)`, () => {
    fc.assert(
      fc.property(address, (written) => {
        const search = formatAddress(written);
        const parsed = parseAddress(search);
        expect(described(parsed), search).toEqual(written);
        expect([parsed.notice ?? []].flat(), search).toEqual([]);
        expect(parsed.unknownLanguage, search).toBeNull();
      }),
      { numRuns: RUNS },
    );
  });

  it(`property: any text reads as a valid address, without throwing, and writes back to one that reads the same, quietly (${RUNS} texts)`, () => {
    fc.assert(
      fc.property(anyText, (search) => {
        const parsed = parseAddress(search);
        expect(addressProblems(parsed), search).toEqual([]);
        const again = parseAddress(formatAddress(described(parsed)));
        expect(described(again), search).toEqual(described(parsed));
        expect([again.notice ?? []].flat(), search).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('notices an invalid address: a broken state fails the check', () => {
    // The check must be able to fail, or the property above proves nothing.
    const lab = parseAddress('?page=train&gamma=0.5');
    if (lab.page !== 'train' || lab.state === null) throw new Error('the training link was not read as one');
    expect(addressProblems({ ...lab, state: { ...lab.state, config: { ...lab.state.config, dqn: { ...lab.state.config.dqn, discount: 2 } } } })).toEqual(['discount = 2']);
    expect(addressProblems({ ...parseAddress('?seed=1'), state: { seed: -1, shopperIndex: 0.5 } } as ParsedAddress)).toEqual(['seed -1', 'shopper 0.5']);
    const compare = parseAddress('?page=compare&a=default');
    if (compare.page !== 'compare' || compare.state === null) throw new Error('the compare link was not read as one');
    const { a, b } = compare.state.setup;
    const apart = { ...compare.state, setup: { a, b: { ...b, config: { ...b.config, training: { ...b.config.training, totalSteps: b.config.training.totalSteps + 1 } } } } };
    expect(addressProblems({ ...compare, state: apart })).toEqual(['sides differ on totalSteps']);
  });
});
