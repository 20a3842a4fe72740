// At the end: the student's return beside every reference policy's on the very same shopper and coin
// flips, with each policy's expected return for this shopper, so that luck is told apart from skill.
import { useEffect, useRef } from 'react';
import { selectComparison, selectExpectedReturns, selectSessionReturn, selectStepCount } from '../../store/play-selectors';
import { useLab } from '../app/store-context';
import { formatPercent, formatReward } from '../format';
import { useT } from '../i18n/language-store';
import { ComparisonNotes } from './ComparisonNotes';
import { comparisonFacts, type ComparisonRow } from './comparison-rows';

export function Comparison() {
  const comparison = useLab(selectComparison);
  const expected = useLab(selectExpectedReturns);
  const studentReturn = useLab(selectSessionReturn);
  const studentSteps = useLab(selectStepCount);
  const t = useT().play;
  const heading = useRef<HTMLHeadingElement>(null);
  const ended = comparison !== null;
  // The clicked card is disabled when the session ends: move keyboard focus to the result instead.
  useEffect(() => {
    if (ended) heading.current?.focus();
  }, [ended]);
  if (!comparison) return null;
  const facts = comparisonFacts(studentReturn, studentSteps, comparison, expected);
  const words = t.comparison;
  return (
    <section className="panel comparison" aria-labelledby="comparison-heading">
      <div className="panel__header">
        <h2 id="comparison-heading" ref={heading} tabIndex={-1}>
          {words.heading}
        </h2>
        <p className="panel__hint">
          {facts.oracleExpected !== null && facts.oracleExpected > 0
            ? words.summaryWithOracle(facts.beaten, facts.total, formatPercent(studentReturn / facts.oracleExpected))
            : words.summary(facts.beaten, facts.total)}
        </p>
      </div>
      <div className="comparison__scroll">
        <table className="data-table comparison__table" aria-labelledby="comparison-heading">
          <thead>
            <tr>
              <th scope="col">{words.policy}</th>
              <th scope="col" className="numeric">
                {words.return}
              </th>
              <th scope="col" className="numeric">
                {words.steps}
              </th>
              <th scope="col" className="numeric">
                {words.expected}
              </th>
              <th scope="col" className="comparison__bar-heading">
                <span className="visually-hidden">{words.bar}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {facts.rows.map((row) => (
              <tr key={row.key} className={row.key === 'you' ? 'comparison__you' : undefined}>
                <th scope="row">{row.key === 'you' ? words.you : t.policies[row.key]}</th>
                <td className="numeric">{formatReward(row.sessionReturn)}</td>
                <td className="numeric">{row.steps}</td>
                <td className="numeric" data-column="expected">
                  <ExpectedCell row={row} />
                </td>
                <td className="comparison__bar" aria-hidden="true">
                  <span className="comparison__bar-fill" style={{ width: `${(Math.max(0, row.sessionReturn) / facts.scale) * 100}%` }} />
                  {row.expected && <span className="comparison__tick" style={{ left: `${(Math.max(0, row.expected.mean) / facts.scale) * 100}%` }} />}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ComparisonNotes facts={facts} />
      <p className="comparison__lesson">{words.lesson}</p>
    </section>
  );
}

function ExpectedCell({ row }: { row: ComparisonRow }) {
  const words = useT().play.comparison;
  if (row.key === 'you') {
    return (
      <>
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{words.expectedNone}</span>
      </>
    );
  }
  if (!row.expected) return <span className="muted">{words.expectedPending}</span>;
  const { mean, ci95, method } = row.expected;
  return <>{method === 'exact' ? formatReward(mean) : words.expectedAverage(formatReward(mean), formatReward(ci95))}</>;
}
