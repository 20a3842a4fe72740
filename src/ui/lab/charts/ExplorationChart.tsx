// epsilon over time: the share of recommendations that are random.
import { useMemo } from 'react';
import { selectChartSeries, selectMarkers } from '../../../store/lab-selectors';
import { useLab } from '../../app/store-context';
import { ChartFrame } from './ChartFrame';
import { PALETTE, REDRAW_DELAYS } from './chart-data';
import { LineSeriesChart } from './LineSeriesChart';

const TITLE = 'Exploration rate ε';
const selectExploration = selectChartSeries('explorationRate');

export function ExplorationChart() {
  const exploration = useLab(selectExploration);
  const markers = useLab(selectMarkers);
  const lines = useMemo(() => [{ name: 'epsilon', series: exploration, color: PALETTE.purple }], [exploration]);
  return (
    <ChartFrame title={TITLE} caption="The chance that a recommendation is a random item instead of the highest-valued one." points={exploration.steps.length}>
      <LineSeriesChart title={TITLE} lines={lines} yLabel="epsilon" markers={markers} yDomain={[0, 1]} redrawDelayMs={REDRAW_DELAYS.exploration} />
    </ChartFrame>
  );
}
