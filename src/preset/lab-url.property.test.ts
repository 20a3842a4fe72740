// Property: whatever a link holds (random text, real keys with hostile values, broken escapes), reading it
// never throws and always yields a valid lab; and what the lab writes back reads again without a correction.
// And a lab's numbers, float noise included, go into a link short and come back at the link's precision.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPatch, type LabConfig } from '../contracts/lab-config';
import { formatLabSearch, parseLabSearch, type ParsedLink } from './lab-url';
import { PRESET_NAMES, presetConfig } from './presets';
import { AGENT_FIELD, CONFIG_SCHEMA, KNOB_ALIASES, patchField, readField } from './schema';
import { HIDEABLE_CONTROLS, LINK_KEYS, PLAIN_VIEW, fieldKey } from './url-keys';
import { LINK_SIGNIFICANT_DIGITS, isAllowed, linkNumber } from './url-values';

const RUNS = 1000;

const KEYS = [...CONFIG_SCHEMA.flatMap((entry) => [entry.name, fieldKey(entry)]), ...Object.values(LINK_KEYS), ...Object.keys(KNOB_ALIASES), 'page'];
const HOSTILE_TEXT = ['', ' ', 'NaN', 'Infinity', '-Infinity', '1e999', '-1e999', '-0', '0x10', '1e-400', '9'.repeat(400), '__proto__', 'constructor', 'toString',
  '<script>alert(1)</script>', '%', '%zz', '%E0%A4%A', '\u0000', '\u202e', '😀', 'true', 'FALSE', ',,,', 'hidden', 'tabular', ...PRESET_NAMES, ...HIDEABLE_CONTROLS];

const value = fc.oneof(
  fc.constantFrom(...HOSTILE_TEXT),
  fc.double().map(String),
  fc.integer().map(String),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.array(fc.constantFrom(...HIDEABLE_CONTROLS, 'x', ''), { maxLength: 6 }).map((names) => names.join(',')),
);
const key = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...KEYS) }, fc.constantFrom('__proto__', 'constructor', 'hasOwnProperty', ''), fc.string({ maxLength: 12 }));
/** A query string as a person or an attacker might type it: pairs joined raw (unescaped & = # % included), or text alone. */
const query = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.tuple(key, value), { maxLength: 12 }).map((pairs) => `?${pairs.map(([name, text]) => `${name}=${text}`).join('&')}`) },
  fc.array(fc.tuple(key, value), { maxLength: 12 }).map((pairs) => `?${new URLSearchParams(pairs).toString()}`),
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

/** Every reason the parsed link is not a valid lab, or none. */
function problems(parsed: ParsedLink): string[] {
  const found: string[] = [];
  if (!PRESET_NAMES.includes(parsed.presetName)) found.push(`preset ${parsed.presetName}`);
  if (!isAllowed(AGENT_FIELD, parsed.config.agent)) found.push(`agent ${parsed.config.agent}`);
  for (const entry of CONFIG_SCHEMA) {
    const current = readField(parsed.config, entry);
    if (!isAllowed(entry.spec, current)) found.push(`${entry.name} = ${String(current)}`);
  }
  if (parsed.view.hidden.some((name) => !HIDEABLE_CONTROLS.includes(name))) found.push(`hidden ${parsed.view.hidden.join(',')}`);
  if (typeof parsed.view.present !== 'boolean' || typeof parsed.view.autoplay !== 'boolean') found.push('lecture flags');
  for (const section of ['sim', 'dqn', 'tabular', 'training'] as const) {
    const known = CONFIG_SCHEMA.filter((entry) => entry.section === section).map((entry) => entry.field).sort();
    if (JSON.stringify(Object.keys(parsed.config[section]).sort()) !== JSON.stringify(known)) found.push(`extra or missing keys in ${section}`);
  }
  return found;
}

