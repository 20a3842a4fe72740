// Both sides' curves on shared charts, with the lab's own chart components: greedy evaluation as % of
// the oracle (the fairest A against B) and the moving session return, each against the reference policies'
// lines; the click rate and the final trust (the myopic lesson: the most clicks are not the most return); the loss.
import { useMemo, useState } from 'react';
import { kindOfChoice } from '../../contracts/agent-kinds';
import type { KnobChange } from '../../contracts/metrics';
import { AB_SIDES, trainsOnShopReward, type AbSetup, type AbSide } from '../../preset/ab-setup';
import { selectAbChartSeries, selectAbReferences, selectAbSetup } from '../../store/ab-selectors';
import type { SeriesName } from '../../store/lab-series';
import type { Series } from '../../store/downsample';
import { useLab } from '../app/store-context';
import { useT } from '../i18n/language-store';
import type { Messages } from '../i18n/messages';
import { ChartFrame } from '../lab/charts/ChartFrame';
import { REDRAW_DELAYS } from '../lab/charts/chart-data';
import { LineSeriesChart } from '../lab/charts/LineSeriesChart';
import { abReferenceSpecs, type ReferenceValue } from './ab-references';
import { presetTitle } from './ab-text';
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
  /** A fixed value axis (shares from 0 to 1). */
  yDomain?: readonly [number, number];
  /** The reference policies' lines, at this score of theirs (their mean return only while both sides train on the shop's reward). */
  references?: ReferenceValue;
  /** What the chart says while it has no points (the loss: which sides make no updates). */
  emptyText?: (t: Messages, setup: AbSetup | null) => string;
}

/** Only minibatch learners (the DQN) make gradient updates: a table learns on every step (no loss), a reference policy not at all. */
function lossEmptyText(t: Messages, setup: AbSetup | null): string {
  const learning = setup ? AB_SIDES.map((side) => kindOfChoice(setup[side].config.agent).learning) : ['minibatch'];
  return learning.includes('minibatch') ? t.ab.waitingForData : learning.includes('every-step') ? t.charts.noUpdatesTabular : t.ab.noUpdates;
}

const SHARES: readonly [number, number] = [0, 1];

const CHARTS: readonly SideChartSpec[] = [
  { series: 'percentOfOracle', words: (ab) => ({ title: ab.percentChart, caption: ab.percentCaption, axis: ab.percentAxis }), references: 'percentOfOracle' },
  { series: 'returnAverage', words: (ab) => ({ title: ab.returnChart, caption: ab.returnCaption, axis: ab.returnAxis }), redrawDelayMs: REDRAW_DELAYS.loss, references: 'meanReturn' },
  { series: 'clickRate', words: (ab) => ({ title: ab.clickRateChart, caption: ab.clickRateCaption, axis: ab.clickRateAxis }), redrawDelayMs: REDRAW_DELAYS.shares, yDomain: SHARES },
  { series: 'finalTrust', words: (ab) => ({ title: ab.trustChart, caption: ab.trustCaption, axis: ab.trustAxis }), redrawDelayMs: REDRAW_DELAYS.sessionLength, yDomain: SHARES },
  { series: 'loss', words: (ab) => ({ title: ab.lossChart, caption: ab.lossCaption, axis: ab.lossAxis }), redrawDelayMs: REDRAW_DELAYS.qValues, logScaleToggle: true, emptyText: lossEmptyText },
];

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

const REFERENCE_SELECTORS = { a: selectAbReferences('a'), b: selectAbReferences('b') };

/** The reference lines a chart draws: none for a chart without, and no returns while a side's return counts another reward. */
function useReferences(value: ReferenceValue | undefined, setup: AbSetup | null) {
  const t = useT();
  const a = useLab(REFERENCE_SELECTORS.a);
  const b = useLab(REFERENCE_SELECTORS.b);
  const comparable = value === 'percentOfOracle' || (setup !== null && AB_SIDES.every((side) => trainsOnShopReward(setup[side].config)));
  return useMemo(() => (value && comparable ? abReferenceSpecs({ a, b }, value, t) : undefined), [a, b, value, comparable, t]);
}

/** A line per side, named "A: <preset>" and styled as its side. */
function SideChart({ spec }: { spec: SideChartSpec }) {
  const t = useT();
  const setup = useLab(selectAbSetup);
  const a = useLab(SERIES_SELECTORS[spec.series].a);
  const b = useLab(SERIES_SELECTORS[spec.series].b);
  const references = useReferences(spec.references, setup);
  const [logScale, setLogScale] = useState(true);
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
      <LineSeriesChart
        title={title}
        lines={lines}
        yLabel={axis}
        markers={NO_MARKERS}
        logScale={spec.logScaleToggle === true && logScale}
        yDomain={spec.yDomain}
        references={references}
        redrawDelayMs={spec.redrawDelayMs}
      />
    </ChartFrame>
  );
}
