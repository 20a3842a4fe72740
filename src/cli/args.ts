// Command-line parsing shared by the CLIs: a typed option table in, typed values out, and a
// UsageError whose message is the one-line complaint to print before exiting with code 2.

import type { FieldSpec } from '../sim/fields';

/** A mistake in the command line; its message is one line for stderr. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Turns the raw text of a value into a typed value, or throws an Error saying what was expected. */
export type Validator<T> = (raw: string) => T;

/** `--name value` or `--name=value`, once; the default applies when it is absent. */
export interface ValueOption<T> {
  kind: 'value';
  doc: string;
  parse: Validator<T>;
  default: T;
  /** Shown in the help after the option, e.g. `N` or `noisy|exact|hidden`. */
  placeholder: string;
}

/** `--name`, present or not. */
export interface FlagOption {
  kind: 'flag';
  doc: string;
}

/** `--name value`, any number of times, collected in order. */
export interface RepeatedOption<T> {
  kind: 'repeated';
  doc: string;
  parse: Validator<T>;
  placeholder: string;
}

export type OptionSpec = ValueOption<unknown> | FlagOption | RepeatedOption<unknown>;
/** Options keyed by camelCase name; on the command line `cohortSeed` is `--cohort-seed`. */
export type OptionTable = Record<string, OptionSpec>;

export type ParsedArgs<Table extends OptionTable> = {
  [Key in keyof Table]: Table[Key] extends ValueOption<infer T>
    ? T
    : Table[Key] extends RepeatedOption<infer T>
      ? T[]
      : boolean;
};

export const value = <T>(placeholder: string, parse: Validator<T>, fallback: T, doc: string): ValueOption<T> => ({
  kind: 'value',
  doc,
  parse,
  default: fallback,
  placeholder,
});

export const flag = (doc: string): FlagOption => ({ kind: 'flag', doc });

export const repeated = <T>(placeholder: string, parse: Validator<T>, doc: string): RepeatedOption<T> => ({
  kind: 'repeated',
  doc,
  parse,
  placeholder,
});

/** cohortSeed -> cohort-seed */
export function optionName(key: string): string {
  return key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

function setValue(values: Record<string, unknown>, key: string, spec: ValueOption<unknown> | RepeatedOption<unknown>, raw: string): void {
  let parsed: unknown;
  try {
    parsed = spec.parse(raw);
  } catch (error) {
    throw new UsageError(`--${optionName(key)}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (spec.kind === 'repeated') (values[key] as unknown[]).push(parsed);
  else values[key] = parsed;
}

/** Parses argv (without node and the script) against the table. Positional arguments are refused. */
export function parseArgs<Table extends OptionTable>(table: Table, argv: readonly string[]): ParsedArgs<Table> {
  const byName = new Map(Object.keys(table).map((key) => [optionName(key), key]));
  const values: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(table)) {
    values[key] = spec.kind === 'flag' ? false : spec.kind === 'repeated' ? [] : spec.default;
  }
  const seen = new Set<string>();
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (!argument.startsWith('--') || argument === '--') throw new UsageError(`unexpected argument "${argument}"`);
    const equals = argument.indexOf('=');
    const name = argument.slice(2, equals < 0 ? undefined : equals);
    const key = byName.get(name);
    if (key === undefined) throw new UsageError(`unknown option --${name}`);
    const spec = table[key];
    if (spec.kind !== 'repeated' && seen.has(key)) throw new UsageError(`--${name} given twice`);
    seen.add(key);
    if (spec.kind === 'flag') {
      if (equals >= 0) throw new UsageError(`--${name} takes no value`);
      values[key] = true;
      continue;
    }
    let raw: string;
    if (equals >= 0) raw = argument.slice(equals + 1);
    else {
      // A following "--something" is the next option, not this one's value (negative numbers still pass).
      const next = argv[index + 1];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`--${name} needs a value (${spec.placeholder})`);
      raw = next;
      index += 1;
    }
    setValue(values, key, spec, raw);
  }
  return values as ParsedArgs<Table>;
}

/** The options part of a --help text: one aligned line per option, with its default. */
export function formatOptions(table: OptionTable): string {
  const rows = Object.entries(table).map(([key, spec]) => {
    const usage = `--${optionName(key)}${spec.kind === 'flag' ? '' : ` ${spec.placeholder}`}`;
    const fallback = spec.kind === 'value' && spec.default !== undefined ? ` (default ${String(spec.default)})` : '';
    const many = spec.kind === 'repeated' ? ' (repeatable)' : '';
    return [usage, `${spec.doc}${fallback}${many}`];
  });
  const width = Math.max(...rows.map(([usage]) => usage.length));
  return rows.map(([usage, doc]) => `  ${usage.padEnd(width)}  ${doc}`).join('\n');
}

// Validators. Each throws an Error with what it expected; parseArgs names the option.

export function integer(range: { min?: number; max?: number } = {}): Validator<number> {
  const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = range;
  return (raw) => {
    const parsed = /^[-+]?\d+$/.test(raw.trim()) ? Number(raw) : Number.NaN;
    if (!Number.isSafeInteger(parsed) || parsed < min || parsed > max) {
      throw new Error(`expected an integer${describeRange(range)}, got "${raw}"`);
    }
    return parsed;
  };
}

export function number(range: { min?: number; max?: number } = {}): Validator<number> {
  const { min = Number.NEGATIVE_INFINITY, max = Number.POSITIVE_INFINITY } = range;
  return (raw) => {
    const parsed = raw.trim() === '' ? Number.NaN : Number(raw);
    if (!Number.isFinite(parsed) || parsed < min || parsed > max) throw new Error(`expected a number${describeRange(range)}, got "${raw}"`);
    return parsed;
  };
}

function describeRange({ min, max }: { min?: number; max?: number }): string {
  if (min !== undefined && max !== undefined) return ` from ${min} to ${max}`;
  if (min !== undefined) return ` >= ${min}`;
  if (max !== undefined) return ` <= ${max}`;
  return '';
}

export function choice<T extends string>(choices: readonly T[]): Validator<T> {
  return (raw) => {
    if (!(choices as readonly string[]).includes(raw)) throw new Error(`expected one of ${choices.join(', ')}, got "${raw}"`);
    return raw as T;
  };
}

export const boolean: Validator<boolean> = (raw) => {
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new Error(`expected true or false, got "${raw}"`);
};

/** A comma-separated list of values, each checked by the item validator; empty items are refused. */
export function list<T>(item: Validator<T>): Validator<T[]> {
  return (raw) => {
    const parts = raw.split(',').map((part) => part.trim());
    if (parts.some((part) => part === '')) throw new Error(`expected a comma-separated list, got "${raw}"`);
    return parts.map((part) => item(part));
  };
}

/** The validator of a documented config field: its range, whole numbers, or its choices. */
export function fieldValidator(field: FieldSpec): Validator<number | string | boolean> {
  switch (field.kind) {
    case 'number':
      return field.integer ? integer({ min: field.min, max: field.max }) : number({ min: field.min, max: field.max });
    case 'choice':
      return choice(field.choices);
    case 'boolean':
      return boolean;
  }
}
