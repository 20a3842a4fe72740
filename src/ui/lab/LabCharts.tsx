// The training page's charts, one module: it holds Recharts (about 100 KB gzipped), so it loads once the
// lab has started (LazyLabCharts.tsx) and the run's series, already in the store, draw when it arrives.
import { ExplorationChart } from './charts/ExplorationChart';
import { LossChart } from './charts/LossChart';
import { QChart } from './charts/QChart';
import { QValueBars } from './charts/QValueBars';
import { ReturnChart } from './charts/ReturnChart';
import { SessionRatesChart } from './charts/SessionRatesChart';

export function LabCharts() {
  return (
    <>
      <ReturnChart />
      <LossChart />
      <QChart />
      <ExplorationChart />
      <SessionRatesChart />
      <QValueBars />
    </>
  );
}
