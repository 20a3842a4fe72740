// The compare page loads on demand: its charts (Recharts) and the config schema stay out of the first paint.
import { Suspense, lazy } from 'react';
import { useT } from '../i18n/language-store';

/** The page's code (a module is fetched once, however often this is called). */
export const loadAbPage = () => import('./AbPage');

const AbPage = lazy(async () => ({ default: (await loadAbPage()).AbPage }));

export function LazyAbPage() {
  const t = useT();
  return (
    <Suspense fallback={<p role="status">{t.ab.loadingPage}</p>}>
      <AbPage />
    </Suspense>
  );
}
