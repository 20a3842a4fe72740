// The greedy evaluation's share of the DP oracle's return, in large type, with its steady figure (the mean
// of the last half of the evaluations), beside the reference policies and what the gaps between them mean.
import { useMemo } from 'react';
import { kindOfChoice } from '../../contracts/agent-kinds';
import { STEADY_MIN_EVALUATIONS, steadyScoreOf } from '../../contracts/steady-score';
import { selectEvaluations, selectLatestEvaluation, selectReferences, selectRunConfig } from '../../store/lab-selectors';
import { useLab } from '../app/store-context';
import { useT } from '../i18n/language-store';
import { formatExact, formatStep } from './charts/chart-data';
import { Hideable } from './lecture/Hideable';
import { averagedPolicyNote } from './lab-wording';
import { ReferenceGaps } from './ReferenceGaps';

export function EvaluationScore() {
  const latest = useLab(selectLatestEvaluation);
  const evaluations = useLab(selectEvaluations);
  const references = useLab(selectReferences);
  const config = useLab(selectRunConfig);
  const { lab, play } = useT();
  const { score } = lab;
  const policyNames: Partial<Record<string, string>> = play.policies;
  const steady = useMemo(() => steadyScoreOf(evaluations), [evaluations]);
  const averaged = config ? averagedPolicyNote(config, lab) : null;
  return (
    <section className="panel score" aria-label={score.label}>
      <h2 className="score__title">{score.title}</h2>
      <p className="score__value" aria-label={score.percentLabel} data-value={latest?.percentOfOracle ?? ''}>
        {latest ? `${latest.percentOfOracle.toFixed(0)}%` : '–'}
        <span className="score__unit">{score.ofOracle}</span>
      </p>
      {latest && (
        <p className="score__steady" aria-label={score.steadyLabel} data-value={steady?.percentOfOracle ?? ''}>
          {steady
            ? score.steady(steady.percentOfOracle.toFixed(1), steady.min.toFixed(1), steady.max.toFixed(1), String(steady.evaluations))
            : score.steadyWaiting(String(2 * STEADY_MIN_EVALUATIONS))}
        </p>
      )}
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
      {config && (
        <Hideable control="explanations">
          {latest && averaged && <p className="muted score__averaged">{averaged}</p>}
          <ReferenceGaps references={references} latest={latest} observability={config.sim.observability} learns={kindOfChoice(config.agent).learning !== 'none'} />
        </Hideable>
      )}
    </section>
  );
}
