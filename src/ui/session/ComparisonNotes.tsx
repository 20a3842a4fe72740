// Under the comparison: what "return" and "expected return" mean, how each expectation was found, and
// that the oracle is best on average, not on every run of coin flips.
import { useT } from '../i18n/language-store';
import { joinNames, type ComparisonFacts } from './comparison-rows';

export function ComparisonNotes({ facts }: { facts: ComparisonFacts }) {
  const t = useT().play;
  const words = t.comparison;
  const names = (policies: readonly (keyof typeof t.policies)[]) =>
    joinNames(
      policies.map((policy) => t.policies[policy]),
      words.listSeparator,
      words.listLast,
    );
  const averaged = facts.averaged;
  return (
    <div className="comparison__notes">
      <p>
        {words.explained}
        {averaged.length > 0 && words.averaged(names(averaged.map((entry) => entry.policy)), averaged[0].sessions)}
      </p>
      <p>
        <strong>{words.oracleOnAverage}</strong>
        {facts.luckierThanOracle.length > 0 && words.luckier(names(facts.luckierThanOracle))}
        {facts.studentBeatOracle && words.youLuckier}
      </p>
    </div>
  );
}
