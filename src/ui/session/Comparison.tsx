// At the end: the student's return beside every reference policy's on the very same shopper.
import { useEffect, useRef } from 'react';
import { selectComparison, selectSessionReturn, selectStepCount } from '../../store/play-selectors';
import { useLab } from '../app/store-context';
import { formatPercent, formatReward } from '../format';
import { useT } from '../i18n/language-store';

export function Comparison() {
  const comparison = useLab(selectComparison);
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
  const rows = [
    { key: 'you', label: t.comparison.you, sessionReturn: studentReturn, steps: studentSteps },
    ...comparison.map((row) => ({ key: row.policy, label: t.policies[row.policy], sessionReturn: row.sessionReturn, steps: row.steps })),
  ];
  const best = Math.max(...rows.map((row) => row.sessionReturn), 0.01);
  const beaten = comparison.filter((row) => studentReturn > row.sessionReturn).length;
  const oracleReturn = comparison.find((row) => row.policy === 'dp-oracle')?.sessionReturn ?? 0;
  return (
    <section className="panel comparison" aria-labelledby="comparison-heading">
      <div className="panel__header">
        <h2 id="comparison-heading" ref={heading} tabIndex={-1}>
          {t.comparison.heading}
        </h2>
        <p className="panel__hint">
          {oracleReturn > 0
            ? t.comparison.summaryWithOracle(beaten, comparison.length, formatPercent(studentReturn / oracleReturn))
            : t.comparison.summary(beaten, comparison.length)}
        </p>
      </div>
      <table className="data-table comparison__table" aria-labelledby="comparison-heading">
        <thead>
          <tr>
            <th scope="col">{t.comparison.policy}</th>
            <th scope="col" className="numeric">
              {t.comparison.return}
            </th>
            <th scope="col" className="numeric">
              {t.comparison.steps}
            </th>
            <th scope="col">
              <span className="visually-hidden">{t.comparison.bar}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className={row.key === 'you' ? 'comparison__you' : undefined}>
              <th scope="row">{row.label}</th>
              <td className="numeric">{formatReward(row.sessionReturn)}</td>
              <td className="numeric">{row.steps}</td>
              <td className="comparison__bar" aria-hidden="true">
                <span style={{ width: `${(Math.max(0, row.sessionReturn) / best) * 100}%` }} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="comparison__lesson">{t.comparison.lesson}</p>
    </section>
  );
}
