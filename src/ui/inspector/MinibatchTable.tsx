// The last replay minibatch: each sampled transition with its target, Q(s, a) before and after the update and
// its TD error; sortable by the size of the TD error.
import { useMemo, useState } from 'react';
import type { MinibatchInspection } from '../../engine/inspection';
import { itemName } from '../format';
import { describeObservation } from './describe';
import { EXPLANATIONS } from './explanations';
import { Explainer } from './Explainer';
import { formatShown } from './worked-numbers';

type SortOrder = 'sampled' | 'largest-error';

export function MinibatchTable({ minibatch }: { minibatch: MinibatchInspection }) {
  const [order, setOrder] = useState<SortOrder>('sampled');
  const rows = useMemo(() => {
    const numbered = minibatch.rows.map((row, index) => ({ ...row, index }));
    return order === 'sampled' ? numbered : numbered.sort((a, b) => Math.abs(b.tdError) - Math.abs(a.tdError));
  }, [minibatch, order]);
  const toggle = () => setOrder(order === 'sampled' ? 'largest-error' : 'sampled');
  return (
    <div className="minibatch" aria-label="Replay minibatch">
      <h3>
        The minibatch of update {minibatch.update}: {minibatch.rows.length} transitions sampled from the replay memory
      </h3>
      <p className="muted">
        Mean loss {formatShown(minibatch.loss)}, gradient norm {formatShown(minibatch.gradientNorm)}
        {minibatch.applied ? '.' : '. This update was rejected: it would have made a weight or the loss non-finite, so the weights stayed as they were.'} R is the
        n-step discounted return; γᵐ is 0 where the session ended.
      </p>
      <div className="minibatch__scroll">
        <table className="data-table data-table--compact" aria-label="Minibatch transitions">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Transition (state s)</th>
              <th scope="col">Item a</th>
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
                Target y
              </th>
              <th scope="col" className="numeric">
                Q(s, a) before
              </th>
              <th scope="col" className="numeric">
                after
              </th>
              <th scope="col" className="numeric" aria-sort={order === 'largest-error' ? 'descending' : 'none'}>
                <button type="button" className="button button--link" onClick={toggle}>
                  TD error y − Q {order === 'largest-error' ? '▼ (largest first)' : '(sort by size)'}
                </button>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.index} data-td-error={row.tdError}>
                <td>{row.index + 1}</td>
                <td>{describeObservation(row.observation)}</td>
                <td>{itemName(row.action)}</td>
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
      <Explainer explanation={EXPLANATIONS.replay} />
    </div>
  );
}
