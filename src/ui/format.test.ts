import { describe, expect, it } from 'vitest';
import { capitalise, formatPercent, formatPrice, formatReward, formatRewardChange, formatUnit } from './format';

describe('formats', () => {
  it('shows rewards with two decimals', () => {
    expect(formatReward(0.1)).toBe('0.10');
    expect(formatReward(0)).toBe('0.00');
    expect(formatRewardChange(0.5837)).toBe('+0.58');
  });

  it('shows prices, shares and unit values', () => {
    expect(formatPrice(45.372)).toBe('$45.37');
    expect(formatPercent(0.374)).toBe('37%');
    expect(formatUnit(0.456)).toBe('0.46');
    expect(capitalise('premium')).toBe('Premium');
  });
});
