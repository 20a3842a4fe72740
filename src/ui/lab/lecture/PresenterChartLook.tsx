// In presenter view the charts draw their text and axes at the presenter's size (at least 18 px).
import type { ReactNode } from 'react';
import { selectPresenting } from '../../../store/lab-link-selectors';
import { useLab } from '../../app/store-context';
import { ChartLookContext, ORDINARY_LOOK, PRESENTER_LOOK } from '../charts/chart-look';

export function PresenterChartLook({ children }: { children: ReactNode }) {
  const presenting = useLab(selectPresenting);
  return <ChartLookContext.Provider value={presenting ? PRESENTER_LOOK : ORDINARY_LOOK}>{children}</ChartLookContext.Provider>;
}
