// The run's state in one sentence: loading, error, paused, finished, or diverged with the fix one click away.
import { selectDivergence, selectLabActions, selectLabError, selectLabPhase, selectRunConfig, selectRunStatus, selectRunStep } from '../../store/lab-selectors';
import { useLab } from '../app/store-context';
import { formatExact, formatStep } from './charts/chart-data';

export function StatusBanner() {
  const phase = useLab(selectLabPhase);
  const error = useLab(selectLabError);
  const status = useLab(selectRunStatus);
  const step = useLab(selectRunStep);
  const divergence = useLab(selectDivergence);
  const config = useLab(selectRunConfig);
  const { lowerAlphaAndRestart, connect } = useLab(selectLabActions);
  if (phase === 'idle' || phase === 'loading') {
    return (
      <p className="banner banner--info" role="status">
        Loading the training engine (the neural-network library loads in a background worker)…
      </p>
    );
  }
  if (phase === 'error') {
    return (
      <div className="banner banner--error" role="alert">
        <strong>The training engine could not start.</strong> {error}
        <button type="button" className="button" onClick={() => void connect()}>
          Try again
        </button>
      </div>
    );
  }
  if (status === 'diverged') {
    const alpha = config ? (config.agent === 'tabular' ? config.tabular.learningRate : config.dqn.learningRate) : Number.NaN;
    return (
      <div className="banner banner--error" role="alert" aria-label="Training diverged">
        <strong>Training diverged at step {formatStep(divergence?.step ?? step)}.</strong> The updates overshot until the loss or a Q-value stopped
        being a finite number ({divergence?.reason}). A learning rate of {formatExact(alpha)} is too large for this network: each update moves the
        values further than the error it corrects.
        <button type="button" className="button button--primary" onClick={() => void lowerAlphaAndRestart()}>
          Lower alpha and restart
        </button>
      </div>
    );
  }
  if (status === 'finished') {
    return (
      <p className="banner banner--done" role="status">
        Finished: the budget of {formatStep(step)} environment steps is spent. Reset to train again, or raise the budget under Advanced settings.
      </p>
    );
  }
  if (status === 'paused') {
    return (
      <p className="banner banner--info" role="status">
        Paused at step {formatStep(step)}. Press Play to continue, or Step once to watch one step of every shopper.
      </p>
    );
  }
  if (status === 'ready') {
    return (
      <p className="banner banner--info" role="status">
        Ready. Press Play to start training.
      </p>
    );
  }
  return (
    <p className="banner banner--running" role="status">
      Training…
    </p>
  );
}
