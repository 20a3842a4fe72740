// The training page loads on demand: its charts (Recharts) stay out of the first paint of the lab.
import { Suspense, lazy } from 'react';
import { useT } from '../i18n/language-store';

const LabPage = lazy(async () => ({ default: (await import('./LabPage')).LabPage }));

export function LazyLabPage() {
  const { lab } = useT();
  return (
    <Suspense fallback={<p role="status">{lab.page.loading}</p>}>
      <LabPage />
    </Suspense>
  );
}
