// The run's state in one sentence: loading, error, paused, finished (with what can come next), or diverged with the fix one click away.
import { liveKnobValues } from '../../contracts/agent-kinds';
import { selectDivergence, selectLabActions, selectLabError, selectLabPhase, selectRunConfig, selectRunStatus, selectRunStep } from '../../store/lab-selectors';
import { useLab } from '../app/store-context';
import { useT } from '../i18n/language-store';
import { formatExact, formatStep } from './charts/chart-data';
import { divergenceCause } from './lab-wording';
import { BudgetEnd } from './BudgetEnd';

export function StatusBanner() {
  const phase = useLab(selectLabPhase);
  const error = useLab(selectLabError);
  const status = useLab(selectRunStatus);
  const step = useLab(selectRunStep);
  const divergence = useLab(selectDivergence);
  const config = useLab(selectRunConfig);
  const { lowerAlphaAndRestart, connect } = useLab(selectLabActions);
  const { lab } = useT();
  const text = lab.status;
  if (phase === 'idle' || phase === 'loading') {
    return (
      <p className="banner banner--info" role="status">
        {text.loading}
      </p>
    );
  }
  if (phase === 'error') {
    return (
      <div className="banner banner--error" role="alert">
        <strong>{text.failed}</strong> {error}
        <button type="button" className="button" onClick={() => void connect()}>
          {text.tryAgain}
        </button>
      </div>
    );
  }
  if (status === 'diverged') {
    const alpha = config ? liveKnobValues(config).learningRate : Number.NaN;
    return (
      <div className="banner banner--error" role="alert" aria-label={text.divergedLabel}>
        <strong>{text.diverged(formatStep(divergence?.step ?? step))}</strong> {text.divergedExplanation(divergenceCause(divergence?.cause, lab), formatExact(alpha))}
        <button type="button" className="button button--primary" onClick={() => void lowerAlphaAndRestart()}>
          {text.lowerAlpha}
        </button>
      </div>
    );
  }
  if (status === 'finished') return <BudgetEnd />;
  if (status === 'paused') {
    return (
      <p className="banner banner--info" role="status">
        {text.paused(formatStep(step))}
      </p>
    );
  }
  if (status === 'ready') {
    return (
      <p className="banner banner--info" role="status">
        {text.ready}
      </p>
    );
  }
  return (
    <p className="banner banner--running" role="status">
      {text.training}
    </p>
  );
}
