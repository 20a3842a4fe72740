// The sessions at one step, one row each: the card picked, the outcome, trust before and after, the reward,
// the running return, and the policy's expected return on this shopper.
import { formatReward, formatUnit, itemName } from '../../format';
import { useT } from '../../i18n/language-store';
import { OutcomeLabel } from '../../session/OutcomeLabel';
import { lineAt, type ReplayLine } from './replay-lines';

export function ReplayStepTable({ lines, step }: { lines: readonly ReplayLine[]; step: number }) {
  const t = useT();
  const words = t.replay.table;
  return (
    <div className="replay-table__scroll">
      <table className="data-table replay-table" aria-label={words.label(step)}>
        <thead>
          <tr>
            <th scope="col">{words.who}</th>
            <th scope="col">{words.card}</th>
            <th scope="col">{words.outcome}</th>
            <th scope="col" className="numeric">
              {words.trust}
            </th>
            <th scope="col" className="numeric">
              {words.reward}
            </th>
            <th scope="col" className="numeric">
              {words.runningReturn}
            </th>
            <th scope="col" className="numeric">
              {words.expected}
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => {
            const at = lineAt(line, step);
            return (
              <tr key={line.id}>
                <th scope="row">
                  <span className="replay-swatch" style={{ background: line.color }} aria-hidden="true" /> {line.name}
                </th>
                {at.kind === 'step' ? (
                  <>
                    <td>{itemName(at.detail.item.index, t.play)}</td>
                    <td>
                      <OutcomeLabel outcome={at.detail.outcome} />
                    </td>
                    <td className="numeric trust-change">
                      {formatUnit(at.detail.trustBefore)} → {formatUnit(at.detail.trustAfter)}
                    </td>
                    <td className="numeric">{formatReward(at.detail.reward)}</td>
                    <td className="numeric">{formatReward(at.detail.sessionReturn)}</td>
                  </>
                ) : at.kind === 'waiting' ? (
                  <td colSpan={5}>{words.waiting}</td>
                ) : (
                  <>
                    <td colSpan={2}>{at.kind === 'ended' ? words.ended(at.length) : words.notYet}</td>
                    <td className="numeric">{formatUnit(at.kind === 'ended' ? at.last.trustAfter : line.startTrust)}</td>
                    <td className="numeric">–</td>
                    <td className="numeric">{at.kind === 'ended' ? formatReward(at.last.sessionReturn) : formatReward(0)}</td>
                  </>
                )}
                <td className="numeric">{line.expected}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
