// When the run is kept for the next visit: every half minute while it trains, when it pauses or ends,
// and when the page is hidden or left (each a no-op when nothing changed since the last save).
import { useEffect } from 'react';
import { selectLabFilesActions } from '../../../store/lab-files-selectors';
import { selectLabPhase, selectRunStatus } from '../../../store/lab-selectors';
import { useLab } from '../../app/store-context';

export const AUTOSAVE_INTERVAL_MS = 30_000;

export function useAutosave(): void {
  const phase = useLab(selectLabPhase);
  const status = useLab(selectRunStatus);
  const { autosave, checkAutosave } = useLab(selectLabFilesActions);

  useEffect(() => {
    if (phase === 'ready') void checkAutosave();
  }, [phase, checkAutosave]);

  useEffect(() => {
    if (status === 'paused' || status === 'finished') void autosave();
    if (status !== 'running') return;
    const timer = setInterval(() => void autosave(), AUTOSAVE_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [status, autosave]);

  useEffect(() => {
    // Best effort: a page being unloaded may end before the worker answers, hence the timer above.
    const onHide = () => {
      if (document.visibilityState === 'hidden') void autosave();
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onHide);
    };
  }, [autosave]);
}
