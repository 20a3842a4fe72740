// The compare page loads on demand: its charts (Recharts) and the config schema stay out of the first paint.
import { Suspense, lazy } from 'react';
import { useT } from '../i18n/language-store';

const AbPage = lazy(async () => ({ default: (await import('./AbPage')).AbPage }));

export function LazyAbPage() {
  const t = useT();
  return (
    <Suspense fallback={<p role="status">{t.ab.loadingPage}</p>}>
      <AbPage />
    </Suspense>
  );
}
