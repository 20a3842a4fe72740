// epsilon over time: the share of recommendations that are random.
import { useMemo } from 'react';
import { selectChartSeries, selectMarkers } from '../../../store/lab-selectors';
import { useLab } from '../../app/store-context';
import { useT } from '../../i18n/language-store';
import { ChartFrame } from './ChartFrame';
import { PALETTE, REDRAW_DELAYS } from './chart-data';
import { LineSeriesChart } from './LineSeriesChart';

const selectExploration = selectChartSeries('explorationRate');

export function ExplorationChart() {
  const exploration = useLab(selectExploration);
  const markers = useLab(selectMarkers);
  const text = useT().charts.exploration;
  const lines = useMemo(() => [{ name: text.line, series: exploration, color: PALETTE.purple }], [exploration, text]);
  return (
    <ChartFrame title={text.title} caption={text.caption} points={exploration.steps.length}>
      <LineSeriesChart title={text.title} lines={lines} yLabel={text.yLabel} markers={markers} yDomain={[0, 1]} redrawDelayMs={REDRAW_DELAYS.exploration} />
    </ChartFrame>
  );
}
