// Tabular Q-learning's last update: the formula with every symbol replaced by its number, and the table row of s.
import type { TabularInspection } from '../../engine/inspection';
import { CATEGORY_NAMES } from '../../sim/settings';
import { itemName } from '../format';
import { EXPLANATIONS } from './explanations';
import { Explainer } from './Explainer';
import { TeX } from './TeX';
import { formatShown, texNumber, texOperand, workTabularUpdate } from './worked-numbers';

export function TabularView({ update }: { update: TabularInspection }) {
  const worked = workTabularUpdate(update);
  const { state } = update;
  const next = update.done ? '0 \\;(\\text{session ended})' : texOperand(worked.maxNextValue);
  const numbers = `${texOperand(worked.oldValue)} + ${texNumber(worked.learningRate)}\\,\\big[\\,${texOperand(worked.reward)} + ${texNumber(worked.discount)} \\times ${next} - ${texOperand(worked.oldValue)}\\,\\big] = ${texNumber(worked.newValue)}`;
  return (
    <div className="tabular-view" aria-label="Tabular update">
      <h3>The Q-learning update, in numbers</h3>
      <TeX block math={"Q(s,a) \\leftarrow Q(s,a) + \\alpha\\,\\big[\\,r + \\gamma \\max_{a'} Q(s',a') - Q(s,a)\\,\\big]"} label="Q-learning update" />
      <TeX block math={numbers} label="Q-learning update with numbers" />
      <dl className="bellman-view__numbers">
        {(
          [
            ['Q(s,a) before', worked.oldValue, 'tabular-old'],
            ['alpha', worked.learningRate, 'tabular-alpha'],
            ['r', worked.reward, 'tabular-reward'],
            ['gamma', worked.discount, 'tabular-discount'],
            ["max Q(s', a')", worked.maxNextValue, 'tabular-max-next'],
            ['Q(s,a) after', worked.newValue, 'tabular-new'],
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
        State s is the table row for: top observed interest {CATEGORY_NAMES[state.topCategory]}, engagement bin {state.engagementBin + 1} of {update.engagementBins}, progress bin{' '}
        {state.progressBin + 1} of {update.progressBins} (row {state.index}).
      </p>
      <table className="data-table data-table--compact q-list" aria-label="Q-table row of state s">
        <thead>
          <tr>
            <th scope="col">Item a</th>
            <th scope="col" className="numeric">
              Q(s, a)
            </th>
          </tr>
        </thead>
        <tbody>
          {update.row.map((value, item) => (
            <tr key={item} className={item === update.action ? 'q-list__chosen' : undefined}>
              <th scope="row">
                {itemName(item)}
                {item === update.action ? ' · just updated' : ''}
              </th>
              {/* The updated cell shows the worked result, so the row and the formula read the same number. */}
              <td className="numeric">{formatShown(item === update.action ? worked.newValue : value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Explainer explanation={EXPLANATIONS.qLearning} />
    </div>
  );
}
