// Every string has a Chinese version that is Chinese: the catalogs' shapes are equal (the type checker
// says so too), every Chinese leaf holds Chinese characters unless it is a name or symbol kept as is,
// and every message with numbers in it answers in both languages.
import { describe, expect, it } from 'vitest';
import { LESSONS } from '../../lessons/lessons';
import { MESSAGES } from './all-messages';

/** Names, units and symbols that read the same in both languages. Add with care: each is shown untranslated. */
const SAME_IN_BOTH = new Set<string>(['Q-Shop Lab', 'PNG', 'DQN']);

const CJK = /[\u3400-\u9fff]/;

type Leaf = { path: string; en: unknown; zh: unknown };

function leaves(en: unknown, zh: unknown, path: string, out: Leaf[]): Leaf[] {
  if (en !== null && typeof en === 'object' && !Array.isArray(en)) {
    expect(Object.keys(zh as object).sort(), path).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) leaves((en as Record<string, unknown>)[key], (zh as Record<string, unknown>)[key], `${path}.${key}`, out);
  } else if (Array.isArray(en)) {
    expect(Array.isArray(zh) && zh.length, path).toBe(en.length);
    en.forEach((item, index) => leaves(item, (zh as unknown[])[index], `${path}[${index}]`, out));
  } else out.push({ path, en, zh });
  return out;
}

/** A message function called with sample arguments: numbers first, then strings for ones that need text. */
function sample(message: (...args: unknown[]) => unknown): unknown {
  const args = Array.from({ length: message.length }, (_, index) => index + 3);
  try {
    return message(...args);
  } catch {
    return message(...args.map(String));
  }
}

function isChinese(text: string): boolean {
  return CJK.test(text) || !/[a-z]{2,}/i.test(text) || SAME_IN_BOTH.has(text);
}

describe('the Chinese catalog', () => {
  const all = leaves(MESSAGES.en, MESSAGES.zh, 'messages', []);

  it('has every English string, of the same kind', () => {
    expect(all.length).toBeGreaterThan(8);
    for (const { path, en, zh } of all) expect(typeof zh, path).toBe(typeof en);
  });

  it('is written in Chinese, apart from names and symbols kept as they are', () => {
    for (const { path, zh } of all) {
      const text = typeof zh === 'function' ? sample(zh as (...args: unknown[]) => unknown) : zh;
      if (typeof text === 'string') expect(isChinese(text), `${path}: "${text}"`).toBe(true);
    }
  });

  it('answers every message that takes numbers in both languages, with the numbers in it', () => {
    for (const { path, en, zh } of all) {
      if (typeof en !== 'function' || en.length === 0) continue;
      const english = String(sample(en as (...args: unknown[]) => unknown));
      const chinese = String(sample(zh as (...args: unknown[]) => unknown));
      // Each sample argument (3, 4, ...) shows up in both answers: no language drops a number.
      for (let index = 0; index < en.length; index++) {
        expect(english, `${path} (en)`).toContain(String(index + 3));
        expect(chinese, `${path} (zh)`).toContain(String(index + 3));
      }
    }
  });
});

describe('the lessons\' Chinese texts', () => {
  it('have every English text of each lesson, written in Chinese', () => {
    for (const lesson of LESSONS) {
      const all = leaves(lesson.text.en, lesson.text.zh, `lessons.${lesson.id}`, []);
      expect(all.length).toBeGreaterThan(8);
      for (const { path, zh } of all) {
        expect(typeof zh, path).toBe('string');
        expect(isChinese(zh as string), `${path}: "${String(zh)}"`).toBe(true);
      }
    }
  });
});
