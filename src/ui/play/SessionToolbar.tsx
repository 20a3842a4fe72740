// Which shopper this is (seed and index, both in the URL) and the buttons to replay or move on.
import { selectPlayActions, selectPlaySetup, selectSessionDone, selectStepCount } from '../../store/play-selectors';
import { useLab } from '../app/store-context';

export function SessionToolbar() {
  const setup = useLab(selectPlaySetup);
  const done = useLab(selectSessionDone);
  const stepCount = useLab(selectStepCount);
  const { nextShopper, restart } = useLab(selectPlayActions);
  return (
    <div className="session-toolbar">
      <p className="session-toolbar__arrival">
        <span className="session-toolbar__avatar" aria-hidden="true">
          #{setup.shopperIndex}
        </span>
        <span>
          <strong>Shopper {setup.shopperIndex}</strong> {done ? 'has gone.' : stepCount === 0 ? 'arrives.' : 'is browsing.'}
          <br />
          <span className="muted">
            Seed {setup.seed}: the same link always brings the same shopper.
          </span>
        </span>
      </p>
      <div className="session-toolbar__actions">
        <button type="button" className="button" onClick={restart} disabled={stepCount === 0}>
          Replay this shopper
        </button>
        <button type="button" className={done ? 'button button--primary' : 'button'} onClick={nextShopper}>
          Next shopper
        </button>
      </div>
    </div>
  );
}
