// The header's badge for the tfjs backend that trains: the reason on hover, the details on click. Kept apart
// from the backend panel so the first paint loads no engine code (the badge appears once the lab has run).
import { selectBackend } from '../../store/lab-selectors';
import type { BackendReport } from '../../worker/protocol';
import { useLab } from '../app/store-context';

/** The backend in a word or two: "wasm", "webgl (software)". */
export function backendLabel(report: BackendReport): string {
  return report.backend === 'webgl' && report.webgl.softwareRendered ? 'webgl (software)' : report.backend;
}

export const howChosen = (report: BackendReport) => (report.requested === 'auto' ? 'chosen automatically' : 'chosen by you');

/** The measured reason and, when WebGL is missing or drawn by the CPU, a plain warning. */
export function BackendNotes({ report }: { report: BackendReport }) {
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
