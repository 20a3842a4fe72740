// A small dismissible notice, when the link's seed or shopper was unusable and a default was used instead.
import { selectPlayActions, selectPlayNotice } from '../../store/play-selectors';
import { useLab } from '../app/store-context';
import { useT } from '../i18n/language-store';
import { linkNoticeText } from './link-notice';

export function SeedNotice() {
  const notice = useLab(selectPlayNotice);
  const { dismissNotice } = useLab(selectPlayActions);
  const messages = useT();
  const t = messages.play.linkNotice;
  if (!notice) return null;
  return (
    <div className="notice" role="status">
      <span className="notice__icon" aria-hidden="true">
        i
      </span>
      <p className="notice__text">{linkNoticeText(notice, t)}</p>
      <button type="button" className="button button--quiet" onClick={dismissNotice} aria-label={t.dismissLabel}>
        {messages.app.dismiss}
      </button>
    </div>
  );
}
