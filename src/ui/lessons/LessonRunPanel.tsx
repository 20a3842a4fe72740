// The lesson's run: one button for both sides (enabled once a prediction is made), a new run from step 0,
// the pace, and each side's steps and state in the compare page's words.
import { useMemo } from 'react';
import { AB_SIDES, type AbSide } from '../../preset/ab-setup';
import { abSideStatus } from '../../store/ab-status';
import { useT } from '../i18n/language-store';
import { presetTitle, sideStatusText } from '../ab/ab-text';
import { SpeedChoice } from '../ab/AbRunPanel';
import { SIDE_STYLE } from '../ab/side-style';
import { formatStep } from '../lab/charts/chart-data';
import type { LessonRun } from './use-lesson-run';

const other = (side: AbSide): AbSide => (side === 'a' ? 'b' : 'a');

export function LessonRunPanel({ run }: { run: LessonRun }) {
  const t = useT();
  const loading = run.phase !== 'ready' || run.sides.a.phase === 'loading' || run.sides.b.phase === 'loading' || run.resetting;
  const live = AB_SIDES.some((side) => run.sides[side].phase === 'ready' && run.sides[side].run.status !== 'finished' && run.sides[side].run.status !== 'diverged');
  const blocked = run.prediction === null || loading || !live || run.stage.code === 'callout';
  return (
    <section className="panel lesson__run" role="group" aria-label={t.lessons.runRegion}>
      <div className="run-controls__buttons">
        {run.playing ? (
          <button type="button" className="button button--primary" onClick={run.pause}>
            {t.lessons.pause}
          </button>
        ) : run.started && !live && !loading ? null : (
          <button type="button" className="button button--primary" onClick={run.play} disabled={blocked} aria-describedby={run.prediction === null ? 'lesson-run-needs' : undefined}>
            {run.started ? t.lessons.resume : t.lessons.run}
          </button>
        )}
        <button type="button" className="button" onClick={() => void run.runAgain()} disabled={loading || !run.started}>
          {t.lessons.runAgain}
        </button>
        <SpeedChoice />
      </div>
      {run.prediction === null && (
        <p id="lesson-run-needs" className="muted">
          {t.lessons.runNeedsPrediction}
        </p>
      )}
      {run.phase === 'loading' && (
        <p className="banner banner--info" role="status">
          {t.lessons.starting}
        </p>
      )}
      <div className="ab-run__sides">
        {AB_SIDES.map((side) => (
          <SideLine key={side} run={run} side={side} />
        ))}
      </div>
    </section>
  );
}

function SideLine({ run, side }: { run: LessonRun; side: AbSide }) {
  const t = useT();
  const view = run.sides[side];
  const status = useMemo(() => abSideStatus(view, run.sides[other(side)]), [view, run.sides, side]);
  const name = t.ab.sideName[side];
  const budget = run.setup[side].config.training.totalSteps;
  return (
    <article className={`ab-side ab-side--${side}`} style={{ borderColor: SIDE_STYLE[side].color }} aria-label={t.ab.sideHeading(name, presetTitle(t, run.setup[side].presetName))}>
      <h2 className="ab-side__title">{t.ab.sideHeading(name, presetTitle(t, run.setup[side].presetName))}</h2>
      <p aria-label={t.lessons.sideSteps(name)} data-value={view.run.step}>
        {t.lessons.stepsOf(formatStep(view.run.step), formatStep(budget))}
      </p>
      <p role="status" aria-label={t.lessons.sideStatus(name)}>
        {sideStatusText(t, status, t.ab.sideName[other(side)])}
      </p>
    </article>
  );
}
