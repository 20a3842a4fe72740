// Which shopper this is (seed and index, both in the URL) and the buttons to replay or move on.
import { selectPlayActions, selectPlaySetup, selectSessionDone, selectStepCount } from '../../store/play-selectors';
import { useLab } from '../app/store-context';
import { useT } from '../i18n/language-store';

export function SessionToolbar() {
  const setup = useLab(selectPlaySetup);
  const done = useLab(selectSessionDone);
  const stepCount = useLab(selectStepCount);
  const { nextShopper, restart } = useLab(selectPlayActions);
  const t = useT().play.toolbar;
  return (
    <div className="session-toolbar">
      <p className="session-toolbar__arrival">
        <span className="session-toolbar__avatar" aria-hidden="true">
          #{setup.shopperIndex}
        </span>
        <span>
          <strong>{t.shopper(setup.shopperIndex)}</strong> {done ? t.gone : stepCount === 0 ? t.arrives : t.browsing}
          <br />
          <span className="muted">{t.seed(setup.seed)}</span>
        </span>
      </p>
      <div className="session-toolbar__actions">
        <button type="button" className="button" onClick={restart} disabled={stepCount === 0}>
          {t.replay}
        </button>
        <button type="button" className={done ? 'button button--primary' : 'button'} onClick={nextShopper}>
          {t.next}
        </button>
      </div>
    </div>
  );
}
