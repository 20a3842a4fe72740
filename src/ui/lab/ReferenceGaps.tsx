// What the two gaps between the top reference lines mean, with this run's numbers: the DP oracle minus
// the best plan from what the agent sees (the price of the hidden state), and that plan minus the
// agent's latest greedy evaluation (what the learner has not learned yet).
import type { EvaluationResultAt, ReferenceResult } from '../../contracts/protocol';
import type { Observability } from '../../sim/settings';
import { useT } from '../i18n/language-store';

interface ReferenceGapsProps {
  references: readonly ReferenceResult[];
  latest: EvaluationResultAt | null;
  observability: Observability;
  /** The run's agent learns (a DQN or the table); a reference policy has nothing left to learn. */
  learns: boolean;
}

export function ReferenceGaps({ references, latest, observability, learns }: ReferenceGapsProps) {
  const words = useT().lab.gaps;
  const planner = references.find((reference) => reference.policy === 'observation-planner');
  if (!planner) return null;
  const points = (value: number) => value.toFixed(1);
  const learnerGap = latest ? planner.percentOfOracle - latest.percentOfOracle : null;
  let learner = words.learnerWaiting;
  if (learnerGap !== null) learner = learnerGap >= 0 ? words.learnerGap(points(learnerGap)) : words.learnerAhead(points(-learnerGap));
  return (
    <details className="explainer">
      <summary>{words.title}</summary>
      <p>{words.planner(words.trustSource[observability])}</p>
      <p>{words.oracleGap(points(100 - planner.percentOfOracle), words.unseen[observability])}</p>
      {learns && <p>{learner}</p>}
    </details>
  );
}
