import { describe, expect, it } from 'vitest';
import { ColumnRing } from './ring-buffer';

describe('ColumnRing', () => {
  it('keeps the last capacity records and wraps around', () => {
    const ring = new ColumnRing(['step', 'value'] as const, 3);
    for (let i = 0; i < 5; i++) ring.push({ step: i, value: i * 10 });
    expect(ring.pushed).toBe(5);
    expect(ring.size).toBe(3);
    expect(ring.at('value', 1)).toBeUndefined(); // overwritten
    expect(ring.at('value', 2)).toBe(20);
    expect(ring.at('value', 4)).toBe(40);
    expect(ring.last()).toEqual({ step: 4, value: 40 });
  });

  it('returns what was pushed since a cursor, oldest first, skipping overwritten records', () => {
    const ring = new ColumnRing(['step'] as const, 4);
    for (let i = 0; i < 3; i++) ring.push({ step: i });
    const first = ring.since(0);
    expect(first.from).toBe(0);
    expect(Array.from(first.columns.step)).toEqual([0, 1, 2]);
    for (let i = 3; i < 9; i++) ring.push({ step: i });
    const second = ring.since(ring.pushed - 6); // asks for 6, only 4 are held
    expect(second.from).toBe(5);
    expect(Array.from(second.columns.step)).toEqual([5, 6, 7, 8]);
    expect(ring.since(ring.pushed).columns.step.length).toBe(0);
  });
});
