// Export and import: the run's metrics as CSV or JSON, the trained network as a model file to download or
// load again (to train on or to evaluate), and what autosave did.
import { useId, useState, type ChangeEvent } from 'react';
import { replayBytes } from '../../../contracts/replay-size';
import { megabytes } from '../../../contracts/file-container';
import { MODEL_FILE_EXTENSION } from '../../../contracts/model-file-summary';
import { OBSERVATION_SIZE } from '../../../sim/settings';
import type { DownloadFile } from '../../../store/lab-files-slice';
import { selectAutosaveProblem, selectAutosavedStep, selectFileNotice, selectFilesBusy, selectLabFilesActions, selectMultiStep, selectReplayCapacity } from '../../../store/lab-files-selectors';
import { selectLabPhase } from '../../../store/lab-selectors';
import type { MetricTable } from '../../../store/metrics-export';
import { useLab } from '../../app/store-context';
import { useLanguage, useT } from '../../i18n/language-store';
import { formatStep } from '../charts/chart-data';
import { fileMessageText } from '../notices/file-text';
import { autosaveProblemText } from '../notices/file-text';
import { linkAddress, useCurrentLink } from '../share/use-lab-link';
import { downloadFile } from './download';
import './files.css';

const TABLES: readonly MetricTable[] = ['sessions', 'updates', 'probes', 'evaluations', 'knobChanges'];

export function FilesPanel() {
  const phase = useLab(selectLabPhase);
  const busy = useLab(selectFilesBusy);
  const { metricsFile } = useLab(selectLabFilesActions);
  const TEXT = useT().files;
  const link = useCurrentLink();
  const disabled = phase !== 'ready' || busy;
  const save = async (file: Promise<DownloadFile | null>) => {
    const ready = await file;
    if (ready) downloadFile(ready);
  };
  return (
    <section className="panel files-panel" aria-label={TEXT.heading}>
      <h2>{TEXT.heading}</h2>
      <h3>{TEXT.metrics}</h3>
      <p className="muted">{TEXT.metricsHelp}</p>
      <div className="files-panel__buttons">
        {TABLES.map((table) => (
          <button key={table} type="button" className="button" disabled={disabled} onClick={() => void save(metricsFile(table, link ? linkAddress(link) : ''))}>
            {TEXT.tableCsv(TEXT.tables[table])}
          </button>
        ))}
        <button type="button" className="button" disabled={disabled} onClick={() => void save(metricsFile('json', link ? linkAddress(link) : ''))}>
          {TEXT.allJson}
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
  const TEXT = useT().files;
  const inputId = useId();
  const onChoose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ''; // the same file can be chosen again
    if (file) void loadModel(file);
  };
  return (
    <>
      <h3>{TEXT.model}</h3>
      <p className="muted">{TEXT.modelHelp}</p>
      {capacity !== null && (
        <label className="files-panel__check">
          <input type="checkbox" checked={includeReplay} onChange={(event) => setIncludeReplay(event.target.checked)} />
          {TEXT.includeReplay(megabytes(replayBytes(capacity, OBSERVATION_SIZE, multiStep)))}
        </label>
      )}
      <div className="files-panel__buttons">
        <button type="button" className="button" disabled={disabled} onClick={() => void onSave(modelFile(capacity !== null && includeReplay))}>
          {TEXT.download}
        </button>
        <input id={inputId} className="files-panel__input" type="file" accept={MODEL_FILE_EXTENSION} aria-label={TEXT.loadLabel} disabled={disabled} onChange={onChoose} />
        <label htmlFor={inputId} className={`button files-panel__load${disabled ? ' files-panel__load--disabled' : ''}`}>
          {TEXT.load}
        </label>
        <button type="button" className="button" disabled={disabled} onClick={() => void evaluateNow()}>
          {TEXT.evaluate}
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
  const t = useT();
  const language = useLanguage();
  const TEXT = t.files;
  return (
    <>
      {notice && (
        <p role={notice.kind === 'error' ? 'alert' : 'status'} className={`files-panel__notice files-panel__notice--${notice.kind}`}>
          {fileMessageText(notice.message, t, language)}{' '}
          <button type="button" className="button button--quiet" onClick={dismissNotice} aria-label={TEXT.dismissLabel}>
            ×
          </button>
        </p>
      )}
      <p className="muted files-panel__autosave" aria-label={TEXT.autosaveLabel} data-step={autosavedStep}>
        {autosaveProblem ? autosaveProblemText(autosaveProblem, t) : autosavedStep >= 0 ? TEXT.autosaved(formatStep(autosavedStep)) : TEXT.autosaveIdle}
      </p>
    </>
  );
}
