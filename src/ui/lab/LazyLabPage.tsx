// The training page loads on demand: its charts (Recharts) stay out of the first paint of the lab.
import { Suspense, lazy } from 'react';

const LabPage = lazy(async () => ({ default: (await import('./LabPage')).LabPage }));

export function LazyLabPage() {
  return (
    <Suspense fallback={<p role="status">Loading the training page…</p>}>
      <LabPage />
    </Suspense>
  );
}
