// The step-through buttons: one shopper, one update, one session, or every shopper's turn; and where the round stands.
import { kindOfChoice } from '../../contracts/agent-kinds';
import { selectAgent, selectInspection, selectLabActions, selectLabPhase, selectRunStatus, selectStepNotice } from '../../store/lab-selectors';
import { useLab } from '../app/store-context';
import { useT } from '../i18n/language-store';

export function StepControls() {
  const phase = useLab(selectLabPhase);
  const status = useLab(selectRunStatus);
  const agent = useLab(selectAgent);
  const inspection = useLab(selectInspection);
  const notice = useLab(selectStepNotice);
  const { stepShopper, stepUpdate, stepSession, stepOnce, dismissStepNotice } = useLab(selectLabActions);
  const messages = useT();
  const t = messages.inspector.controls;
  const canStep = phase === 'ready' && status !== 'running' && status !== 'finished' && status !== 'diverged';
  // Only an agent that learns in minibatch updates can make one alone; a table learns on every step.
  const learning = agent === null ? null : kindOfChoice(agent).learning;
  const learnsInUpdates = learning === 'minibatch';
  const round = inspection?.round;
  const replay = inspection?.replay;
  return (
    <div className="step-controls">
      <div className="step-controls__buttons" role="group" aria-label={t.group}>
        <button type="button" className="button" onClick={stepShopper} disabled={!canStep} title={t.stepShopperTitle}>
          {t.stepShopper}
        </button>
        <button
          type="button"
          className="button"
          onClick={stepUpdate}
          disabled={!canStep || !learnsInUpdates}
          title={learnsInUpdates ? t.stepUpdateTitle : t.stepUpdateOnlyDqn}
        >
          {t.stepUpdate}
        </button>
        <button type="button" className="button" onClick={stepSession} disabled={!canStep} title={t.stepSessionTitle}>
          {t.stepSession}
        </button>
        <button type="button" className="button" onClick={stepOnce} disabled={!canStep} title={t.finishRoundTitle}>
          {t.finishRound}
        </button>
      </div>
      <p className="step-controls__status muted" aria-live="polite">
        {status === 'running' ? t.pauseFirst : ''}
        {round ? t.round(round.nextSlot + 1, round.sessions) : ''}
        {replay && replay.size < replay.learningStarts ? t.replayFilling(replay.size, replay.learningStarts) : ''}
        {learning === 'every-step' ? t.tabularEveryStep : ''}
      </p>
      {notice && (
        <p className="step-controls__notice" role="status">
          {t.noUpdate(t.refusals[notice])}{' '}
          <button type="button" className="button button--link" onClick={dismissStepNotice}>
            {messages.app.dismiss}
          </button>
        </p>
      )}
    </div>
  );
}
