// The header's badge for the tfjs backend that trains: the reason on hover, the details on click. Kept apart
// from the backend panel so the first paint loads no engine code (the badge appears once the lab has run).
import { selectBackend } from '../../store/lab-selectors';
import type { BackendReport } from '../../contracts/protocol';
import { useLab } from '../app/store-context';
import { useT } from '../i18n/language-store';
import { backendLabel, backendSummary, howChosen } from './lab-wording';

/** The measured reason and, when WebGL is missing or drawn by the CPU, a plain warning. */
export function BackendNotes({ report }: { report: BackendReport }) {
  const { lab } = useT();
  const { webgl } = report;
  return (
    <>
      <p className="backend__summary">{backendSummary(report, lab)}</p>
      {!webgl.available && (
        <p className="backend__note" role="note">
          {lab.backend.unavailableNote(report.backend)}
        </p>
      )}
      {webgl.available && webgl.softwareRendered && (
        <p className="backend__note" role="note">
          {lab.backend.softwareNote(webgl.renderer ?? '')}
        </p>
      )}
    </>
  );
}

/** The header's badge: the backend in use, a warning sign when WebGL is missing or slow; click for the details. */
export function BackendBadge() {
  const report = useLab(selectBackend);
  const { lab } = useT();
  if (!report) return null;
  const warn = !report.webgl.available || report.webgl.softwareRendered;
  return (
    <details className="backend-badge" aria-label={lab.backend.badgeLabel}>
      <summary title={backendSummary(report, lab)}>
        <span className="backend-badge__label">{lab.backend.backend(backendLabel(report, lab))}</span>
        {warn && (
          <span className="backend-badge__warning" aria-label={report.webgl.available ? lab.backend.webglSoftware : lab.backend.webglUnavailable}>
            ⚠
          </span>
        )}
      </summary>
      <div className="backend-badge__details">
        <p>
          <strong>{backendLabel(report, lab)}</strong> {lab.run.aside(howChosen(report, lab))}
        </p>
        <BackendNotes report={report} />
      </div>
    </details>
  );
}
