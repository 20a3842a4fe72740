// The last replay minibatch: each sampled transition with its target, Q(s, a) before and after the update and
// its TD error; sortable by the size of the TD error.
import { useMemo, useState } from 'react';
import type { MinibatchInspection } from '../../contracts/inspection';
import { itemName } from '../format';
import { useT } from '../i18n/language-store';
import { describeObservation } from './describe';
import { Explainer } from './Explainer';
import { formatShown } from './worked-numbers';

type SortOrder = 'sampled' | 'largest-error';

export function MinibatchTable({ minibatch }: { minibatch: MinibatchInspection }) {
  const [order, setOrder] = useState<SortOrder>('sampled');
  const t = useT();
  const words = t.inspector.minibatch;
  const rows = useMemo(() => {
    const numbered = minibatch.rows.map((row, index) => ({ ...row, index }));
    return order === 'sampled' ? numbered : numbered.sort((a, b) => Math.abs(b.tdError) - Math.abs(a.tdError));
  }, [minibatch, order]);
  const toggle = () => setOrder(order === 'sampled' ? 'largest-error' : 'sampled');
  return (
    <div className="minibatch" aria-label={words.region}>
      <h3>{words.heading(minibatch.update, minibatch.rows.length)}</h3>
      <p className="muted">
        {words.stats(formatShown(minibatch.loss), formatShown(minibatch.gradientNorm))}
        {minibatch.applied ? '' : words.rejected}
        {words.legend}
      </p>
      <div className="minibatch__scroll">
        <table className="data-table data-table--compact" aria-label={words.table}>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{words.transition}</th>
              <th scope="col">{words.item}</th>
              <th scope="col" className="numeric">
                R
              </th>
              <th scope="col" className="numeric">
                γᵐ
              </th>
              <th scope="col" className="numeric">
                γᵐ Q′
              </th>
              <th scope="col" className="numeric">
                {words.target}
              </th>
              <th scope="col" className="numeric">
                {words.before}
              </th>
              <th scope="col" className="numeric">
                {words.after}
              </th>
              <th scope="col" className="numeric" aria-sort={order === 'largest-error' ? 'descending' : 'none'}>
                <button type="button" className="button button--link" onClick={toggle}>
                  {words.tdError} {order === 'largest-error' ? words.largestFirst : words.sortBySize}
                </button>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.index} data-td-error={row.tdError}>
                <td>{row.index + 1}</td>
                <td>{describeObservation(row.observation, t)}</td>
                <td>{itemName(row.action, t.play)}</td>
                <td className="numeric">{formatShown(row.reward)}</td>
                <td className="numeric">{formatShown(row.bootstrapDiscount)}</td>
                <td className="numeric">{formatShown(row.bootstrapValue)}</td>
                <td className="numeric">{formatShown(row.target)}</td>
                <td className="numeric">{formatShown(row.qBefore)}</td>
                <td className="numeric">{formatShown(row.qAfter)}</td>
                <td className="numeric">{formatShown(row.tdError)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Explainer explanation={t.explanations.topics.replay} />
    </div>
  );
}
