// When the run is kept for the next visit: a few seconds after a new run starts training (so that a reload
// offers the run on show, not the one it replaced), every half minute while it trains, when it pauses or
// ends, and when the page is hidden or left (each a no-op when nothing changed since the last save).
import { useEffect } from 'react';
import { selectLabFilesActions, selectRunUnsaved } from '../../../store/lab-files-selectors';
import { selectLabPhase, selectRunStatus } from '../../../store/lab-selectors';
import { useLab } from '../../app/store-context';

export const AUTOSAVE_INTERVAL_MS = 30_000;
/** A run not yet saved is saved this soon after it starts training: a page unload cannot wait for the worker. */
export const FIRST_AUTOSAVE_MS = 5_000;

export function useAutosave(): void {
  const phase = useLab(selectLabPhase);
  const status = useLab(selectRunStatus);
  const unsaved = useLab(selectRunUnsaved);
  const { autosave, checkAutosave } = useLab(selectLabFilesActions);

  useEffect(() => {
    if (phase === 'ready') void checkAutosave();
  }, [phase, checkAutosave]);

  useEffect(() => {
    if (status === 'paused' || status === 'finished') void autosave();
    if (status !== 'running') return;
    const first = unsaved ? setTimeout(() => void autosave(), FIRST_AUTOSAVE_MS) : undefined;
    const timer = setInterval(() => void autosave(), AUTOSAVE_INTERVAL_MS);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [status, unsaved, autosave]);

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
