import { describe, expect, it } from 'vitest';
import { parseAddressLanguage } from '../../preset/address';
import { browserLanguage, chooseLanguage as choose, formatDateTime, parseLanguage } from './language';

/** The choice for an address, as the page makes it at start. */
const chooseLanguage = (search: string, stored: string | null, tags: readonly string[]) => choose(parseAddressLanguage(search), stored, tags);

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
