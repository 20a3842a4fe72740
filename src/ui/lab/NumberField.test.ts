import { describe, expect, it } from 'vitest';
import { numberProblem } from './NumberField';

describe('numberProblem', () => {
  it('accepts a number in range, and says why anything else is not applied', () => {
    expect(numberProblem('64', 1, 512, true)).toBeNull();
    expect(numberProblem(' 0.5 ', 0, 1, false)).toBeNull();
    expect(numberProblem('', 1, 512, true)).toBe('Enter a number.');
    expect(numberProblem('1e999', 1, 512, true)).toBe('Enter a number.');
    expect(numberProblem('abc', 1, 512, true)).toBe('Enter a number.');
    expect(numberProblem('2.5', 1, 512, true)).toBe('Enter a whole number.');
    expect(numberProblem('9999', 1, 512, true)).toBe('Enter a value from 1 to 512.');
    expect(numberProblem('-1', 0, 1, false)).toBe('Enter a value from 0 to 1.');
  });
});
