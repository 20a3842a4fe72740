// Both sides' curves on shared charts, with the lab's own chart components: greedy evaluation as % of
// the oracle (the fairest A against B), the moving session return, and the loss.
import { useMemo, useState } from 'react';
import type { KnobChange } from '../../engine/metrics';
import { AB_SIDES, type AbSetup, type AbSide } from '../../preset/ab-setup';
import { selectAbChartSeries, selectAbReferences, selectAbSetup } from '../../store/ab-selectors';
import type { SeriesName } from '../../store/lab-series';
import type { Series } from '../../store/downsample';
import { useLab } from '../app/store-context';
import { useT } from '../i18n/language-store';
import type { Messages } from '../i18n/messages';
import { ChartFrame } from '../lab/charts/ChartFrame';
import { REDRAW_DELAYS } from '../lab/charts/chart-data';
import { LineSeriesChart } from '../lab/charts/LineSeriesChart';
import { presetTitle } from './ab-text';
import { plannerLines } from './planner-lines';
import { SIDE_STYLE } from './side-style';

/** Nobody turns a knob mid-run here: every change restarts both sides. */
const NO_MARKERS: readonly KnobChange[] = [];

type AbWords = Messages['ab'];

/** One shared chart: its metric, its words in the catalog, when it redraws, and whether it offers a log scale. */
interface SideChartSpec {
  series: SeriesName;
  words: (ab: AbWords) => { title: string; caption: string; axis: string };
  redrawDelayMs?: number;
  logScaleToggle?: boolean;
  /** Draws the observation planner's level (the % of oracle chart). */
  plannerLine?: boolean;
  /** What the chart says while it has no points (the loss: which sides make no updates). */
  emptyText?: (t: Messages, setup: AbSetup | null) => string;
}

/** Only the DQN makes gradient updates: tabular Q-learning updates its table (no loss), a reference policy nothing. */
function lossEmptyText(t: Messages, setup: AbSetup | null): string {
  const agents = setup ? AB_SIDES.map((side) => setup[side].config.agent) : ['dqn'];
  return agents.includes('dqn') ? t.ab.waitingForData : agents.includes('tabular') ? t.charts.noUpdatesTabular : t.ab.noUpdates;
}

const CHARTS: readonly SideChartSpec[] = [
  { series: 'percentOfOracle', words: (ab) => ({ title: ab.percentChart, caption: ab.percentCaption, axis: ab.percentAxis }), plannerLine: true },
  { series: 'returnAverage', words: (ab) => ({ title: ab.returnChart, caption: ab.returnCaption, axis: ab.returnAxis }), redrawDelayMs: REDRAW_DELAYS.loss },
  { series: 'loss', words: (ab) => ({ title: ab.lossChart, caption: ab.lossCaption, axis: ab.lossAxis }), redrawDelayMs: REDRAW_DELAYS.qValues, logScaleToggle: true, emptyText: lossEmptyText },
];

const REFERENCES = { a: selectAbReferences('a'), b: selectAbReferences('b') };

const SERIES_SELECTORS = Object.fromEntries(
  CHARTS.map(({ series }) => [series, { a: selectAbChartSeries('a', series), b: selectAbChartSeries('b', series) }]),
) as Record<SeriesName, Record<AbSide, ReturnType<typeof selectAbChartSeries>>>;

export function AbCharts() {
  const t = useT();
  return (
    <section className="lab-page__charts ab-charts" aria-label={t.ab.chartsRegion}>
      {CHARTS.map((spec) => (
        <SideChart key={spec.series} spec={spec} />
      ))}
    </section>
  );
}

/** A line per side, named "A: <preset>" and styled as its side. */
function SideChart({ spec }: { spec: SideChartSpec }) {
  const t = useT();
  const setup = useLab(selectAbSetup);
  const a = useLab(SERIES_SELECTORS[spec.series].a);
  const b = useLab(SERIES_SELECTORS[spec.series].b);
  const [logScale, setLogScale] = useState(true);
  const referencesA = useLab(REFERENCES.a);
  const referencesB = useLab(REFERENCES.b);
  const references = useMemo(() => (spec.plannerLine ? plannerLines({ a: referencesA, b: referencesB }, t) : undefined), [spec.plannerLine, referencesA, referencesB, t]);
  const presetA = setup ? presetTitle(t, setup.a.presetName) : '';
  const presetB = setup ? presetTitle(t, setup.b.presetName) : '';
  const lines = useMemo(() => {
    const series: Record<AbSide, Series> = { a, b };
    const presets: Record<AbSide, string> = { a: presetA, b: presetB };
    return AB_SIDES.map((side) => ({ name: t.ab.line(t.ab.sideName[side], presets[side]), series: series[side], ...SIDE_STYLE[side] }));
  }, [a, b, presetA, presetB, t]);
  const { title, caption, axis } = spec.words(t.ab);
  const toggle = spec.logScaleToggle ? (
    <label className="chart-toggle">
      <input type="checkbox" checked={logScale} onChange={(event) => setLogScale(event.target.checked)} /> {t.ab.logScale}
    </label>
  ) : undefined;
  return (
    <ChartFrame title={title} caption={caption} points={a.steps.length + b.steps.length} emptyText={spec.emptyText?.(t, setup) ?? t.ab.waitingForData} actions={toggle}>
      <LineSeriesChart title={title} lines={lines} yLabel={axis} markers={NO_MARKERS} logScale={spec.logScaleToggle === true && logScale} redrawDelayMs={spec.redrawDelayMs} references={references} />
    </ChartFrame>
  );
}
