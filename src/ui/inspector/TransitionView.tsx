// The current transition: what the shopper looked like (s and s', feature by feature), the 24 Q-values the
// agent chose from, explore or exploit, and what happened.
import type { TransitionInspection } from '../../contracts/inspection';
import { useMemo } from 'react';
import { featureNames, formatUnit, itemName } from '../format';
import { useT } from '../i18n/language-store';
import { Explainer } from './Explainer';
import { formatShown } from './worked-numbers';

export function TransitionView({ transition }: { transition: TransitionInspection }) {
  const t = useT();
  const words = t.inspector.transition;
  const features = useMemo(() => featureNames(t.play), [t]);
  const { qValues, action } = transition;
  const hasValues = qValues.some((value) => value !== 0);
  const best = hasValues ? qValues.indexOf(Math.max(...qValues)) : -1;
  const low = Math.min(0, ...qValues);
  const high = Math.max(0, ...qValues);
  const span = high - low || 1;
  return (
    <div className="transition-view">
      <p className="transition-view__headline" aria-label={words.summary}>
        {words.headline(transition.shopperIndex, transition.sessionStep)} <strong>{itemName(action, t.play)}</strong>{' '}
        <span className={`badge ${transition.explored ? 'badge--explore' : 'badge--exploit'}`} aria-label={words.exploreOrExploit}>
          {transition.explored ? words.explored : words.exploited}
        </span>
        {words.outcomes[transition.outcome]}
        {words.reward} <span data-testid="transition-reward">{formatShown(transition.reward)}</span>
        {transition.sessionEnded ? words.sessionEnded : words.end}
      </p>
      <p className="muted">
        {transition.explored
          ? words.exploredNote(transition.explorationRate.toFixed(3))
          : hasValues
            ? words.exploitedNote((1 - transition.explorationRate).toFixed(3))
            : words.referenceNote}
      </p>
      <div className="transition-view__grid">
        <table className="data-table data-table--compact" aria-label={words.observationTable}>
          <thead>
            <tr>
              <th scope="col">{words.feature}</th>
              <th scope="col" className="numeric">
                s
              </th>
              <th scope="col" className="numeric">
                s′
              </th>
            </tr>
          </thead>
          <tbody>
            {features.map((name, index) => (
              <tr key={name}>
                <th scope="row">{name}</th>
                <td className="numeric">{formatUnit(transition.observation[index])}</td>
                <td className="numeric">{formatUnit(transition.nextObservation[index])}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {hasValues && (
          <table className="data-table data-table--compact q-list" aria-label={words.qTable}>
            <thead>
              <tr>
                <th scope="col">{words.item}</th>
                <th scope="col" className="numeric">
                  {words.qWhenChosen}
                </th>
                <th scope="col" aria-hidden="true" />
              </tr>
            </thead>
            <tbody>
              {qValues.map((value, item) => (
                <tr key={item} className={item === action ? 'q-list__chosen' : undefined} aria-current={item === action ? 'true' : undefined}>
                  <th scope="row">
                    {itemName(item, t.play)}
                    {item === action ? words.chosen : ''}
                    {item === best ? words.best : ''}
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
      <Explainer explanation={t.explanations.topics.mdp} />
      <Explainer explanation={t.explanations.topics.epsilonGreedy} />
    </div>
  );
}
