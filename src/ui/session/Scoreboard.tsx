// The running numbers: step, running return, and what became of the last recommendation.
import { selectLastStep, selectMaxSteps, selectSessionDone, selectSessionReturn, selectStepCount } from '../../store/play-selectors';
import { useLab } from '../app/store-context';
import { formatReward, formatRewardChange } from '../format';
import { OutcomeLabel } from './OutcomeLabel';

export function Scoreboard() {
  const stepCount = useLab(selectStepCount);
  const maxSteps = useLab(selectMaxSteps);
  const sessionReturn = useLab(selectSessionReturn);
  const lastStep = useLab(selectLastStep);
  const done = useLab(selectSessionDone);
  return (
    <section className="scoreboard" aria-label="Scoreboard">
      <div className="scoreboard__figure">
        <span className="scoreboard__label" id="step-label">
          Step
        </span>
        <span className="scoreboard__value" aria-labelledby="step-label">
          {stepCount}
          <span className="scoreboard__unit"> / {maxSteps}</span>
        </span>
      </div>
      <div className="scoreboard__figure scoreboard__figure--main">
        <span className="scoreboard__label" id="return-label">
          Running return
        </span>
        <output className="scoreboard__value" aria-labelledby="return-label" data-testid="running-return">
          {formatReward(sessionReturn)}
        </output>
      </div>
      <div className="scoreboard__figure scoreboard__figure--last" aria-live="polite">
        <span className="scoreboard__label">Last step</span>
        {lastStep ? (
          <span className="scoreboard__last" aria-label="Last outcome">
            <OutcomeLabel outcome={lastStep.outcome} />
            <span className="scoreboard__reward">{formatRewardChange(lastStep.reward)}</span>
            <span className="scoreboard__item">
              {lastStep.item.categoryName} {lastStep.item.tierName}
            </span>
          </span>
        ) : (
          <span className="scoreboard__empty">Nothing recommended yet</span>
        )}
        {done && lastStep && (
          <span className="scoreboard__ending" role="status">
            {lastStep.left ? `The shopper left after ${stepCount} steps.` : `The session reached its ${maxSteps}-step limit.`}
          </span>
        )}
      </div>
    </section>
  );
}
