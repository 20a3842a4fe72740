// One config value as link text, by its field descriptor: read leniently (clamped, rounded, or refused
// with the reason as a code the page words) and written canonically, so a value always survives a round trip.

import type { FieldSpec } from '../sim/fields';

export type FieldValue = number | string | boolean;

/**
 * Why link text was not taken as written. The first three still give a value (the one named); the
 * last three give none, and the caller says what is used instead.
 */
export type ValueProblem =
  | { code: 'above-max'; max: number }
  | { code: 'below-min'; min: number }
  | { code: 'not-whole'; used: number }
  | { code: 'not-a-number' }
  | { code: 'not-a-choice'; choices: readonly string[] }
  | { code: 'not-a-boolean' };

export interface ValueReading {
  /** The value to use, or null when the text is unusable and the preset's value stays. */
  value: FieldValue | null;
  /** Why the text was not taken as written, or null. */
  problem: ValueProblem | null;
}

/** Plain decimal notation, with an optional exponent: what String(number) writes. Number() alone would also take "0x1f", "" and " ". */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const TRUE_WORDS = ['true', '1', 'yes', 'on'];
const FALSE_WORDS = ['false', '0', 'no', 'off'];

export function readValue(spec: FieldSpec, text: string): ValueReading {
  const trimmed = text.trim();
  switch (spec.kind) {
    case 'number':
      return readNumber(spec.min, spec.max, spec.integer ?? false, trimmed);
    case 'choice': {
      const match = spec.choices.find((choice) => choice.toLowerCase() === trimmed.toLowerCase());
      return match === undefined ? { value: null, problem: { code: 'not-a-choice', choices: spec.choices } } : { value: match, problem: null };
    }
    case 'boolean': {
      const word = trimmed.toLowerCase();
      if (TRUE_WORDS.includes(word)) return { value: true, problem: null };
      if (FALSE_WORDS.includes(word)) return { value: false, problem: null };
      return { value: null, problem: { code: 'not-a-boolean' } };
    }
  }
}

function readNumber(min: number, max: number, integer: boolean, text: string): ValueReading {
  if (!DECIMAL.test(text)) return { value: null, problem: { code: 'not-a-number' } };
  const written = Number(text);
  const whole = integer ? Math.round(written) : written;
  // Adding 0 turns -0 into 0, so "-0" reads as the 0 a link would write.
  const value = Math.min(max, Math.max(min, whole)) + 0;
  if (whole > max) return { value, problem: { code: 'above-max', max } };
  if (whole < min) return { value, problem: { code: 'below-min', min } };
  if (whole !== written) return { value, problem: { code: 'not-whole', used: value } };
  return { value, problem: null };
}

/** The canonical text of a value: numbers as the shortest text that reads back to the same number. */
export function writeValue(value: FieldValue): string {
  return String(value);
}

/** True when a value is one the field allows: a finite number in range (whole if it must be), a listed choice, a boolean. */
export function isAllowed(spec: FieldSpec, value: unknown): boolean {
  switch (spec.kind) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) && value >= spec.min && value <= spec.max && (!spec.integer || Number.isInteger(value));
    case 'choice':
      return typeof value === 'string' && spec.choices.includes(value);
    case 'boolean':
      return typeof value === 'boolean';
  }
}
