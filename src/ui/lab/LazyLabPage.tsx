// The training page loads on demand, so its code stays out of the landing page; its charts load later still (LazyLabCharts).
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
