// The kept runs: a table of each run's name, status, greedy score and end, with the settings in which the
// listed runs differ, a checkbox to overlay it on the return and loss charts (four at most), and deleting.
import { useEffect, useId, useMemo, useState } from 'react';
import { differingSettings, type KeptRun } from '../../../store/kept-runs';
import { selectKeptRuns, selectLabRunsActions, selectOverlaySlots, selectRunsLoaded, selectRunsProblem } from '../../../store/lab-runs-selectors';
import { useLab } from '../../app/store-context';
import { formatDateTime } from '../../i18n/language';
import { useLanguage, useT } from '../../i18n/language-store';
import { formatStep } from '../charts/chart-data';
import { OverlaySwatch } from './OverlayLayer';
import { OVERLAY_STYLES } from './overlay-style';
import { differingText, runName } from './run-labels';
import { usePresetTitles } from './use-run-overlays';
import './runs.css';

export function RunsPanel() {
  const t = useT().runs;
  const runs = useLab(selectKeptRuns);
  const loaded = useLab(selectRunsLoaded);
  const problem = useLab(selectRunsProblem);
  const { load } = useLab(selectLabRunsActions);
  const headingId = useId();
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <section className="panel runs-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.title}</h2>
      <p className="muted">{t.intro}</p>
      {problem === 'storage' && (
        <p className="runs-panel__problem" role="status">
          {t.storageProblem}
        </p>
      )}
      {runs.length > 0 ? <RunsTable runs={runs} /> : <p className="muted">{loaded ? t.empty : t.loading}</p>}
    </section>
  );
}

function RunsTable({ runs }: { runs: readonly KeptRun[] }) {
  const messages = useT();
  const t = messages.runs;
  const slots = useLab(selectOverlaySlots);
  const titles = usePresetTitles();
  const reasonId = useId();
  const full = slots.every((slot) => slot !== null);
  const differing = useMemo(() => differingSettings(runs.map((run) => run.config)), [runs]);
  return (
    <>
      <div className="runs-panel__scroll">
        <table className="data-table data-table--compact runs-table" aria-label={t.title}>
          <thead>
            <tr>
              <th scope="col">{t.columns.overlay}</th>
              <th scope="col">{t.columns.run}</th>
              <th scope="col">{t.columns.status}</th>
              <th scope="col">{t.columns.score}</th>
              <th scope="col">{t.columns.differs}</th>
              <th scope="col">{t.columns.ended}</th>
              <th scope="col">
                <span className="visually-hidden">{t.columns.actions}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {runs.map((run) => (
              <RunRow key={run.id} run={run} name={runName(run, titles, t)} differs={runs.length < 2 ? t.onlyRun : differing.length === 0 ? t.sameSettings : differingText(run, differing, messages)} slot={slots.indexOf(run.id)} full={full} reasonId={reasonId} />
            ))}
          </tbody>
        </table>
      </div>
      {full && (
        <p id={reasonId} className="runs-panel__reason" role="status">
          {t.overlayFull}
        </p>
      )}
      <ClearAll count={runs.length} />
    </>
  );
}

interface RunRowProps {
  run: KeptRun;
  name: string;
  differs: string;
  /** The run's overlay slot, or -1 when it is not overlaid. */
  slot: number;
  /** Every overlay slot is taken: a run not overlaid cannot be ticked. */
  full: boolean;
  reasonId: string;
}

function RunRow({ run, name, differs, slot, full, reasonId }: RunRowProps) {
  const t = useT().runs;
  const language = useLanguage();
  const { toggleOverlay, remove } = useLab(selectLabRunsActions);
  const blocked = slot < 0 && full;
  const ended = formatDateTime(run.endedAt, language);
  return (
    <tr className={slot >= 0 ? 'runs-table__row runs-table__row--overlaid' : 'runs-table__row'}>
      <td>
        <label className="runs-table__overlay" title={blocked ? t.overlayFull : undefined}>
          <input type="checkbox" checked={slot >= 0} disabled={blocked} aria-describedby={blocked ? reasonId : undefined} onChange={() => toggleOverlay(run.id)} />
          <span className="visually-hidden">{t.overlay(name)}</span>
          {slot >= 0 ? <OverlaySwatch style={OVERLAY_STYLES[slot]} /> : <span className="runs-table__no-swatch" aria-hidden="true" />}
        </label>
      </td>
      <th scope="row" className="runs-table__name">
        {name}
      </th>
      <td>
        <span className={`runs-table__status runs-table__status--${run.status}`}>{t.status[run.status]}</span>
        <span className="runs-table__detail">{t.atStep(formatStep(run.step), formatStep(run.totalSteps))}</span>
        {run.knobChanges > 0 && <span className="runs-table__detail">{t.knobsTurned(run.knobChanges)}</span>}
      </td>
      <td className="numeric">{run.evaluation ? t.percentOfOracle(run.evaluation.percentOfOracle.toFixed(1)) : t.noEvaluation}</td>
      <td className="runs-table__differs">{differs}</td>
      <td>
        <time dateTime={new Date(run.endedAt).toISOString()}>{ended}</time>
      </td>
      <td>
        <button type="button" className="button button--quiet" aria-label={t.removeRun(name)} onClick={() => void remove(run.id)}>
          {t.remove}
        </button>
      </td>
    </tr>
  );
}

/** Deleting every run takes a second, explicit press. */
function ClearAll({ count }: { count: number }) {
  const t = useT().runs;
  const { clear } = useLab(selectLabRunsActions);
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="button button--quiet runs-panel__clear" onClick={() => setAsking(true)}>
        {t.clear}
      </button>
    );
  }
  return (
    <div className="runs-panel__confirm" role="group" aria-label={t.clear}>
      <button
        type="button"
        className="button button--quiet runs-panel__danger"
        autoFocus
        onClick={() => {
          setAsking(false);
          void clear();
        }}
      >
        {t.confirmClear(count)}
      </button>
      <button type="button" className="button button--quiet" onClick={() => setAsking(false)}>
        {t.cancel}
      </button>
    </div>
  );
}
