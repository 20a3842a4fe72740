// One lesson: the question, the prediction (before the run), the run with its callouts, then the check.
import { useId, type ReactNode } from 'react';
import type { LessonResult } from '../../preset/class-result';
import type { AnyLesson } from '../../lessons/lesson';
import { LESSONS } from '../../lessons/lessons';
import { useLanguage, useT } from '../i18n/language-store';
import { presetTitle } from '../ab/ab-text';
import { formatStep } from '../lab/charts/chart-data';
import { CalloutPanel } from './CalloutPanel';
import { LessonCharts } from './LessonCharts';
import { LessonCheck } from './LessonCheck';
import { LessonRunPanel } from './LessonRunPanel';
import { inPlace, useLessonHref } from './lesson-links';
import { useLessonRun } from './use-lesson-run';

interface LessonViewProps {
  lesson: AnyLesson;
  steps: number | null;
  open: (lesson: string | null) => void;
  /** Where the class board's view of the check's result goes (see LessonCheck). */
  resultSlot?: (result: LessonResult) => ReactNode;
}

export function LessonView({ lesson, steps, open, resultSlot }: LessonViewProps) {
  const t = useT();
  const words = lesson.text[useLanguage()];
  const run = useLessonRun(lesson, steps);
  const href = useLessonHref();
  const index = LESSONS.indexOf(lesson);
  const budget = run.setup.a.config.training.totalSteps;
  const { stage } = run;
  const pointedChart = stage.code === 'callout' ? (lesson.callouts.find((callout) => callout.id === stage.callout.id)?.chart ?? null) : null;
  return (
    <article className="lesson" aria-labelledby="lesson-title">
      <p className="lesson__crumbs">
        <a href={href(null, steps)} onClick={(event) => inPlace(event, () => open(null))}>
          {t.lessons.allLessons}
        </a>{' '}
        · <span>{t.lessons.lessonOf(index + 1, LESSONS.length)}</span>
      </p>
      <h1 id="lesson-title">{words.title}</h1>
      <section className="panel lesson__question" aria-labelledby="lesson-question">
        <h2 id="lesson-question">{t.lessons.questionHeading}</h2>
        <p className="lesson__big">{words.question}</p>
        <p className="muted">{t.lessons.sides(presetTitle(t, lesson.pair.a), presetTitle(t, lesson.pair.b))}</p>
        {budget !== lesson.totalSteps && <p className="lesson__note">{t.lessons.shortBudget(formatStep(budget), formatStep(lesson.totalSteps))}</p>}
      </section>
      <Prediction lesson={lesson} prediction={run.prediction} locked={run.started} onChange={run.predict} />
      <LessonRunPanel run={run} />
      {run.stage.code === 'callout' && <CalloutPanel lesson={lesson} callout={run.stage.callout} onContinue={run.continueRun} />}
      {(run.stage.code === 'check' || run.stage.code === 'stopped') && run.prediction !== null && (
        <LessonCheck lesson={lesson} run={run} prediction={run.prediction} next={LESSONS[index + 1] ?? null} open={open} steps={steps} resultSlot={resultSlot} />
      )}
      <LessonCharts lesson={lesson} pointed={pointedChart} />
    </article>
  );
}

interface PredictionProps {
  lesson: AnyLesson;
  prediction: string | null;
  /** Once the run has started the prediction stands (a new run from step 0 frees it again). */
  locked: boolean;
  onChange: (choice: string) => void;
}

function Prediction({ lesson, prediction, locked, onChange }: PredictionProps) {
  const t = useT();
  const words = lesson.text[useLanguage()];
  const name = useId();
  return (
    <fieldset className="panel lesson__prediction" disabled={locked}>
      <legend>{t.lessons.predictionLegend}</legend>
      {prediction === null && <p className="muted">{t.lessons.predictionHint}</p>}
      {lesson.choices.map((choice) => (
        <label key={choice} className="lesson__choice">
          <input type="radio" name={name} value={choice} checked={prediction === choice} onChange={() => onChange(choice)} /> {words.choices[choice]}
        </label>
      ))}
    </fieldset>
  );
}
