// The lesson pair's "what to notice" sentence, for the pair that runs; when it runs on other seeds or another
// budget than its lesson was measured on, the page says so rather than promise what the run may not show.
import { useMemo } from 'react';
import { QUICK_STARTS, onPairTerms, quickStartOf } from '../../preset/ab-setup';
import { selectAbSetup } from '../../store/ab-selectors';
import { useLab } from '../app/store-context';
import { useT } from '../i18n/language-store';
import { formatStep } from '../lab/charts/chart-data';

export function AbLesson() {
  const t = useT();
  const setup = useLab(selectAbSetup);
  const lesson = useMemo(() => {
    const id = setup ? quickStartOf(setup) : null;
    if (!setup || !id) return null;
    const pair = QUICK_STARTS.find((entry) => entry.id === id);
    return { id, onTerms: onPairTerms(setup, id), budget: pair?.totalSteps ?? 0 };
  }, [setup]);
  if (!lesson) return null;
  return (
    <section className="ab-lesson" aria-label={t.ab.lessonRegion}>
      <h2 className="ab-lesson__title">{t.ab.lessonHeading}</h2>
      <p>{t.ab.lessons[lesson.id]}</p>
      {!lesson.onTerms && <p className="muted">{t.ab.lessonOffTerms(formatStep(lesson.budget))}</p>}
    </section>
  );
}
