// The lessons page loads on demand: its charts (Recharts) and the lessons' texts stay out of the first paint.
import { Suspense, lazy } from 'react';
import { useT } from '../i18n/language-store';

/** The page's code (a module is fetched once, however often this is called). */
export const loadLessonsPage = () => import('./LessonsPage');

const LessonsPage = lazy(async () => ({ default: (await loadLessonsPage()).LessonsPage }));

export function LazyLessonsPage() {
  const t = useT();
  return (
    <Suspense fallback={<p role="status">{t.lessons.loadingPage}</p>}>
      <LessonsPage />
    </Suspense>
  );
}
