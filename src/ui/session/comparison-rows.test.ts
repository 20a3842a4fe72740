// The end-of-session comparison's facts: who beat whom on these coin flips, and what was luck.
import { describe, expect, it } from 'vitest';
import type { ExpectedReturn } from '../../sim/expected-return';
import type { PolicyReturn } from '../../store/play-session';
import { comparisonFacts, joinNames } from './comparison-rows';

const played: PolicyReturn[] = [
  { policy: 'random', sessionReturn: 0.2, steps: 3 },
  { policy: 'heuristic', sessionReturn: 18.4, steps: 50 },
  { policy: 'myopic-oracle', sessionReturn: 9.5, steps: 12 },
  { policy: 'dp-oracle', sessionReturn: 9.1, steps: 50 },
];
const expected: ExpectedReturn[] = [
  { policy: 'random', mean: 0.4, method: 'exact', sessions: 0, ci95: 0 },
  { policy: 'heuristic', mean: 5.52, method: 'exact', sessions: 0, ci95: 0 },
  { policy: 'myopic-oracle', mean: 1.13, method: 'coin-flip-average', sessions: 500, ci95: 0.1 },
  { policy: 'dp-oracle', mean: 5.62, method: 'exact', sessions: 0, ci95: 0 },
];

describe('comparisonFacts', () => {
  it('names the policies luckier than the oracle on these coin flips, and counts the ones the student beat', () => {
    const facts = comparisonFacts(9.3, 20, played, expected);
    expect(facts.rows.map((row) => row.key)).toEqual(['you', 'random', 'heuristic', 'myopic-oracle', 'dp-oracle']);
    expect(facts.beaten).toBe(2);
    expect(facts.total).toBe(4);
    expect(facts.luckierThanOracle).toEqual(['heuristic', 'myopic-oracle']);
    expect(facts.studentBeatOracle).toBe(true);
    expect(facts.oracleExpected).toBe(5.62);
    expect(facts.averaged.map((entry) => entry.policy)).toEqual(['myopic-oracle']);
    expect(facts.rows[2].expected?.mean).toBe(5.52);
    expect(facts.rows[0].expected).toBeNull();
    expect(facts.scale).toBe(18.4);
  });

  it('has no expected returns and no oracle figure while they are worked out', () => {
    const facts = comparisonFacts(0.1, 1, played, null);
    expect(facts.oracleExpected).toBeNull();
    expect(facts.rows.every((row) => row.expected === null)).toBe(true);
    expect(facts.studentBeatOracle).toBe(false);
    expect(facts.beaten).toBe(0);
  });
});

describe('joinNames', () => {
  it('lists names the way each language does', () => {
    expect(joinNames(['Heuristic'], ', ', ' and ')).toBe('Heuristic');
    expect(joinNames(['Random', 'Heuristic'], ', ', ' and ')).toBe('Random and Heuristic');
    expect(joinNames(['Random', 'Most popular', 'Heuristic'], ', ', ' and ')).toBe('Random, Most popular and Heuristic');
    expect(joinNames(['随机', '最热门', '启发式'], '、', '和')).toBe('随机、最热门和启发式');
    expect(joinNames([], ', ', ' and ')).toBe('');
  });
});
