// The difference line and the link corrections, worded in both languages.
import { describe, expect, it } from 'vitest';
import { abDifferences, setupOf, withSideAgent } from '../../preset/ab-setup';
import { parseAbSearch } from '../../preset/ab-url';
import { presetConfig } from '../../preset/presets';
import { MESSAGES } from '../i18n/messages';
import { correctionText, differencesLine } from './ab-text';

describe('differencesLine', () => {
  it('names gamma by its symbol, then the other fields B changes', () => {
    const differences = abDifferences(presetConfig('myopic'), presetConfig('default'));
    expect(differencesLine(MESSAGES.en, differences)).toBe('B differs: γ 0 → 0.99 · multiStep 1 → 3');
    expect(differencesLine(MESSAGES.zh, differences)).toBe('B 的不同之处：γ 0 → 0.99 · multiStep 1 → 3');
  });

  it('names agents in words, and says when the two are the same', () => {
    const setup = withSideAgent(setupOf('default', 'default'), 'b', 'heuristic');
    expect(differencesLine(MESSAGES.en, abDifferences(setup.a.config, setup.b.config))).toBe('B differs: agent Deep Q-Network → Heuristic policy');
    expect(differencesLine(MESSAGES.en, [])).toBe(MESSAGES.en.ab.noDifference);
  });
});

describe('correctionText', () => {
  it('says what each corrected key used instead, in either language', () => {
    const { corrections } = parseAbSearch('?a=nonsense&bgamma=7&gamma=1&hue=red');
    expect(corrections.map((correction) => `${correction.key} ${correctionText(MESSAGES.en, correction)}`)).toEqual([
      'a is not one of the presets, so default is used',
      'gamma belongs to one side, so it is ignored: write agamma or bgamma',
      'hue is not a setting of the compare page, so it is ignored',
      'bgamma is above the largest value, so 0.999 is used',
    ]);
    expect(correctionText(MESSAGES.zh, corrections[3])).toBe('大于允许的最大值，因此使用 0.999');
  });
});
