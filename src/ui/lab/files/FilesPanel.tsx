// Export and import: the run's metrics as CSV or JSON, the trained network as a model file to download or
// load again (to train on or to evaluate), and what autosave did.
import { useId, useState, type ChangeEvent } from 'react';
import { ReplayBuffer } from '../../../agents/replay-buffer';
import { megabytes } from '../../../engine/file-container';
import { MODEL_FILE_EXTENSION } from '../../../engine/model-file';
import { OBSERVATION_SIZE } from '../../../sim/settings';
import type { DownloadFile } from '../../../store/lab-files-slice';
import { selectAutosaveProblem, selectAutosavedStep, selectFileNotice, selectFilesBusy, selectLabFilesActions, selectMultiStep, selectReplayCapacity } from '../../../store/lab-files-selectors';
import { selectLabPhase } from '../../../store/lab-selectors';
import type { MetricTable } from '../../../store/metrics-export';
import { useLab } from '../../app/store-context';
import { formatStep } from '../charts/chart-data';
import { linkAddress, useCurrentLink } from '../share/use-lab-link';
import { downloadFile } from './download';
import './files.css';

const TABLES: ReadonlyArray<{ table: MetricTable; label: string }> = [
  { table: 'sessions', label: 'Sessions' },
  { table: 'updates', label: 'Updates' },
  { table: 'probes', label: 'Probe Q' },
  { table: 'evaluations', label: 'Evaluations' },
  { table: 'knobChanges', label: 'Knob changes' },
];

export function FilesPanel() {
  const phase = useLab(selectLabPhase);
  const busy = useLab(selectFilesBusy);
  const { metricsFile } = useLab(selectLabFilesActions);
  const link = useCurrentLink();
  const disabled = phase !== 'ready' || busy;
  const save = async (file: Promise<DownloadFile | null>) => {
    const ready = await file;
    if (ready) downloadFile(ready);
  };
  return (
    <section className="panel files-panel" aria-label="Export and import">
      <h2>Export and import</h2>
      <h3>Metrics</h3>
      <p className="muted">Every record the run holds: one CSV per table for a spreadsheet, or all of them as JSON with the config.</p>
      <div className="files-panel__buttons">
        {TABLES.map(({ table, label }) => (
          <button key={table} type="button" className="button" disabled={disabled} onClick={() => void save(metricsFile(table, link ? linkAddress(link) : ''))}>
            {label} CSV
          </button>
        ))}
        <button type="button" className="button" disabled={disabled} onClick={() => void save(metricsFile('json', link ? linkAddress(link) : ''))}>
          All metrics JSON
        </button>
      </div>
      <ModelFiles disabled={disabled} onSave={save} />
      <FileNoticeLine />
    </section>
  );
}

function ModelFiles({ disabled, onSave }: { disabled: boolean; onSave: (file: Promise<DownloadFile | null>) => Promise<void> }) {
  const { modelFile, loadModel, evaluateNow } = useLab(selectLabFilesActions);
  const capacity = useLab(selectReplayCapacity);
  const multiStep = useLab(selectMultiStep);
  const [includeReplay, setIncludeReplay] = useState(false);
  const inputId = useId();
  const onChoose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ''; // the same file can be chosen again
    if (file) void loadModel(file);
  };
  return (
    <>
      <h3>Model</h3>
      <p className="muted">The network and everything needed to train on, in one file. Load it again here to continue training or to evaluate it.</p>
      {capacity !== null && (
        <label className="files-panel__check">
          <input type="checkbox" checked={includeReplay} onChange={(event) => setIncludeReplay(event.target.checked)} />
          Include the replay memory ({megabytes(ReplayBuffer.bytesFor(capacity, OBSERVATION_SIZE, multiStep))}; without it, learning resumes once the memory refills)
        </label>
      )}
      <div className="files-panel__buttons">
        <button type="button" className="button" disabled={disabled} onClick={() => void onSave(modelFile(capacity !== null && includeReplay))}>
          Download model
        </button>
        <input id={inputId} className="files-panel__input" type="file" accept={MODEL_FILE_EXTENSION} aria-label="Load a model file" disabled={disabled} onChange={onChoose} />
        <label htmlFor={inputId} className={`button files-panel__load${disabled ? ' files-panel__load--disabled' : ''}`}>
          Load a model file…
        </label>
        <button type="button" className="button" disabled={disabled} onClick={() => void evaluateNow()}>
          Evaluate now
        </button>
      </div>
    </>
  );
}

function FileNoticeLine() {
  const notice = useLab(selectFileNotice);
  const autosavedStep = useLab(selectAutosavedStep);
  const autosaveProblem = useLab(selectAutosaveProblem);
  const { dismissNotice } = useLab(selectLabFilesActions);
  return (
    <>
      {notice && (
        <p role={notice.kind === 'error' ? 'alert' : 'status'} className={`files-panel__notice files-panel__notice--${notice.kind}`}>
          {notice.text}{' '}
          <button type="button" className="button button--quiet" onClick={dismissNotice} aria-label="Dismiss the file message">
            ×
          </button>
        </p>
      )}
      <p className="muted files-panel__autosave" aria-label="Autosave" data-step={autosavedStep}>
        {autosaveProblem ?? (autosavedStep >= 0 ? `Autosaved at step ${formatStep(autosavedStep)}: offered back after a reload.` : 'The run is saved in this browser as it trains, and offered back after a reload.')}
      </p>
    </>
  );
}
