import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../i18n/all-messages';
import { numberProblem as problemIn } from './NumberField';

const numberProblem = (text: string, min: number, max: number, integer: boolean) => problemIn(text, min, max, integer, MESSAGES.en.lab.numberField);

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

  it('says the same in Chinese, with the range in it', () => {
    const words = MESSAGES.zh.lab.numberField;
    expect(problemIn('abc', 1, 512, true, words)).toBe('请输入一个数。');
    expect(problemIn('2.5', 1, 512, true, words)).toBe('请输入一个整数。');
    expect(problemIn('9999', 1, 512, true, words)).toBe('请输入 1 到 512 之间的值。');
    expect(problemIn('64', 1, 512, true, words)).toBeNull();
  });
});
