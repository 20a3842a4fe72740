// The end-of-session comparison as rows and facts: the student's and each reference policy's return on
// these coin flips, each policy's expected return for the shopper, and who was luckier than the oracle.
import type { ExpectedReturn } from '../../sim/expected-return';
import type { ReferencePolicyName } from '../../sim/policies';
import type { PolicyReturn } from '../../store/play-session';

export interface ComparisonRow {
  key: 'you' | ReferencePolicyName;
  sessionReturn: number;
  steps: number;
  /** The policy's expected return for this shopper; null for the student, or while it is worked out. */
  expected: ExpectedReturn | null;
}

export interface ComparisonFacts {
  rows: ComparisonRow[];
  /** Reference policies the student earned more than, on these coin flips. */
  beaten: number;
  total: number;
  /** The DP oracle's expected return for this shopper, once worked out. */
  oracleExpected: number | null;
  /** Reference policies that earned more than the DP oracle on these coin flips. */
  luckierThanOracle: ReferencePolicyName[];
  studentBeatOracle: boolean;
  /** Policies whose expected return is an average over coin flips rather than exact. */
  averaged: ExpectedReturn[];
  /** The largest return or expected return: the bars' full width. */
  scale: number;
}

export function comparisonFacts(
  studentReturn: number,
  studentSteps: number,
  comparison: readonly PolicyReturn[],
  expected: readonly ExpectedReturn[] | null,
): ComparisonFacts {
  const expectedOf = (policy: ReferencePolicyName) => expected?.find((entry) => entry.policy === policy) ?? null;
  const rows: ComparisonRow[] = [
    { key: 'you', sessionReturn: studentReturn, steps: studentSteps, expected: null },
    ...comparison.map((row) => ({ key: row.policy, sessionReturn: row.sessionReturn, steps: row.steps, expected: expectedOf(row.policy) })),
  ];
  const oracle = comparison.find((row) => row.policy === 'dp-oracle');
  const oracleReturn = oracle?.sessionReturn ?? Number.POSITIVE_INFINITY;
  const values = rows.flatMap((row) => [row.sessionReturn, row.expected?.mean ?? 0]);
  return {
    rows,
    beaten: comparison.filter((row) => studentReturn > row.sessionReturn).length,
    total: comparison.length,
    oracleExpected: expectedOf('dp-oracle')?.mean ?? null,
    luckierThanOracle: comparison.filter((row) => row.policy !== 'dp-oracle' && row.sessionReturn > oracleReturn).map((row) => row.policy),
    studentBeatOracle: studentReturn > oracleReturn,
    averaged: (expected ?? []).filter((entry) => entry.method === 'coin-flip-average'),
    scale: Math.max(0.01, ...values),
  };
}

/** Names as a list in the page's language: "a", "a and b", "a, b and c". */
export function joinNames(names: readonly string[], separator: string, last: string): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(separator)}${last}${names[names.length - 1]}`;
}
