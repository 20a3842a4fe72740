// Tabular Q-learning's last update: the formula with every symbol replaced by its number, and the table row of s.
import type { TabularInspection } from '../../contracts/inspection';
import { categoryName, itemName } from '../format';
import { useT } from '../i18n/language-store';
import { Explainer } from './Explainer';
import { TeX } from './TeX';
import { formatShown, texNumber, texOperand, workTabularUpdate } from './worked-numbers';

export function TabularView({ update }: { update: TabularInspection }) {
  const t = useT();
  const words = t.inspector.tabular;
  const worked = workTabularUpdate(update);
  const { state } = update;
  const next = update.done ? `0 \\;(\\text{${words.sessionEnded}})` : texOperand(worked.maxNextValue);
  const numbers = `${texOperand(worked.oldValue)} + ${texNumber(worked.learningRate)}\\,\\big[\\,${texOperand(worked.reward)} + ${texNumber(worked.discount)} \\times ${next} - ${texOperand(worked.oldValue)}\\,\\big] = ${texNumber(worked.newValue)}`;
  return (
    <div className="tabular-view" aria-label={words.region}>
      <h3>{words.heading}</h3>
      <TeX block math={"Q(s,a) \\leftarrow Q(s,a) + \\alpha\\,\\big[\\,r + \\gamma \\max_{a'} Q(s',a') - Q(s,a)\\,\\big]"} label={words.formulaLabel} />
      <TeX block math={numbers} label={words.numbersLabel} />
      <dl className="bellman-view__numbers">
        {(
          [
            [words.before, worked.oldValue, 'tabular-old'],
            [words.alpha, worked.learningRate, 'tabular-alpha'],
            ['r', worked.reward, 'tabular-reward'],
            [words.gamma, worked.discount, 'tabular-discount'],
            ["max Q(s', a')", worked.maxNextValue, 'tabular-max-next'],
            [words.after, worked.newValue, 'tabular-new'],
          ] as const
        ).map(([label, value, testId]) => (
          <div key={testId}>
            <dt>{label}</dt>
            <dd data-testid={testId} data-value={value}>
              {formatShown(value)}
            </dd>
          </div>
        ))}
      </dl>
      <p className="muted">
        {words.stateRow(categoryName(state.topCategory, t.play), state.engagementBin + 1, update.engagementBins, state.progressBin + 1, update.progressBins, state.index)}
      </p>
      <table className="data-table data-table--compact q-list" aria-label={words.rowTable}>
        <thead>
          <tr>
            <th scope="col">{words.item}</th>
            <th scope="col" className="numeric">
              Q(s, a)
            </th>
          </tr>
        </thead>
        <tbody>
          {update.row.map((value, item) => (
            <tr key={item} className={item === update.action ? 'q-list__chosen' : undefined}>
              <th scope="row">
                {itemName(item, t.play)}
                {item === update.action ? words.justUpdated : ''}
              </th>
              {/* The updated cell shows the worked result, so the row and the formula read the same number. */}
              <td className="numeric">{formatShown(item === update.action ? worked.newValue : value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Explainer explanation={t.explanations.topics.qLearning} />
    </div>
  );
}
