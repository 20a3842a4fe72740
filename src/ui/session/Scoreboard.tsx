// The running numbers: step, running return, and what became of the last recommendation.
import { selectLastStep, selectMaxSteps, selectSessionDone, selectSessionReturn, selectStepCount } from '../../store/play-selectors';
import { useLab } from '../app/store-context';
import { formatReward, formatRewardChange, itemName } from '../format';
import { useT } from '../i18n/language-store';
import { OutcomeLabel } from './OutcomeLabel';

export function Scoreboard() {
  const stepCount = useLab(selectStepCount);
  const maxSteps = useLab(selectMaxSteps);
  const sessionReturn = useLab(selectSessionReturn);
  const lastStep = useLab(selectLastStep);
  const done = useLab(selectSessionDone);
  const t = useT().play;
  const words = t.scoreboard;
  return (
    <section className="scoreboard" aria-label={words.region}>
      <div className="scoreboard__figure">
        <span className="scoreboard__label" id="step-label">
          {words.step}
        </span>
        <span className="scoreboard__value" aria-labelledby="step-label">
          {stepCount}
          <span className="scoreboard__unit"> / {maxSteps}</span>
        </span>
      </div>
      <div className="scoreboard__figure scoreboard__figure--main">
        <span className="scoreboard__label" id="return-label">
          {words.runningReturn}
        </span>
        <output className="scoreboard__value" aria-labelledby="return-label" data-testid="running-return">
          {formatReward(sessionReturn)}
        </output>
      </div>
      <div className="scoreboard__figure scoreboard__figure--last" aria-live="polite">
        <span className="scoreboard__label">{words.lastStep}</span>
        {lastStep ? (
          <span className="scoreboard__last" aria-label={words.lastOutcome}>
            <OutcomeLabel outcome={lastStep.outcome} />
            <span className="scoreboard__reward">{formatRewardChange(lastStep.reward)}</span>
            <span className="scoreboard__item">{itemName(lastStep.item.index, t)}</span>
          </span>
        ) : (
          <span className="scoreboard__empty">{words.nothingYet}</span>
        )}
        {done && lastStep && (
          <span className="scoreboard__ending" role="status">
            {lastStep.left ? words.left(stepCount) : words.limit(maxSteps)}
          </span>
        )}
      </div>
    </section>
  );
}