describe('parseLabSearch on random and malicious links', () => {
  it(`never throws and always yields a valid config (${RUNS} links)`, () => {
    fc.assert(
      fc.property(query, (search) => {
        const parsed = parseLabSearch(search);
        expect(problems(parsed), search).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it(`writes back a link that reads as the same lab, without corrections (${RUNS} links)`, () => {
    fc.assert(
      fc.property(query, (search) => {
        const parsed = parseLabSearch(search);
        const again = parseLabSearch(formatLabSearch(parsed, 'train'));
        expect(again.corrections).toEqual([]);
        expect({ presetName: again.presetName, config: again.config, view: again.view }).toEqual({ presetName: parsed.presetName, config: parsed.config, view: parsed.view });
      }),
      { numRuns: RUNS },
    );
  });

  it('notices a bad value: a broken config fails the check', () => {
    // The check itself must be able to fail, or the properties above prove nothing.
    const parsed = parseLabSearch('?gamma=0.5');
    expect(problems({ ...parsed, config: { ...parsed.config, dqn: { ...parsed.config.dqn, discount: 2 } } })).toEqual(['discount = 2']);
    expect(problems({ ...parsed, config: { ...parsed.config, dqn: { ...parsed.config.dqn, hiddenWidth: 8.5 } } })).toEqual(['hiddenWidth = 8.5']);
  });
});

/** Significant digits of a decimal written in a link: "-0.00120" has 3, "1.5e-7" has 2. */
function significantDigits(text: string): number {
  return text.replace(/e.*$/i, '').replace(/[-+.]/g, '').replace(/^0+/, '').length;
}

/** The config with every fractional number at a link's precision: what a link of it can carry. */
function atLinkPrecision(config: LabConfig): LabConfig {
  let patch = {};
  for (const entry of CONFIG_SCHEMA) {
    const current = readField(config, entry);
    if (typeof current === 'number') patch = patchField(patch, entry, linkNumber(current));
  }
  return applyPatch(config, patch);
}

describe('numbers in links', () => {
  // Any number in each field's range, float noise included (a decayed epsilon, 0.1 + 0.2).
  const noisyConfig = fc
    .tuple(fc.constantFrom(...PRESET_NAMES), fc.array(fc.tuple(fc.constantFrom(...CONFIG_SCHEMA.filter((entry) => entry.spec.kind === 'number')), fc.double({ min: 0, max: 1, noNaN: true })), { maxLength: 8 }))
    .map(([presetName, changes]) => {
      let patch = {};
      for (const [entry, share] of changes) {
        if (entry.spec.kind !== 'number') continue;
        const { min, max, integer } = entry.spec;
        const value = min + share * (max - min);
        patch = patchField(patch, entry, integer ? Math.round(value) : value);
      }
      return { presetName, config: applyPatch(presetConfig(presetName), patch) };
    })
    // A training seed equal to the evaluation seed is corrected on purpose (the cohort guard has its own tests).
    .filter(({ config }) => config.training.trainingSeed !== config.training.evaluationSeed);

  it(`property: a link's numbers are short, and parse(format(lab)) is the lab at a link's precision, which formats to the same link (${RUNS} labs)`, () => {
    fc.assert(
      fc.property(noisyConfig, ({ presetName, config }) => {
        const search = formatLabSearch({ presetName, config, view: PLAIN_VIEW }, 'train');
        for (const [key, text] of new URLSearchParams(search)) if (key !== 'page' && text.includes('.')) expect(significantDigits(text), text).toBeLessThanOrEqual(LINK_SIGNIFICANT_DIGITS);
        const parsed = parseLabSearch(search);
        expect(parsed.corrections).toEqual([]);
        expect(parsed.config).toEqual(atLinkPrecision(config));
        // A lab at a link's precision (all the controls set) comes back exactly.
        expect(parseLabSearch(formatLabSearch({ presetName, config: parsed.config, view: PLAIN_VIEW }, 'train')).config).toEqual(parsed.config);
        expect(formatLabSearch({ presetName, config: parsed.config, view: PLAIN_VIEW }, 'train')).toBe(search);
      }),
      { numRuns: RUNS },
    );
  });

  it('writes a decayed epsilon captured as a fixed one without its float noise', () => {
    const config = presetConfig('default');
    const fixed = { ...config, training: { ...config.training, explorationStart: 0.2014933333333333, explorationEnd: 0.2014933333333333, explorationDecaySteps: 0 } };
    expect(formatLabSearch({ presetName: 'default', config: fixed, view: PLAIN_VIEW }, 'train')).toBe('?page=train&v=5&epsilon=0.201493');
  });
});
