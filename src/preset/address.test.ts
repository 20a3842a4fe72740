import { describe, expect, it } from 'vitest';
import { parseAbSearch } from './ab-url';
import { blankPageState, formatAddress, parseAddress, parsePageId, readPageState, withAddressLanguage } from './address';
import { parseLabSearch } from './lab-url';
import { DEFAULT_SEED, DEFAULT_SHOPPER } from './play-url';

describe('the page an address names', () => {
  it('is the one ?page= names, else the landing page', () => {
    expect(parsePageId('?page=train&seed=3')).toBe('train');
    expect(parsePageId('?page=compare')).toBe('compare');
    expect(parsePageId('')).toBe('play');
    expect(parsePageId('?page=nope')).toBe('play');
    expect(parsePageId('?page=TRAIN')).toBe('play');
  });

  it("links to a page alone, in the reader's language, which belongs to no page", () => {
    expect(formatAddress({ page: 'train', state: null, language: null })).toBe('?page=train');
    expect(formatAddress({ page: 'play', state: null, language: 'zh' })).toBe('?page=play&lang=zh');
    expect(parseAddress('?page=compare&lang=zh')).toEqual({ page: 'compare', state: null, notice: [], language: 'zh', unknownLanguage: null });
  });

  it('reads a page whose other keys leave its blank state as the page alone, keeping what it has to tell', () => {
    // What fast-check found: `?page=lessons` plus a key of another page read as a state that writes back as `?page=lessons`.
    expect(parseAddress('?clickTrustWeight=&page=lessons')).toMatchObject({ page: 'lessons', state: null, notice: [] });
    expect(parseAddress('?page=lessons&lesson=%21')).toMatchObject({ page: 'lessons', state: null, notice: [{ key: 'lesson', given: '!' }] });
    expect(parseAddress('?page=lessons&lesson=discounting&x=1')).toMatchObject({ page: 'lessons', state: { lesson: 'discounting', steps: null } });
  });
});

describe('every existing link keeps its meaning', () => {
  it('reads a play link without a page as the play page', () => {
    expect(parseAddress('?seed=7&shopper=3')).toMatchObject({ page: 'play', state: { seed: 7, shopperIndex: 3 }, notice: null, language: null });
  });

  it('reads a training link as the lab link codec reads it, corrections included', () => {
    const link = '?page=train&v=5&preset=myopic&gamma=banana&seed=7&hide=advanced&lang=zh';
    const { corrections, ...lab } = parseLabSearch(link);
    expect(corrections.map((correction) => correction.key)).toEqual(['gamma']);
    expect(parseAddress(link)).toEqual({ page: 'train', state: lab, notice: corrections, language: 'zh', unknownLanguage: null });
  });

  it('reads a compare link as the compare link codec reads it', () => {
    const link = '?page=compare&v=5&a=default&b=default&steps=5000&bgamma=0.5&agamma=2';
    const { corrections, ...compare } = parseAbSearch(link);
    expect(corrections).toHaveLength(1);
    expect(parseAddress(link)).toEqual({ page: 'compare', state: compare, notice: corrections, language: null, unknownLanguage: null });
  });

  it('keeps the notices of bad links: a bad seed, an unknown language, a repeated page', () => {
    expect(parseAddress('?page=play&seed=banana&lang=fr')).toMatchObject({
      state: { seed: DEFAULT_SEED, shopperIndex: DEFAULT_SHOPPER },
      notice: [{ key: 'seed', given: 'banana', fallback: DEFAULT_SEED }],
      language: null,
      unknownLanguage: 'fr',
    });
    expect(readPageState('?page=train&page=train', 'train').notice).toMatchObject([{ key: 'page', reason: { code: 'repeated', times: 2 } }]);
  });

  it("reads only the named page's part: a training seed is no catalog seed", () => {
    expect(readPageState('?page=train&seed=7', 'train').state?.config.training.trainingSeed).toBe(7);
    expect(parseAddress('?page=train&seed=7').page).toBe('train');
  });
});

describe('writing an address', () => {
  it("writes the page, the page's state by its codec, then the language", () => {
    expect(formatAddress({ page: 'play', state: { seed: 7, shopperIndex: 3 }, language: 'zh' })).toBe('?page=play&seed=7&shopper=3&lang=zh');
    const lab = parseLabSearch('?page=train&v=5&preset=myopic&gamma=0.5&seed=7');
    expect(formatAddress({ page: 'train', state: lab, language: null })).toBe('?page=train&v=5&preset=myopic&gamma=0.5&seed=7');
    expect(formatAddress({ page: 'train', state: lab, language: 'en' })).toBe('?page=train&v=5&preset=myopic&gamma=0.5&seed=7&lang=en');
    const compare = parseAbSearch('?page=compare&v=5&a=one-step&b=no-target-network');
    expect(formatAddress({ page: 'compare', state: compare, language: null })).toBe('?page=compare&v=5&a=one-step&b=no-target-network');
  });

  it('sets or removes the language alone, every other key kept in place and commas readable', () => {
    expect(withAddressLanguage('?page=train&v=5&hide=alpha,gamma', 'zh')).toBe('?page=train&v=5&hide=alpha,gamma&lang=zh');
    expect(withAddressLanguage('?lang=en&page=play', 'zh')).toBe('?lang=zh&page=play');
    expect(withAddressLanguage('?page=play&lang=fr', null)).toBe('?page=play');
    expect(withAddressLanguage('?lang=zh', null)).toBe('');
  });

  it("opens each page's defaults when the address names the page alone", () => {
    expect(blankPageState('play')).toEqual({ seed: DEFAULT_SEED, shopperIndex: DEFAULT_SHOPPER });
    const { corrections, ...lab } = parseLabSearch('');
    expect(corrections).toEqual([]);
    expect(blankPageState('train')).toEqual(lab);
    expect(blankPageState('compare')).toEqual({ setup: parseAbSearch('').setup, autoplay: false });
  });
});
