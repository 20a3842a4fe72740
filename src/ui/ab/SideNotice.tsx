// What the lab did on its own on one compare side (a restart after its worker died), until dismissed.
import type { AbSide } from '../../preset/ab-setup';
import { selectAbActions, selectAbSideView } from '../../store/ab-selectors';
import { useLab } from '../app/store-context';
import { useT } from '../i18n/language-store';
import { sideNoticeText } from './ab-text';

const SIDE_VIEW = { a: selectAbSideView('a'), b: selectAbSideView('b') };

export function SideNotice({ side }: { side: AbSide }) {
  const t = useT();
  const { notice } = useLab(SIDE_VIEW[side]).run;
  const { dismissNotice } = useLab(selectAbActions);
  if (!notice) return null;
  const name = t.ab.sideName[side];
  return (
    <div className="banner banner--info" role="alert" aria-label={t.ab.recoveredLabel(name)}>
      <p>{sideNoticeText(t, notice, name)}</p>
      <button type="button" className="button" onClick={() => dismissNotice(side)}>
        {t.app.dismiss}
      </button>
    </div>
  );
}
