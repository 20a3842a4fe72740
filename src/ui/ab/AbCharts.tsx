// Both sides' curves on shared charts, with the lab's own chart components: greedy evaluation as % of
// the oracle (the fairest A against B), the moving session return, and the loss.
import { useMemo, useState } from 'react';
import type { KnobChange } from '../../engine/metrics';
import { AB_SIDES, type AbSide } from '../../preset/ab-setup';
import { selectAbChartSeries, selectAbSetup } from '../../store/ab-selectors';
import type { SeriesName } from '../../store/lab-series';
import type { Series } from '../../store/downsample';
import { useLab } from '../app/store-context';
import { useT } from '../i18n/language-store';
import { ChartFrame } from '../lab/charts/ChartFrame';
import { REDRAW_DELAYS } from '../lab/charts/chart-data';
import { LineSeriesChart, type LineSpec } from '../lab/charts/LineSeriesChart';
import { SIDE_STYLE } from './side-style';

/** Nobody turns a knob mid-run here: every change restarts both sides. */
const NO_MARKERS: readonly KnobChange[] = [];

const seriesSelectors = (name: SeriesName) => ({ a: selectAbChartSeries('a', name), b: selectAbChartSeries('b', name) });
const PERCENT = seriesSelectors('percentOfOracle');
const AVERAGE = seriesSelectors('returnAverage');
const LOSS = seriesSelectors('loss');

/** A line per side, named "A: <preset>" and styled as its side. */
function useSideLines(selectors: Record<AbSide, ReturnType<typeof selectAbChartSeries>>): { lines: LineSpec[]; points: number } {
  const t = useT();
  const setup = useLab(selectAbSetup);
  const a = useLab(selectors.a);
  const b = useLab(selectors.b);
  const presetA = setup ? t.ab.presets[setup.a.presetName] : '';
  const presetB = setup ? t.ab.presets[setup.b.presetName] : '';
  return useMemo(() => {
    const series: Record<AbSide, Series> = { a, b };
    const presets: Record<AbSide, string> = { a: presetA, b: presetB };
    const lines = AB_SIDES.map((side) => ({ name: t.ab.line(t.ab.sideName[side], presets[side]), series: series[side], ...SIDE_STYLE[side] }));
    return { lines, points: a.steps.length + b.steps.length };
  }, [a, b, presetA, presetB, t]);
}

export function AbCharts() {
  const t = useT();
  return (
    <section className="lab-page__charts ab-charts" aria-label={t.ab.chartsRegion}>
      <PercentChart />
      <ReturnChart />
      <LossChart />
    </section>
  );
}

function PercentChart() {
  const t = useT();
  const { lines, points } = useSideLines(PERCENT);
  return (
    <ChartFrame title={t.ab.percentChart} caption={t.ab.percentCaption} points={points} emptyText={t.ab.waitingForData}>
      <LineSeriesChart title={t.ab.percentChart} lines={lines} yLabel={t.ab.percentAxis} markers={NO_MARKERS} />
    </ChartFrame>
  );
}

function ReturnChart() {
  const t = useT();
  const { lines, points } = useSideLines(AVERAGE);
  return (
    <ChartFrame title={t.ab.returnChart} caption={t.ab.returnCaption} points={points} emptyText={t.ab.waitingForData}>
      <LineSeriesChart title={t.ab.returnChart} lines={lines} yLabel={t.ab.returnAxis} markers={NO_MARKERS} redrawDelayMs={REDRAW_DELAYS.loss} />
    </ChartFrame>
  );
}

function LossChart() {
  const t = useT();
  const { lines, points } = useSideLines(LOSS);
  const setup = useLab(selectAbSetup);
  const [logScale, setLogScale] = useState(true);
  // Only the DQN makes gradient updates: tabular Q-learning updates its table (no loss), a reference policy nothing.
  const agents = setup ? AB_SIDES.map((side) => setup[side].config.agent) : ['dqn'];
  const emptyText = agents.includes('dqn') ? t.ab.waitingForData : agents.includes('tabular') ? t.charts.noUpdatesTabular : t.ab.noUpdates;
  const toggle = (
    <label className="chart-toggle">
      <input type="checkbox" checked={logScale} onChange={(event) => setLogScale(event.target.checked)} /> {t.ab.logScale}
    </label>
  );
  return (
    <ChartFrame title={t.ab.lossChart} caption={t.ab.lossCaption} points={points} emptyText={emptyText} actions={toggle}>
      <LineSeriesChart title={t.ab.lossChart} lines={lines} yLabel={t.ab.lossAxis} markers={NO_MARKERS} logScale={logScale} redrawDelayMs={REDRAW_DELAYS.qValues} />
    </ChartFrame>
  );
}
