// The lessons page loads on demand: its charts (Recharts) and the lessons' texts stay out of the first paint.
import { Suspense, lazy } from 'react';
import { useT } from '../i18n/language-store';

const LessonsPage = lazy(async () => ({ default: (await import('./LessonsPage')).LessonsPage }));

export function LazyLessonsPage() {
  const t = useT();
  return (
    <Suspense fallback={<p role="status">{t.lessons.loadingPage}</p>}>
      <LessonsPage />
    </Suspense>
  );
}
