// One config value as link text, by its field descriptor: read leniently (clamped, rounded, or refused
// with the reason in words) and written canonically, so a value always survives a round trip.

import type { FieldSpec } from '../sim/fields';

export type FieldValue = number | string | boolean;

export interface ValueReading {
  /** The value to use, or null when the text is unusable and the preset's value stays. */
  value: FieldValue | null;
  /** Why the text was not taken as written (a clause: "is above the largest value, 1, so 1 is used"), or null. */
  problem: string | null;
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
      return match === undefined ? { value: null, problem: `is not one of ${spec.choices.join(', ')}` } : { value: match, problem: null };
    }
    case 'boolean': {
      const word = trimmed.toLowerCase();
      if (TRUE_WORDS.includes(word)) return { value: true, problem: null };
      if (FALSE_WORDS.includes(word)) return { value: false, problem: null };
      return { value: null, problem: 'is not true or false' };
    }
  }
}

function readNumber(min: number, max: number, integer: boolean, text: string): ValueReading {
  if (!DECIMAL.test(text)) return { value: null, problem: 'is not a number' };
  const written = Number(text);
  const whole = integer ? Math.round(written) : written;
  // Adding 0 turns -0 into 0, so "-0" reads as the 0 a link would write.
  const value = Math.min(max, Math.max(min, whole)) + 0;
  if (whole > max) return { value, problem: `is above the largest value, ${max}, so ${max} is used` };
  if (whole < min) return { value, problem: `is below the smallest value, ${min}, so ${min} is used` };
  if (whole !== written) return { value, problem: `is not a whole number, so ${value} is used` };
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
