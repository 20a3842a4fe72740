import { describe, expect, it } from 'vitest';
import { estimateTextWidth, spreadLabels } from './label-layout';

describe('spreadLabels', () => {
  it('leaves labels that are far enough apart where they are wanted', () => {
    expect(spreadLabels([100, 20, 60], 18, 0, 200)).toEqual([100, 20, 60]);
  });

  it('pushes close labels apart by the gap, keeping their order', () => {
    const placed = spreadLabels([52, 50, 150], 20, 0, 200);
    expect(placed[0] - placed[1]).toBeGreaterThanOrEqual(20);
    expect(placed[1]).toBe(50);
    expect(placed[2]).toBe(150);
  });

  it('pulls labels crowded at the band end back inside it', () => {
    const placed = spreadLabels([199, 200, 198], 20, 0, 200);
    expect(Math.max(...placed)).toBeLessThanOrEqual(200);
    const sorted = [...placed].sort((a, b) => a - b);
    expect(sorted[1] - sorted[0]).toBeGreaterThanOrEqual(20);
    expect(sorted[2] - sorted[1]).toBeGreaterThanOrEqual(20);
  });

  it('keeps every label inside the band start when they do not all fit', () => {
    const placed = spreadLabels([10, 10, 10], 20, 0, 30);
    expect(Math.min(...placed)).toBeGreaterThanOrEqual(0);
    expect(new Set(placed).size).toBe(3);
  });
});

describe('estimateTextWidth', () => {
  it('counts a Chinese character as a full em and a Latin one as less', () => {
    expect(estimateTextWidth('随机', 18)).toBe(36);
    expect(estimateTextWidth('ab', 18)).toBeLessThan(36);
    expect(estimateTextWidth('ab', 18)).toBeGreaterThan(18);
  });
});
