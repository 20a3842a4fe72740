// Play, pause, one step, reset, the speed, and the run's counters.
import { useId } from 'react';
import { selectLabActions, selectLabPhase, selectRunStatus, selectRunStep, selectSpeed, selectStepsPerSecond, selectTensorCount, selectTotalSteps, selectTrainingSeconds, selectUpdateCount } from '../../store/lab-selectors';
import type { Speed } from '../../worker/protocol';
import { useLab } from '../app/store-context';
import { BackgroundChoice } from './BackgroundChoice';
import { formatStep } from './charts/chart-data';

const SPEEDS: ReadonlyArray<{ value: string; label: string }> = [
  { value: '2', label: 'Slow motion: 2 steps per second' },
  { value: '5', label: 'Slow: 5 steps per second' },
  { value: '20', label: '20 steps per second' },
  { value: '100', label: '100 steps per second' },
  { value: 'max', label: 'Full speed' },
];

const parseSpeed = (value: string): Speed => (value === 'max' ? 'max' : Number(value));

export function RunControls() {
  const phase = useLab(selectLabPhase);
  const status = useLab(selectRunStatus);
  const speed = useLab(selectSpeed);
  const { play, pause, stepOnce, reset, setSpeed } = useLab(selectLabActions);
  const speedId = useId();
  const ready = phase === 'ready';
  const running = status === 'running';
  const over = status === 'finished' || status === 'diverged';
  return (
    <div className="panel run-controls" role="group" aria-label="Run controls">
      <div className="run-controls__buttons">
        {running ? (
          <button type="button" className="button button--primary" onClick={pause} disabled={!ready}>
            Pause
          </button>
        ) : (
          <button type="button" className="button button--primary" onClick={play} disabled={!ready || over}>
            Play
          </button>
        )}
        <button type="button" className="button" onClick={stepOnce} disabled={!ready || running || over}>
          Step once
        </button>
        <button type="button" className="button" onClick={() => void reset()} disabled={phase === 'loading'}>
          Reset
        </button>
        <div className="run-controls__speed">
          <label htmlFor={speedId}>Speed</label>
          <select id={speedId} value={String(speed)} onChange={(event) => setSpeed(parseSpeed(event.target.value))}>
            {SPEEDS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      </div>
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
  return (
    <dl className="run-counters">
      <div>
        <dt>Environment steps</dt>
        <dd aria-label="Environment steps" data-value={step}>
          {formatStep(step)} <span className="muted">of {formatStep(total)}</span>
        </dd>
      </div>
      <div>
        <dt>Updates</dt>
        <dd aria-label="Gradient updates">{formatStep(updates)}</dd>
      </div>
      <div>
        <dt>Steps per second</dt>
        <dd aria-label="Steps per second" data-value={rate}>
          {formatStep(rate)}
        </dd>
      </div>
      <div>
        <dt>Training time</dt>
        <dd aria-label="Training time">{seconds.toFixed(1)} s</dd>
      </div>
      <div title="tfjs tensors alive in the training worker: the count stays flat while training runs">
        <dt>Tensors in memory</dt>
        <dd aria-label="Tensors in memory" data-value={tensors}>
          {tensors}
        </dd>
      </div>
    </dl>
  );
}
