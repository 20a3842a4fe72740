// Reading one value from link text: numbers clamped and rounded with the reason, choices and booleans matched, the rest refused.

import { describe, expect, it } from 'vitest';
import type { FieldSpec } from '../sim/fields';
import fc from 'fast-check';
import { LINK_SIGNIFICANT_DIGITS, isAllowed, linkNumber, readValue, writeValue } from './url-values';

const RATE: FieldSpec = { kind: 'number', doc: 'A rate from 0 to 0.999.', min: 0, max: 0.999 };
const WIDTH: FieldSpec = { kind: 'number', doc: 'Units, 4 to 512.', min: 4, max: 512, integer: true };
const ENCODING: FieldSpec = { kind: 'choice', doc: 'flat or per-category.', choices: ['flat', 'per-category'] };
const SWITCH: FieldSpec = { kind: 'boolean', doc: 'On or off.' };

describe('readValue', () => {
  it('takes a number in range as written, in decimal or exponent notation', () => {
    expect(readValue(RATE, '0.5')).toEqual({ value: 0.5, problem: null });
    expect(readValue(RATE, ' 5e-1 ')).toEqual({ value: 0.5, problem: null });
    expect(readValue(RATE, '.25')).toEqual({ value: 0.25, problem: null });
    expect(readValue(WIDTH, '+64')).toEqual({ value: 64, problem: null });
  });

  it('clamps a number to the documented range and says so', () => {
    expect(readValue(RATE, '1.5')).toEqual({ value: 0.999, problem: { code: 'above-max', max: 0.999 } });
    expect(readValue(RATE, '-2')).toEqual({ value: 0, problem: { code: 'below-min', min: 0 } });
    expect(readValue(WIDTH, '1e999')).toEqual({ value: 512, problem: { code: 'above-max', max: 512 } });
  });

  it('rounds a whole-number field and says so', () => {
    expect(readValue(WIDTH, '7.6')).toEqual({ value: 8, problem: { code: 'not-whole', used: 8 } });
    expect(readValue(WIDTH, '600.4')).toMatchObject({ value: 512, problem: { code: 'above-max', max: 512 } });
  });

  it('reads -0 as the 0 a link would write', () => {
    expect(Object.is(readValue(RATE, '-0').value, 0)).toBe(true);
  });

  it.each(['', ' ', 'abc', 'NaN', 'Infinity', '0x10', '0b1', '1,5', '1e', '--1', '½'])('refuses %j as a number', (text) => {
    expect(readValue(RATE, text)).toEqual({ value: null, problem: { code: 'not-a-number' } });
  });

  it('matches a choice whatever its case, and refuses anything else', () => {
    expect(readValue(ENCODING, 'Per-Category')).toEqual({ value: 'per-category', problem: null });
    expect(readValue(ENCODING, 'deep')).toEqual({ value: null, problem: { code: 'not-a-choice', choices: ['flat', 'per-category'] } });
    expect(readValue(ENCODING, 'toString')).toEqual({ value: null, problem: { code: 'not-a-choice', choices: ['flat', 'per-category'] } });
  });

  it('reads the usual words for true and false', () => {
    for (const word of ['true', '1', 'YES', 'on']) expect(readValue(SWITCH, word).value).toBe(true);
    for (const word of ['false', '0', 'no', 'Off']) expect(readValue(SWITCH, word).value).toBe(false);
    expect(readValue(SWITCH, 'maybe')).toEqual({ value: null, problem: { code: 'not-a-boolean' } });
  });
});

describe('writeValue', () => {
  const wide: FieldSpec = { kind: 'number', doc: 'Any number from 0 to 1e10.', min: 0, max: 1e10 };

  it('writes text that reads back to the same value', () => {
    for (const value of [0.001, 1e-5, 1e-7, 0.3, 0.005, 4_294_967_295, 0.999, 0.9995]) expect(readValue(wide, writeValue(value)).value).toBe(value);
    expect(writeValue(false)).toBe('false');
    expect(writeValue('per-category')).toBe('per-category');
  });

  it('leaves float noise out of a link, and keeps whole numbers exact', () => {
    expect(writeValue(0.2014933333333333)).toBe('0.201493');
    expect(writeValue(0.1 + 0.2)).toBe('0.3');
    expect(writeValue(1 / 3)).toBe('0.333333');
    expect(writeValue(4_294_967_295)).toBe('4294967295');
    expect(writeValue(1e-5 * 3)).toBe('0.00003');
  });

  it('reads noisy text at a link\'s precision, so it writes back as the same text', () => {
    expect(readValue(wide, '0.2014933333333333')).toEqual({ value: 0.201493, problem: null });
    // Whole-number fields keep every digit (a seed is not rounded).
    const seed: FieldSpec = { kind: 'number', doc: 'A seed.', min: 0, max: 4_294_967_295, integer: true };
    expect(readValue(seed, '4294967295').value).toBe(4_294_967_295);
  });

  it(`property: any number in range reads back from its link text as itself at ${LINK_SIGNIFICANT_DIGITS} significant digits, and writes back as the same text`, () => {
    const rate: FieldSpec = { kind: 'number', doc: 'A rate.', min: 1e-5, max: 1 };
    fc.assert(
      fc.property(fc.double({ min: 1e-5, max: 1, noNaN: true }), (value) => {
        const text = writeValue(value);
        const read = readValue(rate, text);
        expect(read.problem).toBeNull();
        expect(read.value).toBe(linkNumber(value));
        expect(writeValue(read.value as number)).toBe(text);
        // Exact enough: within half a unit in the sixth significant digit.
        expect(Math.abs((read.value as number) - value)).toBeLessThanOrEqual(Math.abs(value) * 5e-6);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('isAllowed', () => {
  it('accepts only values the field documents', () => {
    expect(isAllowed(WIDTH, 64)).toBe(true);
    expect(isAllowed(WIDTH, 64.5)).toBe(false);
    expect(isAllowed(WIDTH, 1024)).toBe(false);
    expect(isAllowed(RATE, Number.NaN)).toBe(false);
    expect(isAllowed(ENCODING, 'deep')).toBe(false);
    expect(isAllowed(SWITCH, 'true')).toBe(false);
  });
});
