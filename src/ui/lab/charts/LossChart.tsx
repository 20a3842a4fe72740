// The TD loss of each gradient update, on a linear or logarithmic scale.
import { useMemo, useState } from 'react';
import { selectAgent, selectChartSeries, selectMarkers } from '../../../store/lab-selectors';
import { useLab } from '../../app/store-context';
import { overlayPoints } from '../runs/overlay-style';
import { useRunOverlays } from '../runs/use-run-overlays';
import { ChartFrame } from './ChartFrame';
import { PALETTE, REDRAW_DELAYS } from './chart-data';
import { LineSeriesChart } from './LineSeriesChart';
import { noUpdatesText } from './no-updates';

const TITLE = 'Loss';
const selectLoss = selectChartSeries('loss');

export function LossChart() {
  const loss = useLab(selectLoss);
  const markers = useLab(selectMarkers);
  const agent = useLab(selectAgent);
  const overlays = useRunOverlays('loss');
  const [logScale, setLogScale] = useState(true);
  const lines = useMemo(() => [{ name: 'Loss', series: loss, color: PALETTE.vermillion }], [loss]);
  const toggle = (
    <label className="chart-toggle">
      <input type="checkbox" checked={logScale} onChange={(event) => setLogScale(event.target.checked)} /> Log scale
    </label>
  );
  return (
    <ChartFrame title={TITLE} caption="Huber or squared TD error of each update: it should fall and settle, not explode." points={loss.steps.length || overlayPoints(overlays)} emptyText={noUpdatesText(agent)} actions={toggle}>
      <LineSeriesChart title={TITLE} lines={lines} yLabel="Loss" markers={markers} logScale={logScale} redrawDelayMs={REDRAW_DELAYS.loss} overlays={overlays} />
    </ChartFrame>
  );
}
