// A small dismissible notice, e.g. when the link's seed was unusable and a default was used instead.
import { selectPlayActions, selectPlayNotice } from '../../store/play-selectors';
import { useLab } from '../app/store-context';

export function SeedNotice() {
  const notice = useLab(selectPlayNotice);
  const { dismissNotice } = useLab(selectPlayActions);
  if (!notice) return null;
  return (
    <div className="notice" role="status">
      <span className="notice__icon" aria-hidden="true">
        i
      </span>
      <p className="notice__text">{notice}</p>
      <button type="button" className="button button--quiet" onClick={dismissNotice} aria-label="Dismiss notice">
        Dismiss
      </button>
    </div>
  );
}
