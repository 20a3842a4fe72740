// Q-values over time: mean and max over each training batch, and mean max Q on the fixed probe states.
import { useMemo } from 'react';
import { selectAgent, selectChartSeries, selectMarkers } from '../../../store/lab-selectors';
import { useLab } from '../../app/store-context';
import { useT } from '../../i18n/language-store';
import { ChartFrame } from './ChartFrame';
import { PALETTE, REDRAW_DELAYS } from './chart-data';
import { LineSeriesChart } from './LineSeriesChart';
import { noUpdatesText } from './no-updates';

const selectMeanQ = selectChartSeries('meanQ');
const selectMaxQ = selectChartSeries('maxQ');
const selectProbe = selectChartSeries('probeMaxQ');

export function QChart() {
  const meanQ = useLab(selectMeanQ);
  const maxQ = useLab(selectMaxQ);
  const probe = useLab(selectProbe);
  const markers = useLab(selectMarkers);
  const agent = useLab(selectAgent);
  const { charts } = useT();
  const text = charts.qValues;
  const lines = useMemo(
    () => [
      { name: text.meanQ, series: meanQ, color: PALETTE.blue },
      { name: text.maxQ, series: maxQ, color: PALETTE.orange },
      { name: text.probe, series: probe, color: PALETTE.green },
    ],
    [meanQ, maxQ, probe, text],
  );
  return (
    <ChartFrame title={text.title} caption={text.caption} points={meanQ.steps.length + probe.steps.length} emptyText={noUpdatesText(agent, charts)}>
      <LineSeriesChart title={text.title} lines={lines} yLabel={text.yLabel} markers={markers} redrawDelayMs={REDRAW_DELAYS.qValues} />
    </ChartFrame>
  );
}
