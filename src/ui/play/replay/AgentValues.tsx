// The agent's Q-value of each of the 24 cards before a step, laid out as the shop is (a category a row, a
// tier a column): each cell has the value in numbers and a bar, and says whose pick the card was.
import { CATEGORY_NAMES, TIER_NAMES } from '../../../sim/settings';
import { categoryName, formatReward } from '../../format';
import { useT } from '../../i18n/language-store';

export interface PickMark {
  item: number;
  /** Whose pick, in words ("agent's pick"). */
  label: string;
  className: string;
}

export function AgentValues({ values, step, marks }: { values: readonly number[]; step: number; marks: readonly PickMark[] }) {
  const t = useT();
  const words = t.replay.values;
  const low = Math.min(...values);
  const high = Math.max(...values);
  const span = high - low || 1;
  return (
    <div className="replay-values__scroll">
      <table className="data-table data-table--compact replay-values" aria-label={words.tableLabel(step)}>
        <thead>
          <tr>
            <th scope="col">{words.category}</th>
            {TIER_NAMES.map((tier) => (
              <th key={tier} scope="col">
                {t.play.tiers[tier]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {CATEGORY_NAMES.map((name, category) => (
            <tr key={name}>
              <th scope="row">{categoryName(category, t.play)}</th>
              {TIER_NAMES.map((tier, tierIndex) => {
                const item = category * TIER_NAMES.length + tierIndex;
                const picked = marks.filter((mark) => mark.item === item);
                return (
                  <td key={tier} className={picked.length > 0 ? `replay-values__cell ${picked.map((mark) => mark.className).join(' ')}` : 'replay-values__cell'}>
                    <span className="replay-values__number">{formatReward(values[item])}</span>
                    <span className="replay-values__bar" aria-hidden="true">
                      <span style={{ width: `${Math.round(((values[item] - low) / span) * 100)}%` }} />
                    </span>
                    {picked.map((mark) => (
                      <span key={mark.className} className="replay-values__mark">
                        {mark.label}
                      </span>
                    ))}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
