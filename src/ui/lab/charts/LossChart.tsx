// The TD loss of each gradient update, on a linear or logarithmic scale.
import { useMemo, useState } from 'react';
import { selectAgent, selectChartSeries, selectMarkers } from '../../../store/lab-selectors';
import { useLab } from '../../app/store-context';
import { overlayPoints } from '../runs/overlay-style';
import { useRunOverlays } from '../runs/use-run-overlays';
import { useT } from '../../i18n/language-store';
import { ChartFrame } from './ChartFrame';
import { PALETTE, REDRAW_DELAYS } from './chart-data';
import { LineSeriesChart } from './LineSeriesChart';
import { noUpdatesText } from './no-updates';

const selectLoss = selectChartSeries('loss');

export function LossChart() {
  const loss = useLab(selectLoss);
  const markers = useLab(selectMarkers);
  const agent = useLab(selectAgent);
  const overlays = useRunOverlays('loss');
  const [logScale, setLogScale] = useState(true);
  const { charts } = useT();
  const text = charts.loss;
  const lines = useMemo(() => [{ name: text.line, series: loss, color: PALETTE.vermillion }], [loss, text]);
  const toggle = (
    <label className="chart-toggle">
      <input type="checkbox" checked={logScale} onChange={(event) => setLogScale(event.target.checked)} /> {charts.logScale}
    </label>
  );
  return (
    <ChartFrame title={text.title} caption={text.caption} points={loss.steps.length || overlayPoints(overlays)} emptyText={noUpdatesText(agent, charts)} actions={toggle}>
      <LineSeriesChart title={text.title} lines={lines} yLabel={text.yLabel} markers={markers} logScale={logScale} redrawDelayMs={REDRAW_DELAYS.loss} overlays={overlays} />
    </ChartFrame>
  );
}
