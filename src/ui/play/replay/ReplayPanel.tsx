// After a session: the student's steps beside the DP oracle's and a trained agent's on the same shopper and
// coin flips, one step at a time, with the agent's values for each card and the three trust curves.
import { Suspense, lazy } from 'react';
import { selectReplay, selectReplayActions, selectSessionDone } from '../../../store/play-selectors';
import { useLab } from '../../app/store-context';
import { useT } from '../../i18n/language-store';
import { useReplayLines } from './use-replay-lines';
import './replay.css';

/** The replay's body loads when a student first opens it: its chart library stays out of the landing page. */
const ReplayBody = lazy(async () => ({ default: (await import('./ReplayBody')).ReplayBody }));

export function ReplayPanel() {
  const done = useLab(selectSessionDone);
  const replay = useLab(selectReplay);
  const { lines, key } = useReplayLines();
  const actions = useLab(selectReplayActions);
  const words = useT().replay;
  if (!done) return null;
  const open = replay.openFor === key;
  return (
    <section className="panel replay" aria-labelledby="replay-heading">
      <div className="panel__header">
        <h2 id="replay-heading">{words.heading}</h2>
        {open && (
          <button type="button" className="button" onClick={actions.close}>
            {words.close}
          </button>
        )}
      </div>
      <p className="panel__hint">{words.intro}</p>
      {open ? (
        <Suspense fallback={<p role="status">{words.loadingReplay}</p>}>
          <ReplayBody lines={lines} />
        </Suspense>
      ) : (
        <button type="button" className="button button--primary" onClick={actions.open}>
          {words.open}
        </button>
      )}
    </section>
  );
}

