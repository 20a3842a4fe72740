// Tests of the argument parser: the three spellings, defaults, validators and one-line errors.
import { describe, expect, it } from 'vitest';
import {
  UsageError,
  boolean,
  choice,
  fieldValidator,
  flag,
  formatOptions,
  integer,
  list,
  number,
  optionName,
  parseArgs,
  repeated,
  value,
} from './args';

const OPTIONS = {
  sessions: value('N', integer({ min: 1 }), 4000, 'Shoppers'),
  learningRate: value<number | undefined>('A', number({ min: 0, max: 1 }), undefined, 'Learning rate'),
  mode: value('a|b', choice(['a', 'b'] as const), 'a' as 'a' | 'b', 'Mode'),
  policies: value('LIST', list(choice(['x', 'y', 'z'])), ['x'], 'Policies'),
  sweep: repeated('FIELD=VALUES', (raw) => raw.toUpperCase(), 'Sweep'),
  json: flag('JSON'),
};

function usageMessage(argv: string[]): string {
  try {
    parseArgs(OPTIONS, argv);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('expected a UsageError');
}

describe('parseArgs', () => {
  it('gives the defaults when nothing is passed', () => {
    expect(parseArgs(OPTIONS, [])).toEqual({ sessions: 4000, learningRate: undefined, mode: 'a', policies: ['x'], sweep: [], json: false });
  });

  it('reads --name value, --name=value and --flag, with camelCase keys as kebab-case options', () => {
    const args = parseArgs(OPTIONS, ['--sessions', '12', '--learning-rate=0.001', '--json', '--policies', 'y,z']);
    expect(args).toMatchObject({ sessions: 12, learningRate: 0.001, json: true, policies: ['y', 'z'] });
  });

  it('collects a repeated option in order', () => {
    expect(parseArgs(OPTIONS, ['--sweep', 'gamma=0,0.9', '--sweep=alpha=1']).sweep).toEqual(['GAMMA=0,0.9', 'ALPHA=1']);
  });

  it('accepts a negative number as a value', () => {
    const table = { offset: value('N', integer(), 0, 'Offset') };
    expect(parseArgs(table, ['--offset', '-3']).offset).toBe(-3);
  });

  it.each([
    [['--bogus'], 'unknown option --bogus'],
    [['--sessions'], '--sessions needs a value (N)'],
    [['--sessions', '--json'], '--sessions needs a value (N)'],
    [['--sessions', '4.5'], '--sessions: expected an integer >= 1, got "4.5"'],
    [['--sessions', '0'], '--sessions: expected an integer >= 1, got "0"'],
    [['--sessions', '12abc'], '--sessions: expected an integer >= 1, got "12abc"'],
    [['--sessions', '1', '--sessions', '2'], '--sessions given twice'],
    [['--learning-rate', '2'], '--learning-rate: expected a number from 0 to 1, got "2"'],
    [['--mode', 'c'], '--mode: expected one of a, b, got "c"'],
    [['--policies', 'x,,y'], '--policies: expected a comma-separated list, got "x,,y"'],
    [['--policies', 'x,w'], '--policies: expected one of x, y, z, got "w"'],
    [['--json=yes'], '--json takes no value'],
    [['stray'], 'unexpected argument "stray"'],
  ])('refuses %j with a one-line message', (argv, message) => {
    const text = usageMessage(argv);
    expect(text).toBe(message);
    expect(text).not.toContain('\n');
  });
});

describe('validators', () => {
  it('integer and number read whole and decimal numbers, and nothing else', () => {
    expect(integer()('42')).toBe(42);
    expect(integer()('+7')).toBe(7);
    expect(() => integer()('1e3')).toThrow();
    expect(() => integer()('')).toThrow();
    expect(number()('1e-3')).toBe(0.001);
    expect(() => number()('')).toThrow();
    expect(() => number()('NaN')).toThrow();
    expect(() => number()('Infinity')).toThrow();
  });

  it('boolean reads true/false/1/0', () => {
    expect([boolean('true'), boolean('1'), boolean('false'), boolean('0')]).toEqual([true, true, false, false]);
    expect(() => boolean('yes')).toThrow('expected true or false, got "yes"');
  });

  it('fieldValidator follows a config field: range, whole numbers and choices', () => {
    const steps = fieldValidator({ kind: 'number', doc: '', min: 1, max: 200, integer: true });
    expect(steps('50')).toBe(50);
    expect(() => steps('50.5')).toThrow();
    expect(() => steps('500')).toThrow();
    const rate = fieldValidator({ kind: 'number', doc: '', min: 0, max: 1 });
    expect(rate('0.25')).toBe(0.25);
    const mode = fieldValidator({ kind: 'choice', doc: '', choices: ['noisy', 'exact'] });
    expect(mode('exact')).toBe('exact');
    expect(() => mode('loud')).toThrow();
    expect(fieldValidator({ kind: 'boolean', doc: '' })('false')).toBe(false);
  });
});

describe('help text', () => {
  it('names each option in kebab case, aligned, with its default', () => {
    expect(optionName('targetSyncInterval')).toBe('target-sync-interval');
    const lines = formatOptions(OPTIONS).split('\n');
    expect(lines).toHaveLength(6);
    expect(lines[0]).toMatch(/^ {2}--sessions N +Shoppers \(default 4000\)$/);
    expect(lines[1]).toMatch(/^ {2}--learning-rate A +Learning rate$/);
    expect(lines[4]).toContain('(repeatable)');
    const docColumn = lines.map((line) => line.search(/ {2}[A-Z]/));
    expect(new Set(docColumn).size).toBe(1);
  });
});
