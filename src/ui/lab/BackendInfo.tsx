// Which tfjs backend trains, why, and whether WebGL is missing or software-rendered here: a badge for the
// header (the reason on hover, the details on click) and the panel beside the controls, where it can be chosen.
import { useId } from 'react';
import { TRAINING_FIELDS } from '../../engine/training-config';
import { selectBackend, selectDraft, selectLabActions, selectLabPhase } from '../../store/lab-selectors';
import type { BackendReport } from '../../worker/protocol';
import { useLab } from '../app/store-context';

const BACKEND_CHOICES = TRAINING_FIELDS.backend.kind === 'choice' ? TRAINING_FIELDS.backend.choices : ['auto'];
const CHOICE_LABELS: Record<string, string> = { auto: 'auto (the fastest in a short trial)', wasm: 'wasm', cpu: 'cpu (plain JavaScript)', webgl: 'webgl (GPU)' };

/** The backend in a word or two: "wasm", "webgl (software)". */
export function backendLabel(report: BackendReport): string {
  return report.backend === 'webgl' && report.webgl.softwareRendered ? 'webgl (software)' : report.backend;
}

const howChosen = (report: BackendReport) => (report.requested === 'auto' ? 'chosen automatically' : 'chosen by you');

/** The measured reason and, when WebGL is missing or drawn by the CPU, a plain warning. */
function BackendNotes({ report }: { report: BackendReport }) {
  const { webgl } = report;
  return (
    <>
      <p className="backend__summary">{report.summary}</p>
      {!webgl.available && (
        <p className="backend__note" role="note">
          WebGL is unavailable in this browser, so the lab trains on {report.backend} instead. Everything works, only the GPU path is missing.
        </p>
      )}
      {webgl.available && webgl.softwareRendered && (
        <p className="backend__note" role="note">
          WebGL is software-rendered here ({webgl.renderer}): a CPU draws it, so it is slower than wasm on this machine.
        </p>
      )}
    </>
  );
}

/** The header's badge: the backend in use, a warning sign when WebGL is missing or slow; click for the details. */
export function BackendBadge() {
  const report = useLab(selectBackend);
  if (!report) return null;
  const warn = !report.webgl.available || report.webgl.softwareRendered;
  return (
    <details className="backend-badge" aria-label="Training backend">
      <summary title={report.summary}>
        <span className="backend-badge__label">Backend: {backendLabel(report)}</span>
        {warn && (
          <span className="backend-badge__warning" aria-label={report.webgl.available ? 'WebGL is software-rendered' : 'WebGL is unavailable'}>
            ⚠
          </span>
        )}
      </summary>
      <div className="backend-badge__details">
        <p>
          <strong>{backendLabel(report)}</strong> ({howChosen(report)})
        </p>
        <BackendNotes report={report} />
      </div>
    </details>
  );
}

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
