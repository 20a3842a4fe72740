// The step-through buttons: one shopper, one update, one session, or every shopper's turn; and where the round stands.
import { selectAgent, selectInspection, selectLabActions, selectLabPhase, selectRunStatus, selectStepNotice } from '../../store/lab-selectors';
import { useLab } from '../app/store-context';

export function StepControls() {
  const phase = useLab(selectLabPhase);
  const status = useLab(selectRunStatus);
  const agent = useLab(selectAgent);
  const inspection = useLab(selectInspection);
  const notice = useLab(selectStepNotice);
  const { stepShopper, stepUpdate, stepSession, stepOnce, dismissStepNotice } = useLab(selectLabActions);
  const canStep = phase === 'ready' && status !== 'running' && status !== 'finished' && status !== 'diverged';
  const learnsInUpdates = agent === 'dqn';
  const round = inspection?.round;
  const replay = inspection?.replay;
  return (
    <div className="step-controls">
      <div className="step-controls__buttons" role="group" aria-label="Step through training">
        <button type="button" className="button" onClick={stepShopper} disabled={!canStep} title="The next shopper in turn gets one recommendation">
          Step one shopper
        </button>
        <button
          type="button"
          className="button"
          onClick={stepUpdate}
          disabled={!canStep || !learnsInUpdates}
          title={learnsInUpdates ? 'One gradient update on a minibatch sampled from the replay memory' : 'Only the DQN learns in separate gradient updates'}
        >
          Step one update
        </button>
        <button type="button" className="button" onClick={stepSession} disabled={!canStep} title="Shoppers take turns until the followed shopper's session ends">
          Step one session
        </button>
        <button type="button" className="button" onClick={stepOnce} disabled={!canStep} title="Every shopper of the round takes its turn, then the agent learns">
          Finish the round
        </button>
      </div>
      <p className="step-controls__status muted" aria-live="polite">
        {status === 'running' ? 'Pause to step by hand. ' : ''}
        {round ? `Next turn: shopper ${round.nextSlot + 1} of the ${round.sessions} served side by side in each round; the agent learns after the round's last turn. ` : ''}
        {replay && replay.size < replay.learningStarts ? `Replay memory: ${replay.size} of the ${replay.learningStarts} transitions needed before updates start.` : ''}
        {!learnsInUpdates && agent === 'tabular' ? 'Tabular Q-learning updates its table on every step, so each shopper step is also an update.' : ''}
      </p>
      {notice && (
        <p className="step-controls__notice" role="status">
          No update: {notice}.{' '}
          <button type="button" className="button button--link" onClick={dismissStepNotice}>
            Dismiss
          </button>
        </p>
      )}
    </div>
  );
}
