// The check: the student's prediction beside the outcome this run's metrics measured (the lesson's own
// rule, not a fixed answer), the figures it read, why it comes out so, the rule, further reading, and the
// way on: the full lab or the compare page with the lesson's settings, or the next lesson.
import type { ReactNode } from 'react';
import type { AnyLesson, FigureUnit } from '../../lessons/lesson';
import { lessonResult } from '../../lessons/lesson-setup';
import { formatAddress } from '../../preset/address';
import type { LessonResult } from '../../preset/class-result';
import { PLAIN_VIEW } from '../../preset/url-keys';
import { useLanguage, useLinkLanguage, useT } from '../i18n/language-store';
import { FURTHER_READING } from '../i18n/en/explanations';
import { Explainer, ReadingList } from '../inspector/Explainer';
import { inPlace, useLessonHref } from './lesson-links';
import type { LessonRun } from './use-lesson-run';

interface LessonCheckProps {
  lesson: AnyLesson;
  run: LessonRun;
  prediction: string;
  next: AnyLesson | null;
  open: (lesson: string | null) => void;
  steps: number | null;
  /** Where the class board's view of this result goes (its code to hand in): given the result the check measured. */
  resultSlot?: (result: LessonResult) => ReactNode;
}

export function formatFigure(value: number, unit: FigureUnit): string {
  return unit === 'percent' ? `${value.toFixed(1)}%` : value.toFixed(2);
}

export function LessonCheck({ lesson, run, prediction, next, open, steps, resultSlot }: LessonCheckProps) {
  const t = useT();
  const language = useLanguage();
  const words = lesson.text[language];
  const outcome = run.stage.code === 'check' ? lesson.measure(run.metrics) : null;
  // The steps both sides had taken at the check (they finish at the same budget).
  const stepsAtCheck = Math.min(run.sides.a.run.step, run.sides.b.run.step);
  return (
    <section className="panel lesson__check" aria-labelledby="lesson-check">
      <h2 id="lesson-check">{t.lessons.checkHeading}</h2>
      <dl className="lesson__verdict">
        <div>
          <dt>{t.lessons.predictedLabel}</dt>
          <dd>{words.choices[prediction]}</dd>
        </div>
        {outcome && (
          <div>
            <dt>{t.lessons.measuredLabel}</dt>
            <dd data-choice={outcome.choice}>{words.choices[outcome.choice]}</dd>
          </div>
        )}
      </dl>
      <p className={`lesson__big lesson__verdict-line${outcome && outcome.choice === prediction ? ' lesson__verdict-line--right' : ''}`} role="status">
        {run.stage.code === 'stopped' ? t.lessons.stopped : !outcome ? t.lessons.notMeasurable : outcome.choice === prediction ? t.lessons.right : t.lessons.wrong}
      </p>
      {outcome && (
        <>
          <h3>{t.lessons.figuresHeading}</h3>
          <table className="lesson__figures">
            <tbody>
              {Object.entries(lesson.figures).map(([name, unit]) => (
                <tr key={name}>
                  <th scope="row">{words.figures[name]}</th>
                  <td>{formatFigure(outcome.figures[name], unit as FigureUnit)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>{t.lessons.whyHeading}</h3>
          <p className="lesson__big">{words.explanations[outcome.choice]}</p>
          {resultSlot?.(lessonResult(lesson, prediction, outcome, run.setup, stepsAtCheck))}
        </>
      )}
      <h3>{t.lessons.ruleHeading}</h3>
      <p>{words.rule}</p>
      <Reading lesson={lesson} />
      <WayOn run={run} next={next} open={open} steps={steps} />
    </section>
  );
}

function Reading({ lesson }: { lesson: AnyLesson }) {
  const t = useT();
  const readings = FURTHER_READING.filter((reading) => lesson.reading.reading.includes(reading.id));
  return (
    <>
      <h3>{t.lessons.readingHeading}</h3>
      {lesson.reading.topics.map((topic) => (
        <Explainer key={topic} explanation={t.explanations.topics[topic]} />
      ))}
      {lesson.reading.faq.map((index) => (
        <Explainer key={index} explanation={t.explanations.faq[index]} />
      ))}
      <ReadingList readings={readings} />
    </>
  );
}

function WayOn({ run, next, open, steps }: Pick<LessonCheckProps, 'run' | 'next' | 'open' | 'steps'>) {
  const t = useT();
  const language = useLinkLanguage();
  const href = useLessonHref();
  const reader = useLanguage();
  const words = next?.text[reader];
  const { setup } = run;
  return (
    <p className="lesson__way-on">
      <a className="button" href={formatAddress({ page: 'train', state: { presetName: setup.a.presetName, config: setup.a.config, view: PLAIN_VIEW }, language })}>
        {t.lessons.continueInLab}
      </a>
      <a className="button" href={formatAddress({ page: 'compare', state: { setup, autoplay: false }, language })}>
        {t.lessons.openInCompare}
      </a>
      {next && words && (
        <a className="button button--primary" href={href(next.id, steps)} onClick={(event) => inPlace(event, () => open(next.id))}>
          {t.lessons.nextLesson(words.title)}
        </a>
      )}
      {!next && (
        <a className="button" href={href(null, steps)} onClick={(event) => inPlace(event, () => open(null))}>
          {t.lessons.allLessons}
        </a>
      )}
    </p>
  );
}
