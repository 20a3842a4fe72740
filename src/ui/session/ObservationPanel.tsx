// What the agent would see now: the 20-number observation, feature by feature, folded away by default.
import { FEATURE_NAMES } from '../../sim/observation';
import { selectObservation } from '../../store/play-selectors';
import { useLab } from '../app/store-context';
import { formatUnit } from '../format';

export function ObservationPanel() {
  const observation = useLab(selectObservation);
  return (
    <details className="panel observation-panel">
      <summary>
        <span className="observation-panel__title">What the agent observes</span>
        <span className="muted"> · {observation.length} numbers</span>
      </summary>
      <p className="panel__hint">
        No preferences, no trust: a noisy browsing history, the last outcome, session counts and a noisy engagement signal.
      </p>
      <table className="data-table data-table--compact" aria-label="Agent observation">
        <tbody>
          {FEATURE_NAMES.map((name, index) => (
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
