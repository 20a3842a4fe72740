// Play, pause, one step, reset, the speed, and the run's counters.
import { useId } from 'react';
import { selectLabActions, selectLabPhase, selectRunStatus, selectRunStep, selectSpeed, selectStepsPerSecond, selectTensorCount, selectTotalSteps, selectTrainingSeconds, selectUpdateCount } from '../../store/lab-selectors';
import type { Speed } from '../../contracts/protocol';
import { useLab } from '../app/store-context';
import { useT } from '../i18n/language-store';
import { BackgroundChoice } from './BackgroundChoice';
import { formatStep } from './charts/chart-data';
import { LECTURE_SECONDS } from '../../contracts/pace';

/** The speeds offered, slowest first: slow motion, the lecture pace (the default), then fast-forward. */
const SPEEDS = ['2', '5', '20', '100', 'lecture', 'max'] as const;

const parseSpeed = (value: string): Speed => (value === 'max' || value === 'lecture' ? value : Number(value));

export function RunControls() {
  const phase = useLab(selectLabPhase);
  const status = useLab(selectRunStatus);
  const speed = useLab(selectSpeed);
  const { play, pause, stepOnce, reset, setSpeed } = useLab(selectLabActions);
  const speedId = useId();
  const text = useT().lab.run;
  const ready = phase === 'ready';
  const running = status === 'running';
  const over = status === 'finished' || status === 'diverged';
  return (
    <div className="panel run-controls" role="group" aria-label={text.groupLabel}>
      <div className="run-controls__buttons">
        {running ? (
          <button type="button" className="button button--primary" onClick={pause} disabled={!ready}>
            {text.pause}
          </button>
        ) : (
          <button type="button" className="button button--primary" onClick={play} disabled={!ready || over}>
            {text.play}
          </button>
        )}
        <button type="button" className="button" onClick={stepOnce} disabled={!ready || running || over} title={text.stepOnceTitle}>
          {text.stepOnce}
        </button>
        <button type="button" className="button" onClick={() => void reset()} disabled={phase === 'loading'}>
          {text.reset}
        </button>
        <div className="run-controls__speed">
          <label htmlFor={speedId}>{text.speed}</label>
          <select id={speedId} value={String(speed)} onChange={(event) => setSpeed(parseSpeed(event.target.value))} aria-describedby={`${speedId}-hint`}>
            {SPEEDS.map((value) => (
              <option key={value} value={value}>
                {value === 'lecture' ? text.lecture(LECTURE_SECONDS / 60) : text.speeds[value]}
              </option>
            ))}
          </select>
        </div>
        {speed === 'max' && <p className="muted run-controls__note">{text.fastForwardNote}</p>}
      </div>
      <p id={`${speedId}-hint`} className="muted run-controls__hint">
        {text.speedHint}
      </p>
      <BackgroundChoice />
      <RunCounters />
    </div>
  );
}

function RunCounters() {
  const step = useLab(selectRunStep);
  const total = useLab(selectTotalSteps);
  const updates = useLab(selectUpdateCount);
  const seconds = useLab(selectTrainingSeconds);
  const rate = useLab(selectStepsPerSecond);
  const tensors = useLab(selectTensorCount);
  const text = useT().lab.run;
  return (
    <dl className="run-counters">
      <div>
        <dt>{text.environmentSteps}</dt>
        <dd aria-label={text.environmentSteps} data-value={step}>
          {formatStep(step)} <span className="muted">{text.ofTotal(formatStep(total))}</span>
        </dd>
      </div>
      <div>
        <dt>{text.updates}</dt>
        <dd aria-label={text.gradientUpdates}>{formatStep(updates)}</dd>
      </div>
      <div>
        <dt>{text.stepsPerSecond}</dt>
        <dd aria-label={text.stepsPerSecond} data-value={rate}>
          {formatStep(rate)}
        </dd>
      </div>
      <div>
        <dt>{text.trainingTime}</dt>
        <dd aria-label={text.trainingTime}>{text.seconds(seconds.toFixed(1))}</dd>
      </div>
      <div title={text.tensorsHint}>
        <dt>{text.tensors}</dt>
        <dd aria-label={text.tensors} data-value={tensors}>
          {tensors}
        </dd>
      </div>
    </dl>
  );
}
