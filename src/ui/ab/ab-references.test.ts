// The reference lines of the compare charts: one set when both sides scored the same cohort, each side's own
// when they differ, at the score the chart plots, named in the page's language, for whatever policies come.
import { describe, expect, it } from 'vitest';
import type { ReferenceResult } from '../../contracts/protocol';
import { MESSAGES } from '../i18n/all-messages';
import { PALETTE } from '../lab/charts/chart-data';
import { abReferenceSpecs } from './ab-references';

const scored = (heuristic: number): ReferenceResult[] => [
  { policy: 'random', label: 'random', meanReturn: 0.35, percentOfOracle: 7.8 },
  { policy: 'heuristic', label: 'heuristic', meanReturn: heuristic, percentOfOracle: (heuristic / 4.5) * 100 },
  { policy: 'dp-oracle', label: 'DP oracle', meanReturn: 4.5, percentOfOracle: 100 },
];

describe('abReferenceSpecs', () => {
  it('draws one line per policy when both sides scored the same cohort, at the score the chart plots', () => {
    const same = { a: scored(3.8), b: scored(3.8) };
    const percent = abReferenceSpecs(same, 'percentOfOracle', MESSAGES.en);
    expect(percent.map(({ name, value }) => [name, value])).toEqual([
      ['Random', 7.8],
      ['Heuristic (knows true preferences)', (3.8 / 4.5) * 100],
      ['DP oracle', 100],
    ]);
    // Drawn in the page's ink: blue and vermillion are the sides' colours here.
    expect(new Set(percent.map((spec) => spec.color))).toEqual(new Set([PALETTE.black]));
    expect(new Set(percent.map((spec) => spec.dash)).size).toBe(3);
    expect(abReferenceSpecs(same, 'meanReturn', MESSAGES.zh).map(({ name, value }) => [name, value])).toEqual([
      ['随机', 0.35],
      ['启发式（知道真实偏好）', 3.8],
      ['DP 全知策略', 4.5],
    ]);
  });

  it('draws the side that has scores while the other has none yet', () => {
    expect(abReferenceSpecs({ a: [], b: scored(3.8) }, 'meanReturn', MESSAGES.en)).toHaveLength(3);
    expect(abReferenceSpecs({ a: [], b: [] }, 'meanReturn', MESSAGES.en)).toEqual([]);
  });

  it('draws each side\'s own lines, named by its letter, when their cohorts scored differently', () => {
    const names = abReferenceSpecs({ a: scored(3.8), b: scored(3.1) }, 'meanReturn', MESSAGES.en).map((spec) => spec.name);
    expect(names).toEqual(['A: Random', 'A: Heuristic (knows true preferences)', 'A: DP oracle', 'B: Random', 'B: Heuristic (knows true preferences)', 'B: DP oracle']);
  });
});
