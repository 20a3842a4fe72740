// Which tfjs backend trains, why, whether WebGL is missing or software-rendered here, and a choice of another.
import { useId } from 'react';
import { TRAINING_FIELDS } from '../../contracts/training-config';
import { selectBackend, selectDraft, selectLabActions, selectLabPhase } from '../../store/lab-selectors';
import { useLab } from '../app/store-context';
import { useT } from '../i18n/language-store';
import { BackendNotes } from './BackendBadge';
import { backendLabel, howChosen } from './lab-wording';

const BACKEND_CHOICES = TRAINING_FIELDS.backend.kind === 'choice' ? TRAINING_FIELDS.backend.choices : ['auto'];

/** The panel beside the controls: the backend, why, and a choice that restarts the run on another one. */
export function BackendInfo() {
  const report = useLab(selectBackend);
  const draft = useLab(selectDraft);
  const phase = useLab(selectLabPhase);
  const { setDraftField, reset } = useLab(selectLabActions);
  const choiceId = useId();
  const { lab } = useT();
  const labels: Record<string, string> = lab.backend.choices;
  if (!report || !draft) return null;
  return (
    <section className="panel backend" aria-label={lab.backend.panelLabel}>
      <p>
        <strong>{lab.backend.backend(backendLabel(report, lab))}</strong> <span className="muted">{lab.run.aside(howChosen(report, lab))}</span>
      </p>
      <BackendNotes report={report} />
      <label htmlFor={choiceId} className="backend__choice">
        {lab.backend.runOn}
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
            {labels[choice] ?? choice}
          </option>
        ))}
      </select>
    </section>
  );
}
