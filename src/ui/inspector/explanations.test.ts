// The Chinese explanations keep every formula of the English ones, paragraph by paragraph, and the reading list
// has a reason for every citation in both languages.
import { describe, expect, it } from 'vitest';
import { FURTHER_READING, type Explanation } from '../i18n/en/explanations';
import { MESSAGES } from '../i18n/all-messages';

/** The inline formulas of a text: the parts between dollar signs, sorted (Chinese may order a sentence differently). */
function formulas(text: string): string[] {
  const parts = text.split('$');
  expect(parts.length % 2, `unbalanced $ in: ${text}`).toBe(1);
  return parts.filter((_, index) => index % 2 === 1).sort();
}

function all(language: 'en' | 'zh'): Explanation[] {
  const { topics, faq } = MESSAGES[language].explanations;
  return [...Object.values(topics), ...faq];
}

describe('the explanations', () => {
  it('keep the inline mathematics intact in Chinese, paragraph by paragraph', () => {
    const english = all('en');
    const chinese = all('zh');
    expect(chinese).toHaveLength(english.length);
    let count = 0;
    english.forEach((explanation, index) => {
      expect(chinese[index].paragraphs).toHaveLength(explanation.paragraphs.length);
      explanation.paragraphs.forEach((paragraph, p) => {
        const math = formulas(paragraph);
        count += math.length;
        expect(formulas(chinese[index].paragraphs[p]), `${explanation.title} ¶${p + 1}`).toEqual(math);
      });
    });
    expect(count).toBeGreaterThan(20);
  });

  it('say why each further reading matters, in both languages', () => {
    for (const reading of FURTHER_READING) {
      expect(MESSAGES.en.explanations.reading[reading.id]).toMatch(/\w{3}/);
      expect(MESSAGES.zh.explanations.reading[reading.id]).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(new Set(FURTHER_READING.map((reading) => reading.id)).size).toBe(FURTHER_READING.length);
  });
});
