// Q-values over time: mean and max over each training batch, and mean max Q on the fixed probe states.
import { useMemo } from 'react';
import { selectAgent, selectChartSeries, selectMarkers } from '../../../store/lab-selectors';
import { useLab } from '../../app/store-context';
import { ChartFrame } from './ChartFrame';
import { PALETTE, REDRAW_DELAYS } from './chart-data';
import { LineSeriesChart } from './LineSeriesChart';
import { noUpdatesText } from './no-updates';

const TITLE = 'Q-values';
const selectMeanQ = selectChartSeries('meanQ');
const selectMaxQ = selectChartSeries('maxQ');
const selectProbe = selectChartSeries('probeMaxQ');

export function QChart() {
  const meanQ = useLab(selectMeanQ);
  const maxQ = useLab(selectMaxQ);
  const probe = useLab(selectProbe);
  const markers = useLab(selectMarkers);
  const agent = useLab(selectAgent);
  const lines = useMemo(
    () => [
      { name: 'Mean Q of taken actions', series: meanQ, color: PALETTE.blue },
      { name: 'Max Q in the batch', series: maxQ, color: PALETTE.orange },
      { name: 'Mean max Q on probe states', series: probe, color: PALETTE.green },
    ],
    [meanQ, maxQ, probe],
  );
  return (
    <ChartFrame
      title={TITLE}
      caption="Values should level off near the real returns (under about 5); values that keep climbing mean overestimation."
      points={meanQ.steps.length + probe.steps.length}
      emptyText={noUpdatesText(agent)}
    >
      <LineSeriesChart title={TITLE} lines={lines} yLabel="Q-value (reward units)" markers={markers} redrawDelayMs={REDRAW_DELAYS.qValues} />
    </ChartFrame>
  );
}
