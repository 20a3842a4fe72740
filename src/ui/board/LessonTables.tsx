// For each lesson, the class's predictions (rows) against what their runs measured (columns), and how
// many predicted right: the diagonal, where the prediction was the outcome.
import { useT } from '../i18n/language-store';
import { orderedChoices, type LessonTally } from './board-summary';
import type { BoardLessonWords } from './use-lesson-words';

export function LessonTables({ tallies, words }: { tallies: readonly LessonTally[]; words: BoardLessonWords }) {
  const TEXT = useT().board.lessons;
  if (tallies.length === 0) return null;
  return (
    <section className="panel board-lessons" aria-labelledby="board-lessons-title">
      <h2 id="board-lessons-title">{TEXT.heading}</h2>
      {tallies.map((tally) => (
        <LessonTable key={tally.lessonId} tally={tally} words={words} />
      ))}
    </section>
  );
}

function LessonTable({ tally, words }: { tally: LessonTally; words: BoardLessonWords }) {
  const TEXT = useT().board.lessons;
  const title = words.title(tally.lessonId);
  const choices = orderedChoices(tally, words.order(tally.lessonId));
  const label = (choice: string) => words.choice(tally.lessonId, choice);
  return (
    <div className="board-lesson">
      <h3>
        {title} <span className="muted">({TEXT.results(tally.total)})</span>
      </h3>
      <p className="board-lesson__right">{TEXT.right(tally.right, tally.total)}</p>
      <table className="data-table board-table" aria-label={TEXT.tableLabel(title)}>
        <thead>
          <tr>
            <th scope="col">{TEXT.corner}</th>
            {choices.map((measured) => (
              <th key={measured} scope="col" className="numeric">
                {label(measured)}
              </th>
            ))}
            <th scope="col" className="numeric">
              {TEXT.total}
            </th>
          </tr>
        </thead>
        <tbody>
          {choices.map((predicted) => {
            const row = tally.counts[predicted] ?? {};
            return (
              <tr key={predicted}>
                <th scope="row">{TEXT.predicted(label(predicted))}</th>
                {choices.map((measured) => (
                  <td key={measured} className={`numeric${predicted === measured ? ' board-table__right' : ''}`}>
                    {row[measured] ?? 0}
                  </td>
                ))}
                <td className="numeric">{Object.values(row).reduce((sum, count) => sum + count, 0)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
