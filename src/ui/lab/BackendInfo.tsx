// Which tfjs backend trains, why, whether WebGL is missing or software-rendered here, and a choice of another.
import { useId } from 'react';
import { TRAINING_FIELDS } from '../../engine/training-config';
import { selectBackend, selectDraft, selectLabActions, selectLabPhase } from '../../store/lab-selectors';
import { useLab } from '../app/store-context';
import { BackendNotes, backendLabel, howChosen } from './BackendBadge';

const BACKEND_CHOICES = TRAINING_FIELDS.backend.kind === 'choice' ? TRAINING_FIELDS.backend.choices : ['auto'];
const CHOICE_LABELS: Record<string, string> = { auto: 'auto (the fastest in a short trial)', wasm: 'wasm', cpu: 'cpu (plain JavaScript)', webgl: 'webgl (GPU)' };

/** The panel beside the controls: the backend, why, and a choice that restarts the run on another one. */
export function BackendInfo() {
  const report = useLab(selectBackend);
  const draft = useLab(selectDraft);
  const phase = useLab(selectLabPhase);
  const { setDraftField, reset } = useLab(selectLabActions);
  const choiceId = useId();
  if (!report || !draft) return null;
  return (
    <section className="panel backend" aria-label="Compute backend">
      <p>
        <strong>Backend: {backendLabel(report)}</strong> <span className="muted">({howChosen(report)})</span>
      </p>
      <BackendNotes report={report} />
      <label htmlFor={choiceId} className="backend__choice">
        Run on (restarts the run)
      </label>
      <select
        id={choiceId}
        value={draft.training.backend}
        disabled={phase === 'loading'}
        onChange={(event) => {
          setDraftField('training', 'backend', event.target.value);
          void reset();
        }}
      >
        {BACKEND_CHOICES.map((choice) => (
          <option key={choice} value={choice}>
            {CHOICE_LABELS[choice] ?? choice}
          </option>
        ))}
      </select>
    </section>
  );
}
