// A number input checked against its documented range: a value outside it, or no number at all, is not
// applied; the field says why and keeps what the user typed until it is fixed.
import { useState } from 'react';
import type { Messages } from '../i18n/messages';
import { useT } from '../i18n/language-store';

interface NumberFieldProps {
  id: string;
  value: number;
  min: number;
  max: number;
  integer: boolean;
  onValid: (value: number) => void;
  /** Why a value inside the range still cannot be used here, in the page's words, or null when it can. */
  refuse?: (value: number) => string | null;
}

/** Why a typed value cannot be used, in the page's words, or null when it can. */
export function numberProblem(text: string, min: number, max: number, integer: boolean, words: Messages['lab']['numberField']): string | null {
  const trimmed = text.trim();
  const value = Number(trimmed);
  if (trimmed === '' || !Number.isFinite(value)) return words.notANumber;
  if (integer && !Number.isInteger(value)) return words.notWhole;
  if (value < min || value > max) return words.outOfRange(String(min), String(max));
  return null;
}

export function NumberField({ id, value, min, max, integer, onValid, refuse }: NumberFieldProps) {
  // The text being edited; null shows the config's value.
  const [text, setText] = useState<string | null>(null);
  const words = useT().lab.numberField;
  const problemOf = (typed: string) => numberProblem(typed, min, max, integer, words) ?? refuse?.(Number(typed)) ?? null;
  const problem = text === null ? null : problemOf(text);
  const errorId = `${id}-problem`;
  return (
    <>
      <input
        id={id}
        type="number"
        value={text ?? String(value)}
        min={min}
        max={max}
        step={integer ? 1 : 'any'}
        aria-invalid={problem !== null}
        aria-describedby={problem ? errorId : undefined}
        onChange={(event) => {
          const next = event.target.value;
          const nextProblem = problemOf(next);
          setText(nextProblem ? next : null);
          if (!nextProblem) onValid(Number(next));
        }}
        onBlur={() => {
          // Leaving a field with an unusable value puts back the value in force, and says so no more.
          if (problem) setText(null);
        }}
      />
      {problem && (
        <span id={errorId} className="field-problem" role="alert">
          {problem} {words.notApplied(String(value))}
        </span>
      )}
    </>
  );
}
