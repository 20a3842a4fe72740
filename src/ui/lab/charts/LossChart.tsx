// The TD loss of each gradient update, on a linear or logarithmic scale.
import { useMemo, useState } from 'react';
import { selectChartSeries, selectMarkers } from '../../../store/lab-selectors';
import { useLab } from '../../app/store-context';
import { ChartFrame } from './ChartFrame';
import { PALETTE, REDRAW_DELAYS } from './chart-data';
import { LineSeriesChart } from './LineSeriesChart';

const TITLE = 'Loss';
const selectLoss = selectChartSeries('loss');

export function LossChart() {
  const loss = useLab(selectLoss);
  const markers = useLab(selectMarkers);
  const [logScale, setLogScale] = useState(true);
  const lines = useMemo(() => [{ name: 'Loss', series: loss, color: PALETTE.vermillion }], [loss]);
  const toggle = (
    <label className="chart-toggle">
      <input type="checkbox" checked={logScale} onChange={(event) => setLogScale(event.target.checked)} /> Log scale
    </label>
  );
  return (
    <ChartFrame title={TITLE} caption="Huber or squared TD error of each update: it should fall and settle, not explode." points={loss.steps.length} actions={toggle}>
      <LineSeriesChart title={TITLE} lines={lines} yLabel="Loss" markers={markers} logScale={logScale} redrawDelayMs={REDRAW_DELAYS.loss} />
    </ChartFrame>
  );
}
