// The class board loads on demand: its chart (Recharts) and the codes' reader stay out of the first paint.
import { Suspense, lazy } from 'react';
import { useT } from '../i18n/language-store';

/** The page's code (a module is fetched once, however often this is called). */
export const loadBoardPage = () => import('./BoardPage');

const BoardPage = lazy(async () => ({ default: (await loadBoardPage()).BoardPage }));

export function LazyBoardPage() {
  const t = useT();
  return (
    <Suspense fallback={<p role="status">{t.board.page.loading}</p>}>
      <BoardPage />
    </Suspense>
  );
}
