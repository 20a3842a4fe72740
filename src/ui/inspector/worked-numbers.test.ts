import { describe, expect, it } from 'vitest';
import type { BellmanTarget, TabularInspection } from '../../contracts/inspection';
import { tdLossValue as lossOf } from '../../contracts/loss-value';
import { formatShown, shown, workTabularUpdate, workTarget } from './worked-numbers';

const bellman = (patch: Partial<BellmanTarget>): BellmanTarget => ({
  form: 'max',
  rewardScale: 1,
  discount: 0.99,
  usesTargetNetwork: true,
  nextQ: [],
  nextQOnline: [],
  bootstrapAction: 3,
  maxNextQ: 2.345_678_9,
  target: 0,
  qTaken: 1.900_04,
  tdError: 0,
  lossName: 'huber',
  loss: 0,
  multiStep: 3,
  ...patch,
});

describe('worked numbers', () => {
  it('rounds to four decimals with a true minus sign, and never shows -0', () => {
    expect(formatShown(1.234_56)).toBe('1.2346');
    expect(formatShown(-0.5)).toBe('\u22120.5000');
    expect(formatShown(-0.000_01)).toBe('0.0000');
    expect(shown(-0.000_01)).toBe(0);
  });

  it('works y = r + gamma max Q\' out of the shown operands, so the sum on screen is exact', () => {
    const worked = workTarget(bellman({}), 0.123_456);
    expect(worked).toMatchObject({ reward: 0.1235, discount: 0.99, maxNextQ: 2.3457 });
    // 0.1235 + 0.99 x 2.3457 = 2.445743 -> 2.4457 (the unrounded y, 2.4457..., agrees to four decimals here)
    expect(worked.target).toBe(2.4457);
    expect(worked.qTaken).toBe(1.9);
    expect(worked.tdError).toBe(0.5457);
    expect(worked.loss).toBe(shown(0.5 * 0.5457 * 0.5457));
  });

  it('uses y = r at a session end and applies the reward scale', () => {
    expect(workTarget(bellman({ form: 'terminal' }), 0.6).target).toBe(0.6);
    expect(workTarget(bellman({ form: 'terminal', rewardScale: 10 }), 0.6).target).toBe(6);
  });

  it('takes the Huber loss linear beyond 1 and the squared loss quadratic everywhere', () => {
    expect(lossOf('huber', 3)).toBe(2.5);
    expect(lossOf('squared', 3)).toBe(4.5);
    expect(lossOf('huber', -0.5)).toBe(0.125);
  });

  it('works the tabular update from its shown operands', () => {
    const update: TabularInspection = {
      state: { index: 7, topCategory: 0, engagementBin: 1, progressBin: 2 },
      nextStateIndex: 8,
      action: 5,
      learningRate: 0.1,
      discount: 0.9,
      reward: 1,
      done: false,
      maxNextValue: 0.5,
      oldValue: 0.2,
      newValue: 0.245,
      row: [],
      engagementBins: 5,
      progressBins: 5,
    };
    expect(workTabularUpdate(update)).toMatchObject({ target: 1.45, newValue: 0.325 });
    expect(workTabularUpdate({ ...update, done: true })).toMatchObject({ maxNextValue: 0, target: 1, newValue: 0.28 });
  });
});
