// Every step of the session so far, newest first: item, outcome, reward and how trust moved.
import { selectSteps } from '../../store/play-selectors';
import { useLab } from '../app/store-context';
import { formatReward, formatUnit } from '../format';
import { OutcomeLabel } from './OutcomeLabel';

export function StepLog() {
  const steps = useLab(selectSteps);
  return (
    <section className="panel step-log" aria-labelledby="step-log-heading">
      <div className="panel__header">
        <h2 id="step-log-heading">Step log</h2>
      </div>
      {steps.length === 0 ? (
        <p className="panel__hint">Each recommendation will be listed here.</p>
      ) : (
        <div className="step-log__scroll">
          <table className="data-table" aria-labelledby="step-log-heading">
            <thead>
              <tr>
                <th scope="col">Step</th>
                <th scope="col">Item</th>
                <th scope="col">Outcome</th>
                <th scope="col" className="numeric">
                  Reward
                </th>
                <th scope="col" className="numeric">
                  Trust
                </th>
              </tr>
            </thead>
            <tbody>
              {[...steps].reverse().map((step) => (
                <tr key={step.step}>
                  <td className="numeric">{step.step}</td>
                  <td>
                    {step.item.categoryName} <span className="muted">{step.item.tierName}</span>
                  </td>
                  <td>
                    <OutcomeLabel outcome={step.outcome} />
                  </td>
                  <td className="numeric" data-column="reward">
                    {formatReward(step.reward)}
                  </td>
                  <td className="numeric trust-change">
                    {formatUnit(step.trustBefore)} → {formatUnit(step.trustAfter)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
