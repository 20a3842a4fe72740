import { describe, expect, it } from 'vitest';
import { estimateTextWidth, labelLines, spreadBlocks } from './label-layout';

/** Labels of one height, as the band's edges would hold their centres. */
const even = (count: number, height: number) => new Array<number>(count).fill(height);

describe('spreadBlocks', () => {
  it('leaves labels that are far enough apart where they are wanted', () => {
    expect(spreadBlocks([100, 20, 60], even(3, 18), 0, 200)).toEqual([100, 20, 60]);
  });

  it('pushes close labels apart by half their heights, keeping their order', () => {
    const placed = spreadBlocks([52, 50, 150], [20, 40, 20], 0, 200);
    expect(placed[0] - placed[1]).toBeGreaterThanOrEqual(30);
    expect(placed[1]).toBe(50);
    expect(placed[2]).toBe(150);
  });

  it('pulls labels crowded at the band end back inside it, each whole', () => {
    const placed = spreadBlocks([199, 200, 198], even(3, 20), 0, 200);
    expect(Math.max(...placed)).toBeLessThanOrEqual(190);
    const sorted = [...placed].sort((a, b) => a - b);
    expect(sorted[1] - sorted[0]).toBeGreaterThanOrEqual(20);
    expect(sorted[2] - sorted[1]).toBeGreaterThanOrEqual(20);
  });

  it('keeps every label whole below the band top when they do not all fit', () => {
    const placed = spreadBlocks([10, 10, 10], even(3, 20), 0, 30);
    expect(Math.min(...placed)).toBeGreaterThanOrEqual(10);
    expect(new Set(placed).size).toBe(3);
  });
});

describe('labelLines', () => {
  it('keeps a short name on one line and breaks a long one where its longer line is shortest', () => {
    expect(labelLines('DP oracle', 18)).toEqual(['DP oracle']);
    expect(labelLines('Heuristic (knows true preferences)', 18)).toEqual(['Heuristic ', '(knows true preferences)']);
    expect(labelLines('Best plan from what the agent sees', 18)).toEqual(['Best plan from ', 'what the agent sees']);
    expect(labelLines('启发式（知道真实偏好）', 18)).toEqual(['启发式（知道真实偏好）']);
    expect(labelLines('启发式（知道每位顾客的真实偏好）', 18)).toEqual(['启发式', '（知道每位顾客的真实偏好）']);
  });

  it('keeps every character, so the lines read together as the name', () => {
    for (const name of ['Heuristic (knows true preferences)', 'Best plan from what the agent sees', 'An unusually long reference policy name without brackets']) {
      expect(labelLines(name, 18).join('')).toBe(name);
    }
  });

  it('narrows the widest line of a long name', () => {
    const name = 'Heuristic (knows true preferences)';
    const widest = Math.max(...labelLines(name, 18).map((line) => estimateTextWidth(line, 18)));
    expect(widest).toBeLessThan(estimateTextWidth(name, 18) * 0.8);
  });
});

describe('estimateTextWidth', () => {
  it('counts a Chinese character as a full em and a Latin one as less', () => {
    expect(estimateTextWidth('随机', 18)).toBe(36);
    expect(estimateTextWidth('ab', 18)).toBeLessThan(36);
    expect(estimateTextWidth('ab', 18)).toBeGreaterThan(18);
  });
});
