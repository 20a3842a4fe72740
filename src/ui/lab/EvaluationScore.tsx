// The greedy evaluation's share of the DP oracle's return, in large type, beside the reference policies.
import { selectLatestEvaluation, selectReferences } from '../../store/lab-selectors';
import { useLab } from '../app/store-context';
import { useT } from '../i18n/language-store';
import { formatExact, formatStep } from './charts/chart-data';

export function EvaluationScore() {
  const latest = useLab(selectLatestEvaluation);
  const references = useLab(selectReferences);
  const { lab, play } = useT();
  const { score } = lab;
  const policyNames: Partial<Record<string, string>> = play.policies;
  return (
    <section className="panel score" aria-label={score.label}>
      <h2 className="score__title">{score.title}</h2>
      <p className="score__value" aria-label={score.percentLabel} data-value={latest?.percentOfOracle ?? ''}>
        {latest ? `${latest.percentOfOracle.toFixed(0)}%` : '–'}
        <span className="score__unit">{score.ofOracle}</span>
      </p>
      <p className="muted">
        {latest ? score.result(formatExact(latest.meanReturn), formatExact(latest.ci95), String(latest.sessions), formatStep(latest.step)) : score.waiting}
      </p>
      <table className="score__references" aria-label={score.referencesLabel}>
        <tbody>
          {references.map((reference) => (
            <tr key={reference.policy}>
              <th scope="row">{policyNames[reference.policy] ?? reference.label}</th>
              <td>{formatExact(reference.meanReturn)}</td>
              <td>{reference.percentOfOracle.toFixed(0)}%</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
