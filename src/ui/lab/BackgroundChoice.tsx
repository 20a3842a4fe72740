// What training does while the tab is hidden: keep going (the worker trains on), or pause and resume on return.
import { useEffect, useId, useRef, useState } from 'react';
import { selectLabActions, selectRunStatus } from '../../store/lab-selectors';
import { useLab } from '../app/store-context';
import { useT } from '../i18n/language-store';

export type BackgroundPolicy = 'continue' | 'pause';

const STORAGE_KEY = 'q-shop-lab.background';

function savedPolicy(): BackgroundPolicy {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'pause' ? 'pause' : 'continue';
  } catch {
    return 'continue'; // storage blocked: the default, unsaved
  }
}

/** Pauses a running run when the tab is hidden (if the user chose so) and resumes it when the tab is back; true once it has. */
function usePauseWhileHidden(policy: BackgroundPolicy): boolean {
  const status = useLab(selectRunStatus);
  const { play, pause } = useLab(selectLabActions);
  const [resumed, setResumed] = useState(false);
  const statusRef = useRef(status);
  const pausedRef = useRef(false);
  useEffect(() => {
    statusRef.current = status;
  }, [status]);
  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') {
        if (policy === 'pause' && statusRef.current === 'running') {
          pause();
          pausedRef.current = true;
        }
      } else if (pausedRef.current) {
        pausedRef.current = false;
        // Resume only what this hook paused: a run reset or finished meanwhile stays as it is.
        if (statusRef.current === 'paused') {
          play();
          setResumed(true);
        }
      }
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => document.removeEventListener('visibilitychange', onVisibility);
  }, [policy, play, pause]);
  return resumed;
}

export function BackgroundChoice() {
  const [policy, setPolicy] = useState<BackgroundPolicy>(savedPolicy);
  const resumed = usePauseWhileHidden(policy);
  const id = useId();
  const { background } = useT().lab;
  const choose = (next: BackgroundPolicy) => {
    setPolicy(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // storage blocked: the choice holds for this page only
    }
  };
  return (
    <div className="run-controls__background">
      <label htmlFor={id}>{background.label}</label>
      <select id={id} value={policy} onChange={(event) => choose(event.target.value as BackgroundPolicy)}>
        <option value="continue">{background.keepTraining}</option>
        <option value="pause">{background.pause}</option>
      </select>
      {resumed && (
        <span className="muted" role="status">
          {background.resumed}
        </span>
      )}
    </div>
  );
}
