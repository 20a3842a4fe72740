// What the lab did on its own while training (a recovery after a lost WebGL context), until dismissed.
import { selectLabActions, selectRunNotice } from '../../store/lab-selectors';
import { useLab } from '../app/store-context';
import { useT } from '../i18n/language-store';
import { runNoticeText } from './notices/run-notice-text';

export function RunNotice() {
  const notice = useLab(selectRunNotice);
  const { dismissRunNotice } = useLab(selectLabActions);
  const t = useT();
  const { lab, app } = t;
  if (!notice) return null;
  return (
    <div className="banner banner--info" role="alert" aria-label={lab.notice.label}>
      <p>
        {runNoticeText(notice, t)}
      </p>
      <button type="button" className="button" onClick={dismissRunNotice}>
        {app.dismiss}
      </button>
    </div>
  );
}
