// The codes the board refused, each with its reason in words.
import type { ResultCodeRefusal } from '../../preset/result-code';
import { useT } from '../i18n/language-store';
import { refusalText, type ChoiceWords } from './refusal-words';

/** Codes are long; the start is enough to find it in the chat. */
function shortened(code: string): string {
  return code.length > 28 ? `${code.slice(0, 27)}…` : code;
}

export function RefusedCodes({ refused, choiceWords }: { refused: ReadonlyArray<{ code: string; refusal: ResultCodeRefusal }>; choiceWords: ChoiceWords }) {
  const TEXT = useT().board.refused;
  if (refused.length === 0) return null;
  return (
    <section className="panel board-refused" aria-labelledby="board-refused-title">
      <h2 id="board-refused-title">{TEXT.heading}</h2>
      <p className="muted">{TEXT.intro}</p>
      <table className="data-table board-table">
        <thead>
          <tr>
            <th scope="col">{TEXT.code}</th>
            <th scope="col">{TEXT.reason}</th>
          </tr>
        </thead>
        <tbody>
          {refused.map(({ code, refusal }) => (
            <tr key={code}>
              <td>
                <code translate="no">{shortened(code)}</code>
              </td>
              <td>{refusalText(refusal, TEXT, choiceWords)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
