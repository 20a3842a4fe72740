// Every step of the session so far, newest first: item, outcome, reward and how trust moved.
import { selectSteps } from '../../store/play-selectors';
import { useLab } from '../app/store-context';
import { formatReward, formatUnit, itemName } from '../format';
import { useT } from '../i18n/language-store';
import { OutcomeLabel } from './OutcomeLabel';

export function StepLog() {
  const steps = useLab(selectSteps);
  const t = useT().play;
  const words = t.stepLog;
  return (
    <section className="panel step-log" aria-labelledby="step-log-heading">
      <div className="panel__header">
        <h2 id="step-log-heading">{words.heading}</h2>
      </div>
      {steps.length === 0 ? (
        <p className="panel__hint">{words.empty}</p>
      ) : (
        <div className="step-log__scroll">
          <table className="data-table" aria-labelledby="step-log-heading">
            <thead>
              <tr>
                <th scope="col">{words.step}</th>
                <th scope="col">{words.item}</th>
                <th scope="col">{words.outcome}</th>
                <th scope="col" className="numeric">
                  {words.reward}
                </th>
                <th scope="col" className="numeric">
                  {words.trust}
                </th>
              </tr>
            </thead>
            <tbody>
              {[...steps].reverse().map((step) => (
                <tr key={step.step}>
                  <td className="numeric">{step.step}</td>
                  <td>{itemName(step.item.index, t)}</td>
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
