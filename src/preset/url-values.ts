// One config value as link text, by its field descriptor: read leniently (clamped, rounded, or refused
// with the reason as a code the page words) and written canonically, so a value always survives a round trip.

import type { ValueProblem } from '../contracts/link-correction';
import type { FieldSpec } from '../sim/fields';

export type FieldValue = number | string | boolean;

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

/**
 * Significant digits a link keeps of a fractional number: enough for every value the lab's controls set
 * (sliders move by 0.001 or three digits on a log scale), few enough that float noise (0.1 + 0.2, a decayed
 * epsilon) never reaches a link. Whole numbers (seeds, counts) are kept exactly.
 */
export const LINK_SIGNIFICANT_DIGITS = 6;

/** A number at a link's precision: whole numbers as they are, others to LINK_SIGNIFICANT_DIGITS; linkNumber(linkNumber(x)) = linkNumber(x). */
export function linkNumber(value: number): number {
  return Number.isInteger(value) || !Number.isFinite(value) ? value : Number(value.toPrecision(LINK_SIGNIFICANT_DIGITS));
}

function readNumber(min: number, max: number, integer: boolean, text: string): ValueReading {
  if (!DECIMAL.test(text)) return { value: null, problem: { code: 'not-a-number' } };
  const written = Number(text);
  // Read at the precision links are written in, so a value read back and written again is the same text.
  const whole = integer ? Math.round(written) : linkNumber(written);
  // Adding 0 turns -0 into 0, so "-0" reads as the 0 a link would write.
  const value = Math.min(max, Math.max(min, whole)) + 0;
  if (whole > max) return { value, problem: { code: 'above-max', max } };
  if (whole < min) return { value, problem: { code: 'below-min', min } };
  if (integer && whole !== written) return { value, problem: { code: 'not-whole', used: value } };
  return { value, problem: null };
}

/** The canonical text of a value: numbers at a link's precision, as the shortest text that reads back to that number. */
export function writeValue(value: FieldValue): string {
  return typeof value === 'number' ? String(linkNumber(value)) : String(value);
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
