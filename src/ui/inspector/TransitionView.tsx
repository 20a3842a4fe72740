// The current transition: what the shopper looked like (s and s', feature by feature), the 24 Q-values the
// agent chose from, explore or exploit, and what happened.
import type { TransitionInspection } from '../../engine/inspection';
import { FEATURE_NAMES } from '../../sim/observation';
import { formatUnit } from '../format';
import { itemName } from '../format';
import { EXPLANATIONS } from './explanations';
import { Explainer } from './Explainer';
import { formatShown } from './worked-numbers';

const OUTCOMES = { ignored: 'ignored it', clicked: 'clicked', bought: 'clicked and bought' } as const;

export function TransitionView({ transition }: { transition: TransitionInspection }) {
  const { qValues, action } = transition;
  const hasValues = qValues.some((value) => value !== 0);
  const best = hasValues ? qValues.indexOf(Math.max(...qValues)) : -1;
  const low = Math.min(0, ...qValues);
  const high = Math.max(0, ...qValues);
  const span = high - low || 1;
  return (
    <div className="transition-view">
      <p className="transition-view__headline" aria-label="Transition summary">
        Shopper #{transition.shopperIndex}, step {transition.sessionStep}: the agent recommended <strong>{itemName(action)}</strong>{' '}
        <span className={`badge ${transition.explored ? 'badge--explore' : 'badge--exploit'}`} aria-label="Explore or exploit">
          {transition.explored ? 'explored' : 'exploited'}
        </span>{' '}
        and the shopper {OUTCOMES[transition.outcome]}: reward <span data-testid="transition-reward">{formatShown(transition.reward)}</span>
        {transition.sessionEnded ? '. The session ended.' : '.'}
      </p>
      <p className="muted">
        {transition.explored
          ? `Explored: with probability ε = ${transition.explorationRate.toFixed(3)} the agent picks a random item instead of the best one.`
          : hasValues
            ? `Exploited: the item with the highest Q-value (with probability 1 − ε = ${(1 - transition.explorationRate).toFixed(3)}).`
            : 'A reference policy chooses by its own rule; it has no Q-values.'}
      </p>
      <div className="transition-view__grid">
        <table className="data-table data-table--compact" aria-label="Observation before and after">
          <thead>
            <tr>
              <th scope="col">Feature the agent sees</th>
              <th scope="col" className="numeric">
                s
              </th>
              <th scope="col" className="numeric">
                s′
              </th>
            </tr>
          </thead>
          <tbody>
            {FEATURE_NAMES.map((name, index) => (
              <tr key={name}>
                <th scope="row">{name}</th>
                <td className="numeric">{formatUnit(transition.observation[index])}</td>
                <td className="numeric">{formatUnit(transition.nextObservation[index])}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {hasValues && (
          <table className="data-table data-table--compact q-list" aria-label="Q-values of state s">
            <thead>
              <tr>
                <th scope="col">Item</th>
                <th scope="col" className="numeric">
                  Q(s, a) when it chose
                </th>
                <th scope="col" aria-hidden="true" />
              </tr>
            </thead>
            <tbody>
              {qValues.map((value, item) => (
                <tr key={item} className={item === action ? 'q-list__chosen' : undefined} aria-current={item === action ? 'true' : undefined}>
                  <th scope="row">
                    {itemName(item)}
                    {item === action ? ' · chosen' : ''}
                    {item === best ? ' · best' : ''}
                  </th>
                  <td className="numeric">{formatShown(value)}</td>
                  <td className="q-list__bar" aria-hidden="true">
                    <span style={{ marginLeft: `${((Math.min(value, 0) - low) / span) * 100}%`, width: `${(Math.abs(value) / span) * 100}%` }} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      <Explainer explanation={EXPLANATIONS.mdp} />
      <Explainer explanation={EXPLANATIONS.epsilonGreedy} />
    </div>
  );
}
