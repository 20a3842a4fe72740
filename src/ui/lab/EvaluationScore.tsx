// The greedy evaluation's share of the DP oracle's return, in large type, beside the reference policies.
import { selectLatestEvaluation, selectReferences } from '../../store/lab-selectors';
import { useLab } from '../app/store-context';
import { formatExact, formatStep } from './charts/chart-data';

export function EvaluationScore() {
  const latest = useLab(selectLatestEvaluation);
  const references = useLab(selectReferences);
  return (
    <section className="panel score" aria-label="Greedy evaluation">
      <h2 className="score__title">Greedy evaluation</h2>
      <p className="score__value" aria-label="Percent of oracle" data-value={latest?.percentOfOracle ?? ''}>
        {latest ? `${latest.percentOfOracle.toFixed(0)}%` : '–'}
        <span className="score__unit"> of the DP oracle</span>
      </p>
      <p className="muted">
        {latest
          ? `Mean return ${formatExact(latest.meanReturn)} ± ${formatExact(latest.ci95)} on ${latest.sessions} fixed shoppers at step ${formatStep(latest.step)}, exploration off.`
          : 'The agent is evaluated greedily on a fixed cohort of shoppers every few thousand steps.'}
      </p>
      <table className="score__references" aria-label="Reference policies">
        <tbody>
          {references.map((reference) => (
            <tr key={reference.policy}>
              <th scope="row">{reference.label}</th>
              <td>{formatExact(reference.meanReturn)}</td>
              <td>{reference.percentOfOracle.toFixed(0)}%</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
