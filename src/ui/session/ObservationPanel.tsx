// What the agent would see now: the 20-number observation, feature by feature, folded away by default.
import { useMemo } from 'react';
import { selectObservation } from '../../store/play-selectors';
import { useLab } from '../app/store-context';
import { featureNames, formatUnit } from '../format';
import { useT } from '../i18n/language-store';

export function ObservationPanel() {
  const observation = useLab(selectObservation);
  const t = useT().play;
  const names = useMemo(() => featureNames(t), [t]);
  return (
    <details className="panel observation-panel">
      <summary>
        <span className="observation-panel__title">{t.observation.title}</span>
        <span className="muted">{t.observation.count(observation.length)}</span>
      </summary>
      <p className="panel__hint">{t.observation.hint}</p>
      <table className="data-table data-table--compact" aria-label={t.observation.table}>
        <tbody>
          {names.map((name, index) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              <td className="numeric">{formatUnit(observation[index])}</td>
              <td className="observation-panel__bar" aria-hidden="true">
                <span style={{ width: `${Math.min(1, Math.max(0, observation[index])) * 100}%` }} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
