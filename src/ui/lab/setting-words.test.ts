// Settings and their values in the page's words, in both languages: labels, yes/no, choices, numbers without noise.
import { describe, expect, it } from 'vitest';
import { DEFAULT_LAB_CONFIG } from '../../contracts/lab-config';
import { CONFIG_SCHEMA } from '../../preset/schema';
import { MESSAGES } from '../i18n/all-messages';
import { settingChangeText, settingHelp, settingLabel, settingNumber, settingValue } from './setting-words';

const en = MESSAGES.en;
const zh = MESSAGES.zh;

describe('settingLabel and settingHelp', () => {
  it('labels a field in the page\'s language, the knobs by their textbook symbols', () => {
    expect(settingLabel(en, 'gradientClipNorm')).toBe('Gradient clipping norm');
    expect(settingLabel(zh, 'gradientClipNorm')).toBe('梯度裁剪范数');
    expect(settingLabel(en, 'gamma')).toBe('γ');
    expect(settingLabel(zh, 'agent')).toBe('智能体');
  });

  it('gives every field a label and a help in both languages that differ from its schema name', () => {
    for (const t of [en, zh]) {
      for (const entry of CONFIG_SCHEMA) {
        expect(settingLabel(t, entry.name), entry.name).not.toBe(entry.name);
        expect(settingHelp(t, entry.name), entry.name).toMatch(/\S/);
      }
    }
    expect(settingHelp(zh, 'totalSteps')).toBe('以环境步数计的训练预算。');
  });
});

describe('settingValue', () => {
  it('says yes or no for a switch, from the config or from a link\'s text', () => {
    expect(settingValue(en, 'doubleDqn', true)).toBe('yes');
    expect(settingValue(en, 'dueling', 'false')).toBe('no');
    expect(settingValue(zh, 'doubleDqn', 'true')).toBe('是');
  });

  it('words a choice, and a hard target update with its interval when the config is at hand', () => {
    expect(settingValue(en, 'observability', 'hidden')).toBe('nothing');
    expect(settingValue(zh, 'optimizer', 'sgd')).toBe('普通梯度下降');
    expect(settingValue(en, 'targetUpdate', 'hard', DEFAULT_LAB_CONFIG)).toBe('copied every 125 updates');
    expect(settingValue(en, 'targetUpdate', 'hard')).toBe('copied at intervals');
    expect(settingValue(en, 'agent', 'tabular')).toBe('Tabular Q-learning');
  });

  it('writes numbers grouped when large and without float noise', () => {
    expect(settingValue(en, 'totalSteps', 150_000)).toBe('150,000');
    expect(settingValue(en, 'totalSteps', '2000000')).toBe('2,000,000');
    expect(settingValue(en, 'explorationStart', 0.2014933333333333)).toBe('0.201493');
    expect(settingNumber(0.1 + 0.2)).toBe('0.3');
    expect(settingNumber(125)).toBe('125');
  });
});

describe('settingChangeText', () => {
  it('reads as "label from → to" in both languages', () => {
    expect(settingChangeText(en, 'gamma', '0.99', '0')).toBe('γ 0.99 → 0');
    expect(settingChangeText(en, 'purchaseRewardPerDollar', '0', '0.01')).toBe('Reward per purchase dollar 0 → 0.01');
    expect(settingChangeText(zh, 'purchaseRewardPerDollar', '0', '0.01')).toBe('每美元购买额的奖励 0 → 0.01');
  });
});
