// What the lab did on its own while training (a recovery after a lost WebGL context), until dismissed.
import { selectLabActions, selectRunNotice } from '../../store/lab-selectors';
import { useLab } from '../app/store-context';
import { NoticeText } from './notices/NoticeText';

export function RunNotice() {
  const notice = useLab(selectRunNotice);
  const { dismissRunNotice } = useLab(selectLabActions);
  if (!notice) return null;
  return (
    <div className="banner banner--info" role="alert" aria-label="The lab recovered">
      <p>
        <NoticeText notice={notice} />
      </p>
      <button type="button" className="button" onClick={dismissRunNotice}>
        Dismiss
      </button>
    </div>
  );
}
