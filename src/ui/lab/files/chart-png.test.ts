// The exported chart's legend: entries placed left to right, wrapping at the picture's edge.
import { describe, expect, it } from 'vitest';
import { fileSlug, legendLayout } from './chart-png';

describe('legendLayout', () => {
  it('places entries on one row while they fit, each after the previous one\'s swatch, label and gap', () => {
    const { places, rows } = legendLayout([{ labelWidth: 100, swatch: true }, { labelWidth: 50, swatch: true }], 600);
    expect(rows).toBe(1);
    expect(places).toEqual([{ x: 8, row: 0 }, { x: 8 + 22 + 6 + 100 + 16, row: 0 }]);
  });

  it('wraps an entry that would pass the right edge to a new row, and gives an over-wide entry its own row', () => {
    const { places, rows } = legendLayout([{ labelWidth: 200, swatch: true }, { labelWidth: 200, swatch: true }, { labelWidth: 900, swatch: false }, { labelWidth: 10, swatch: true }], 400);
    expect(places.map((place) => place.row)).toEqual([0, 1, 2, 3]);
    expect(places.every((place) => place.x === 8)).toBe(true);
    expect(rows).toBe(4);
  });

  it('takes no room without entries', () => {
    expect(legendLayout([], 400)).toEqual({ places: [], rows: 0 });
  });

  it('slugs titles in any script', () => {
    expect(fileSlug('Return per session')).toBe('return-per-session');
    expect(fileSlug('每局回报')).toBe('每局回报');
  });
});
