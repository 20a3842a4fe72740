// One Play / Pause / Reset for both sides, and each side's preset and its lesson, step, speed, latest and steady greedy score and status.
import { useId, useMemo } from 'react';
import { steadyScoreOf } from '../../contracts/steady-score';
import { AB_SIDES, isPresetAsIs, type AbSide } from '../../preset/ab-setup';
import { selectAbActions, selectAbAnyLive, selectAbEvaluations, selectAbLatestPercent, selectAbLoading, selectAbPhase, selectAbPlaying, selectAbSetup, selectAbSideView, selectAbSpeed } from '../../store/ab-selectors';
import { abSideStatus } from '../../store/ab-status';
import type { AbSpeed } from '../../store/ab-slice';
import { LECTURE_SECONDS } from '../../contracts/pace';
import { useLab } from '../app/store-context';
import { useT } from '../i18n/language-store';
import { formatStep } from '../lab/charts/chart-data';
import { presetTitle, sideStatusText } from './ab-text';
import { SideNotice } from './SideNotice';
import { SIDE_STYLE } from './side-style';

const SIDE_VIEW = { a: selectAbSideView('a'), b: selectAbSideView('b') };
const LATEST_PERCENT = { a: selectAbLatestPercent('a'), b: selectAbLatestPercent('b') };
const EVALUATIONS = { a: selectAbEvaluations('a'), b: selectAbEvaluations('b') };

export function AbRunPanel() {
  const t = useT();
  const phase = useLab(selectAbPhase);
  const playing = useLab(selectAbPlaying);
  // Booleans, not the side views: a new view arrives with every metrics batch, and this panel needs neither.
  const anyLive = useLab(selectAbAnyLive);
  const loading = useLab(selectAbLoading);
  const { play, pause, reset } = useLab(selectAbActions);
  const ready = phase === 'ready';
  return (
    <section className="panel ab-run" role="group" aria-label={t.ab.controls}>
      <div className="run-controls__buttons">
        {playing ? (
          <button type="button" className="button button--primary" onClick={pause}>
            {t.ab.pause}
          </button>
        ) : (
          <button type="button" className="button button--primary" onClick={play} disabled={!ready || !anyLive || loading}>
            {t.ab.play}
          </button>
        )}
        <button type="button" className="button" onClick={() => void reset()} disabled={!ready || loading}>
          {t.ab.reset}
        </button>
        <SpeedChoice />
        <span className="muted">{t.ab.bothHint}</span>
      </div>
      {phase === 'loading' && (
        <p className="banner banner--info" role="status">
          {t.ab.loading}
        </p>
      )}
      <div className="ab-run__sides">
        {AB_SIDES.map((side) => (
          <SideCard key={side} side={side} />
        ))}
      </div>
    </section>
  );
}

const other = (side: AbSide): AbSide => (side === 'a' ? 'b' : 'a');

const AB_SPEEDS: readonly AbSpeed[] = ['lecture', 'max'];

/** Both sides' pace, in the training page's words: the lecture pace, or fast-forward as an explicit choice (the lessons' runs use it too). */
export function SpeedChoice() {
  const text = useT().lab.run;
  const speed = useLab(selectAbSpeed);
  const { setSpeed } = useLab(selectAbActions);
  const id = useId();
  return (
    <div className="run-controls__speed">
      <label htmlFor={id}>{text.speed}</label>
      <select id={id} value={speed} onChange={(event) => setSpeed(event.target.value === 'max' ? 'max' : 'lecture')}>
        {AB_SPEEDS.map((value) => (
          <option key={value} value={value}>
            {value === 'lecture' ? text.lecture(LECTURE_SECONDS / 60) : text.speeds.max}
          </option>
        ))}
      </select>
      {speed === 'max' && <p className="muted run-controls__note">{text.fastForwardNote}</p>}
    </div>
  );
}

function SideCard({ side }: { side: AbSide }) {
  const t = useT();
  const view = useLab(SIDE_VIEW[side]);
  const otherView = useLab(SIDE_VIEW[other(side)]);
  const percent = useLab(LATEST_PERCENT[side]);
  const evaluations = useLab(EVALUATIONS[side]);
  const steady = useMemo(() => steadyScoreOf(evaluations), [evaluations]);
  const setup = useLab(selectAbSetup);
  const name = t.ab.sideName[side];
  const preset = setup ? presetTitle(t, setup[side].presetName) : '';
  const status = useMemo(() => abSideStatus(view, otherView), [view, otherView]);
  const bad = status.code === 'diverged' || status.code === 'failed' || status.code === 'lost' || status.code === 'error';
  const { run } = view;
  // The budget the side runs with, from its setup: the worker reports it only with its first batch.
  const budget = setup ? setup[side].config.training.totalSteps : run.totalSteps;
  return (
    <article className={`ab-side ab-side--${side}`} style={{ borderColor: SIDE_STYLE[side].color }} aria-label={t.ab.sideHeading(name, preset)}>
      <h2 className="ab-side__title">
        <span className="chart-legend__swatch" style={{ borderColor: SIDE_STYLE[side].color, borderStyle: SIDE_STYLE[side].dashed ? 'dashed' : 'solid' }} aria-hidden="true" />
        {t.ab.sideHeading(name, preset)}
      </h2>
      {setup && (
        <p className="ab-side__lesson" role="note" aria-label={t.ab.presetLessonLabel(name)}>
          {t.lab.presets[setup[side].presetName].description}
          {!isPresetAsIs(setup[side]) && <span className="ab-side__edited"> {t.ab.sideEdited}</span>}
        </p>
      )}
      <dl className="run-counters">
        <div>
          <dt>{t.ab.steps}</dt>
          <dd aria-label={t.ab.stepsLabel(name)} data-value={run.step} data-budget={budget}>
            {formatStep(run.step)} <span className="muted">{t.ab.stepsOf(formatStep(budget))}</span>
          </dd>
        </div>
        <div>
          <dt>{t.ab.rate}</dt>
          <dd aria-label={t.ab.rateLabel(name)} data-value={run.stepsPerSecond}>
            {formatStep(run.stepsPerSecond)}
          </dd>
        </div>
        <div>
          <dt>{t.ab.percent}</dt>
          <dd aria-label={t.ab.percentLabel(name)} data-value={percent ?? ''}>
            {percent === null ? t.ab.notYet : t.ab.percentValue(percent.toFixed(1))}
          </dd>
        </div>
      </dl>
      {steady && (
        <p className="ab-side__steady" aria-label={t.ab.steadyLabel(name)} data-value={steady.percentOfOracle}>
          {t.lab.score.steady(steady.percentOfOracle.toFixed(1), steady.min.toFixed(1), steady.max.toFixed(1), String(steady.evaluations))}
        </p>
      )}
      <p className={`ab-side__status${bad ? ' ab-side__status--bad' : ''}`} role="status" aria-label={t.ab.statusLabel(name)}>
        {sideStatusText(t, status, t.ab.sideName[other(side)])}
      </p>
      <SideNotice side={side} />
    </article>
  );
}
