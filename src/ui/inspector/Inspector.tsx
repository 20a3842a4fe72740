// "Step through training": the step buttons and everything the last step or update did, in numbers.
import { selectInspection, selectRunStatus, selectSpeed } from '../../store/lab-selectors';
import { useLab } from '../app/store-context';
import { BellmanView } from './BellmanView';
import { MinibatchTable } from './MinibatchTable';
import { StepControls } from './StepControls';
import { TabularView } from './TabularView';
import { TransitionView } from './TransitionView';
import './inspector.css';

export function Inspector() {
  const inspection = useLab(selectInspection);
  const status = useLab(selectRunStatus);
  const speed = useLab(selectSpeed);
  const transition = inspection?.transition ?? null;
  const stale = status === 'running' && speed === 'max';
  return (
    <section className="panel inspector" aria-labelledby="inspector-title">
      <h2 id="inspector-title">Step through training</h2>
      <p className="panel__hint">
        Stop time and see why the numbers move: step one shopper, one gradient update or one whole session, then read the transition, its target
        and the update below.
      </p>
      <StepControls />
      {stale && <p className="muted">Training at full speed: the inspector shows the last paused view. Pause, or pick a slow-motion speed, to follow it.</p>}
      {!transition ? (
        <p className="muted">Step one shopper to see the first transition.</p>
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
