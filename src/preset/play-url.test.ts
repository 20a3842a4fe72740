import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED, DEFAULT_SHOPPER, MAX_GIVEN_LENGTH, formatPlaySearch, parsePlaySearch, parseWholeNumber } from './play-url';

describe('play URL', () => {
  it('reads the seed and the shopper', () => {
    expect(parsePlaySearch('?seed=7&shopper=3')).toEqual({ setup: { seed: 7, shopperIndex: 3 }, notice: null });
  });

  it('uses the defaults quietly when the URL has no values', () => {
    expect(parsePlaySearch('')).toEqual({ setup: { seed: DEFAULT_SEED, shopperIndex: DEFAULT_SHOPPER }, notice: null });
  });

  it.each(['abc', '-1', '7.5', '1e3', '', '4294967296', '99999999999'])('falls back with a notice for seed %j', (seed) => {
    const parsed = parsePlaySearch(`?seed=${encodeURIComponent(seed)}&shopper=2`);
    expect(parsed.setup).toEqual({ seed: DEFAULT_SEED, shopperIndex: 2 });
    expect(parsed.notice).toEqual([{ key: 'seed', given: seed, fallback: DEFAULT_SEED }]);
  });

  it('falls back to the landing shopper with a notice', () => {
    const parsed = parsePlaySearch('?seed=5&shopper=x');
    expect(parsed.setup).toEqual({ seed: 5, shopperIndex: DEFAULT_SHOPPER });
    expect(parsed.notice).toEqual([{ key: 'shopper', given: 'x', fallback: DEFAULT_SHOPPER }]);
  });

  it('lists both problems in the link\'s order, each value cut short for the notice', () => {
    const long = 'z'.repeat(500);
    const parsed = parsePlaySearch(`?seed=${long}&shopper=-3`);
    expect(parsed.setup).toEqual({ seed: DEFAULT_SEED, shopperIndex: DEFAULT_SHOPPER });
    expect(parsed.notice).toEqual([
      { key: 'seed', given: `${'z'.repeat(MAX_GIVEN_LENGTH)}…`, fallback: DEFAULT_SEED },
      { key: 'shopper', given: '-3', fallback: DEFAULT_SHOPPER },
    ]);
  });

  it('accepts the largest seed', () => {
    expect(parseWholeNumber('4294967295', 0xffff_ffff)).toBe(4294967295);
  });

  it('round-trips and keeps other parameters', () => {
    const search = formatPlaySearch('?page=play&seed=1', { seed: 7, shopperIndex: 3 });
    expect(search).toBe('?page=play&seed=7&shopper=3');
    expect(parsePlaySearch(search).setup).toEqual({ seed: 7, shopperIndex: 3 });
  });
});
