// How many results the board holds, how many codes it refused and how many came twice, and Clear (asked
// twice: a slip of the hand would lose the lecture's codes).
import { useState } from 'react';
import { useT } from '../i18n/language-store';

interface BoardTallyProps {
  accepted: number;
  refused: number;
  duplicates: number;
  onClear(): void;
}

export function BoardTally({ accepted, refused, duplicates, onClear }: BoardTallyProps) {
  const TEXT = useT().board.tally;
  const [asking, setAsking] = useState(false);
  const [cleared, setCleared] = useState(false);
  const total = accepted + refused;
  return (
    <section className="panel board-tally" aria-label={TEXT.label}>
      <p className="board-tally__counts">{total === 0 ? TEXT.empty : TEXT.counts(accepted, refused, duplicates)}</p>
      <p className="muted">{TEXT.kept}</p>
      {total > 0 && !asking && (
        <button type="button" className="button" onClick={() => setAsking(true)}>
          {TEXT.clear}
        </button>
      )}
      {asking && (
        <div className="board-tally__confirm" role="group" aria-label={TEXT.clear}>
          <p>{TEXT.confirm(total)}</p>
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              onClear();
              setAsking(false);
              setCleared(true);
            }}
          >
            {TEXT.confirmYes}
          </button>
          {/* Focus on keeping: a second Enter does not clear the lecture's codes. */}
          <button type="button" className="button" autoFocus onClick={() => setAsking(false)}>
            {TEXT.confirmNo}
          </button>
        </div>
      )}
      <p role="status" className="board-tally__status">
        {cleared && total === 0 ? TEXT.cleared : ''}
      </p>
    </section>
  );
}
