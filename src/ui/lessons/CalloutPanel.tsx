// A callout: the run paused at an event of its metrics, what happened in a sentence, the chart it concerns
// (highlighted below and scrolled into view), and Continue. It takes the keyboard's focus when it appears.
import { useEffect, useRef } from 'react';
import type { FiredCallout } from '../../lessons/callout-rules';
import type { AnyLesson } from '../../lessons/lesson';
import { useLanguage, useT } from '../i18n/language-store';
import { formatStep } from '../lab/charts/chart-data';
import { chartWords } from './LessonCharts';

interface CalloutPanelProps {
  lesson: AnyLesson;
  callout: FiredCallout;
  onContinue: () => void;
}

export function CalloutPanel({ lesson, callout, onContinue }: CalloutPanelProps) {
  const t = useT();
  const words = lesson.text[useLanguage()];
  const button = useRef<HTMLButtonElement>(null);
  const chart = lesson.callouts.find((entry) => entry.id === callout.id)?.chart;
  useEffect(() => {
    button.current?.focus();
    if (chart) document.getElementById(`lesson-chart-${chart}`)?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, [callout.id, chart]);
  return (
    <section className="lesson__callout" role="region" aria-label={t.lessons.calloutRegion} aria-live="polite">
      <p className="lesson__callout-step">{t.lessons.calloutAt(formatStep(callout.step))}</p>
      <p className="lesson__big">{words.callouts[callout.id]}</p>
      {chart && (
        <p>
          <a href={`#lesson-chart-${chart}`}>{t.lessons.calloutChart(chartWords(t, chart).title)}</a>
        </p>
      )}
      <button ref={button} type="button" className="button button--primary" onClick={onContinue}>
        {t.lessons.continue}
      </button>
    </section>
  );
}
