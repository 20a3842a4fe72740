import { describe, expect, it } from 'vitest';
import { browserLanguage, chooseLanguage, formatDateTime, parseLanguage, withLanguage } from './language';

describe('parseLanguage', () => {
  it('reads language tags by their primary subtag, in any case', () => {
    expect(parseLanguage('zh')).toBe('zh');
    expect(parseLanguage('zh-CN')).toBe('zh');
    expect(parseLanguage('zh_Hans_SG')).toBe('zh');
    expect(parseLanguage('EN-us')).toBe('en');
  });
  it('gives null for languages the lab does not have and for nothing', () => {
    for (const tag of ['fr', 'zhx', '', ' ', '<script>', null, undefined]) expect(parseLanguage(tag)).toBeNull();
  });
});

describe('chooseLanguage', () => {
  it('takes the link first, then the stored choice, then the browser, then English', () => {
    expect(chooseLanguage('?lang=zh', 'en', ['en-US'])).toEqual({ language: 'zh', explicit: true, unknown: null });
    expect(chooseLanguage('?page=train', 'zh', ['en-US'])).toEqual({ language: 'zh', explicit: true, unknown: null });
    expect(chooseLanguage('', null, ['fr-FR', 'zh-TW', 'en'])).toEqual({ language: 'zh', explicit: false, unknown: null });
    expect(chooseLanguage('', null, ['fr-FR', 'de'])).toEqual({ language: 'en', explicit: false, unknown: null });
    expect(browserLanguage([])).toBe('en');
  });
  it('reports a link language it does not have, and falls back as if there were none', () => {
    expect(chooseLanguage('?lang=fr', null, ['en'])).toEqual({ language: 'en', explicit: false, unknown: 'fr' });
    expect(chooseLanguage('?lang=fr', 'zh', ['en'])).toEqual({ language: 'zh', explicit: true, unknown: 'fr' });
  });
});

describe('withLanguage', () => {
  it('writes an explicit choice and keeps every other key in place', () => {
    expect(withLanguage('?page=train&v=1&hide=alpha,gamma', { language: 'zh', explicit: true })).toBe('?page=train&v=1&hide=alpha,gamma&lang=zh');
    expect(withLanguage('?lang=en&page=play', { language: 'zh', explicit: true })).toBe('?lang=zh&page=play');
  });
  it('removes the key for a guessed language', () => {
    expect(withLanguage('?page=play&lang=fr', { language: 'en', explicit: false })).toBe('?page=play');
    expect(withLanguage('?lang=zh', { language: 'en', explicit: false })).toBe('');
  });
});

describe('formatDateTime', () => {
  const moment = Date.UTC(2026, 11, 3, 9, 41);

  it('writes the month by name, so a date reads one way only: never 03/12/2026', () => {
    expect(formatDateTime(moment, 'en', 'UTC')).toBe('3 Dec 2026, 09:41');
    expect(formatDateTime(moment, 'zh', 'UTC')).toBe('2026年12月3日 09:41');
    expect(formatDateTime(new Date(moment).toISOString(), 'en', 'UTC')).toBe('3 Dec 2026, 09:41');
  });

  it('tells the 3rd of December from the 12th of March', () => {
    expect(formatDateTime(Date.UTC(2026, 2, 12, 21, 5), 'en', 'UTC')).toBe('12 Mar 2026, 21:05');
    expect(formatDateTime(Date.UTC(2026, 2, 12, 21, 5), 'en', 'UTC')).not.toBe(formatDateTime(moment, 'en', 'UTC'));
  });
});
