// The training page loads on demand: its charts (Recharts) stay out of the first paint of the lab.
import { Suspense, lazy } from 'react';
import { useT } from '../i18n/language-store';

/** The page's code (a module is fetched once, however often this is called). */
export const loadLabPage = () => import('./LabPage');

const LabPage = lazy(async () => ({ default: (await loadLabPage()).LabPage }));

export function LazyLabPage() {
  const { lab } = useT();
  return (
    <Suspense fallback={<p role="status">{lab.page.loading}</p>}>
      <LabPage />
    </Suspense>
  );
}
