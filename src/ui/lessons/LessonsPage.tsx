// "Lessons": the list of guided lessons, or one lesson (predict, run, notice, check), as the link names it.
import { LESSONS, lessonById } from '../../lessons/lessons';
import { LESSON_STEPS_RANGE } from '../../preset/lessons-url';
import { useT, useLanguage } from '../i18n/language-store';
import type { Messages } from '../i18n/messages';
import { formatStep } from '../lab/charts/chart-data';
import { inPlace, useLessonHref } from './lesson-links';
import { LessonView } from './LessonView';
import { useLessonsLink, type LessonsNotice } from './use-lessons-link';
import type { LessonResult } from '../../preset/class-result';
import { LAB_LESSONS } from '../board/lab-lessons';
import { ResultCodeBox } from '../board/ResultCodeBox';
import '../lab/lab.css';
import '../ab/ab.css';
import './lessons.css';

function noticeText(t: Messages, notice: LessonsNotice): string {
  if (notice.key === 'unknown-lesson') return t.lessons.unknownLesson(notice.given);
  if (notice.key === 'lesson') return t.lessons.badLessonName(notice.given);
  return t.lessons.badSteps(notice.given, formatStep(LESSON_STEPS_RANGE.min), formatStep(LESSON_STEPS_RANGE.max));
}

/** A finished lesson's code for the class board, under the check's explanation. */
function resultForTheBoard(result: LessonResult) {
  return <LessonResultCode result={result} />;
}

function LessonResultCode({ result }: { result: LessonResult }) {
  const t = useT();
  return (
    <>
      <h3>{t.board.box.heading}</h3>
      <ResultCodeBox result={result} lessons={LAB_LESSONS} />
    </>
  );
}

export function LessonsPage() {
  const t = useT();
  const { link, notices, open, dismissNotices } = useLessonsLink();
  const lesson = lessonById(link.lesson);
  return (
    <div className="lessons-page">
      {notices.length > 0 && (
        <div className="notice" role="status">
          <span className="notice__text">{notices.map((notice) => noticeText(t, notice)).join(' ')}</span>
          <button type="button" className="button button--quiet" onClick={dismissNotices}>
            {t.app.dismiss}
          </button>
        </div>
      )}
      {lesson ? <LessonView key={lesson.id} lesson={lesson} steps={link.steps} open={open} resultSlot={resultForTheBoard} /> : <LessonList open={open} steps={link.steps} />}
    </div>
  );
}

function LessonList({ open, steps }: { open: (lesson: string | null) => void; steps: number | null }) {
  const t = useT();
  const language = useLanguage();
  const href = useLessonHref();
  return (
    <>
      <header className="page-intro">
        <h1>{t.lessons.title}</h1>
        <p>{t.lessons.intro}</p>
      </header>
      <nav aria-label={t.lessons.listRegion}>
        <ol className="lessons-list">
          {LESSONS.map((lesson) => {
            const words = lesson.text[language];
            return (
              <li key={lesson.id} className="panel lessons-list__item">
                <a href={href(lesson.id, steps)} onClick={(event) => inPlace(event, () => open(lesson.id))} aria-label={t.lessons.openLesson(words.title)}>
                  {words.title}
                </a>
                <p>{words.summary}</p>
              </li>
            );
          })}
        </ol>
      </nav>
    </>
  );
}
