// Tools for teaching with the lab: Share (link, QR code, lecture options), presenter view, and the keyboard shortcuts.
import { useCallback, useState } from 'react';
import { selectLabLinkActions, selectPresenting } from '../../../store/lab-link-selectors';
import { useLab } from '../../app/store-context';
import { useT } from '../../i18n/language-store';
import { LazyShareDialog, LazyShortcutHelp } from '../LazyPanels';
import { useLabShortcuts } from './use-lab-shortcuts';
import { usePresenterView } from './use-presenter-view';
import './lecture.css';
import './presenter.css';

export function LectureBar() {
  const TEXT = useT().share.bar;
  const presenting = useLab(selectPresenting);
  const { setPresenting } = useLab(selectLabLinkActions);
  const [dialog, setDialog] = useState<'share' | 'shortcuts' | null>(null);
  const close = useCallback(() => setDialog(null), []);
  const openHelp = useCallback(() => setDialog('shortcuts'), []);
  useLabShortcuts(openHelp);
  usePresenterView();
  return (
    <div className="lecture-bar" role="group" aria-label={TEXT.group}>
      <button type="button" className="button" onClick={() => setDialog('share')}>
        {TEXT.share}
      </button>
      <button type="button" className="button" aria-pressed={presenting} aria-keyshortcuts="P" onClick={() => setPresenting(!presenting)}>
        {TEXT.present}
      </button>
      <button type="button" className="button" aria-keyshortcuts="?" onClick={openHelp}>
        {TEXT.shortcuts} <kbd>?</kbd>
      </button>
      {dialog === 'share' && <LazyShareDialog onClose={close} />}
      {dialog === 'shortcuts' && <LazyShortcutHelp onClose={close} />}
    </div>
  );
}
