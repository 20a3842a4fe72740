// "Step through training": the step buttons and everything the last step or update did, in numbers.
import { useEffect } from 'react';
import { selectInspection, selectLabPhase, selectRunStatus, selectSpeed } from '../../store/lab-selectors';
import { useLab } from '../app/store-context';
import { useT } from '../i18n/language-store';
import { BellmanView } from './BellmanView';
import { MinibatchTable } from './MinibatchTable';
import { StepControls } from './StepControls';
import { TabularView } from './TabularView';
import { prefetchTeX } from './TeX';
import { TransitionView } from './TransitionView';
import './inspector.css';

export function Inspector() {
  const inspection = useLab(selectInspection);
  const status = useLab(selectRunStatus);
  const speed = useLab(selectSpeed);
  const phase = useLab(selectLabPhase);
  const t = useT().inspector;
  const transition = inspection?.transition ?? null;
  const stale = status === 'running' && speed === 'max';
  // KaTeX is fetched once the run has started (or a student stepped it), when the page is idle: it never
  // delays the controls, and is usually there by the time a formula is asked for.
  const started = phase === 'ready' && (status !== 'ready' || transition !== null);
  useEffect(() => {
    if (!started) return;
    const idle = window.requestIdleCallback ?? ((callback: () => void) => window.setTimeout(callback, 1000));
    idle(() => void prefetchTeX());
  }, [started]);
  return (
    <section className="panel inspector" aria-labelledby="inspector-title">
      <h2 id="inspector-title">{t.title}</h2>
      <p className="panel__hint">{t.hint}</p>
      <StepControls />
      {stale && <p className="muted">{t.stale}</p>}
      {!transition ? (
        <p className="muted">{t.empty}</p>
      ) : (
        <div className={stale ? 'inspector__body inspector__body--stale' : 'inspector__body'}>
          <TransitionView transition={transition} />
          {transition.bellman && <BellmanView bellman={transition.bellman} reward={transition.reward} effect={inspection?.updateEffect ?? null} />}
          {inspection?.tabular && <TabularView update={inspection.tabular} />}
          {inspection?.minibatch && <MinibatchTable minibatch={inspection.minibatch} />}
        </div>
      )}
    </section>
  );
}
