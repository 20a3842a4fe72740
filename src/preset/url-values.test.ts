// Reading one value from link text: numbers clamped and rounded with the reason, choices and booleans matched, the rest refused.

import { describe, expect, it } from 'vitest';
import type { FieldSpec } from '../sim/fields';
import { isAllowed, readValue, writeValue } from './url-values';

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
  it('writes text that reads back to the same value', () => {
    const wide: FieldSpec = { kind: 'number', doc: 'Any number from 0 to 1e10.', min: 0, max: 1e10 };
    for (const value of [0.001, 1e-5, 1e-7, 0.1 + 0.2, 4_294_967_295, 0.999]) expect(readValue(wide, writeValue(value)).value).toBe(value);
    expect(writeValue(false)).toBe('false');
    expect(writeValue('per-category')).toBe('per-category');
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
