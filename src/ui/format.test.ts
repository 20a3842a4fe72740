import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES } from '../sim/observation';
import { ITEM_COUNT, OBSERVATION_SIZE } from '../sim/settings';
import { MESSAGES } from './i18n/all-messages';
import { capitalise, categoryName, featureNames, formatPercent, formatPrice, formatReward, formatRewardChange, formatUnit, itemName } from './format';

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

describe('names in the reader\'s language', () => {
  const { en, zh } = MESSAGES;

  it('names items by category and tier, category first in English and tier first in Chinese', () => {
    expect(itemName(0, en.play)).toBe('Electronics deal');
    expect(itemName(23, en.play)).toBe('Books premium');
    expect(itemName(23, zh.play)).toBe('高端图书');
    expect(itemName(6, zh.play)).toBe('优质服饰');
    expect(categoryName(5, zh.play)).toBe('图书');
  });

  it('gives every one of the 24 items its own name in both languages', () => {
    for (const messages of [en, zh]) {
      const names = Array.from({ length: ITEM_COUNT }, (_, item) => itemName(item, messages.play));
      expect(new Set(names).size).toBe(ITEM_COUNT);
    }
  });

  it('names the features in the observation\'s order: the English names are the simulator\'s own', () => {
    expect(featureNames(en.play)).toEqual(FEATURE_NAMES);
    const chinese = featureNames(zh.play);
    expect(chinese).toHaveLength(OBSERVATION_SIZE);
    expect(chinese[5]).toBe('浏览记录：图书');
    expect(chinese[6]).toBe('上次推荐：电子产品');
    expect(chinese[OBSERVATION_SIZE - 1]).toBe('参与度信号');
  });
});
