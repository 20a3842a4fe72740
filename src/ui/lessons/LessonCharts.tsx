// The lesson's charts, both sides on each (the compare page's lines and reference policies), in the order
// the lesson lists them; the chart a callout points at is outlined until the student continues.
import { useMemo, useState } from 'react';
import type { KnobChange } from '../../contracts/metrics';
import type { AnyLesson, LessonChart } from '../../lessons/lesson';
import { AB_SIDES, trainsOnShopReward, type AbSide } from '../../preset/ab-setup';
import { selectAbChartSeries, selectAbReferences, selectAbSetup } from '../../store/ab-selectors';
import type { Series } from '../../store/downsample';
import { useLab } from '../app/store-context';
import { useT } from '../i18n/language-store';
import type { Messages } from '../i18n/messages';
import { abReferenceSpecs } from '../ab/ab-references';
import { presetTitle } from '../ab/ab-text';
import { SIDE_STYLE } from '../ab/side-style';
import { ChartFrame } from '../lab/charts/ChartFrame';
import { LineSeriesChart } from '../lab/charts/LineSeriesChart';

const NO_MARKERS: readonly KnobChange[] = [];
const SHARES: readonly [number, number] = [0, 1];

/** A chart's title, caption and value axis: the compare page's words, and the lessons' own for the Q-values. */
export function chartWords(t: Messages, chart: LessonChart): { title: string; caption: string; axis: string } {
  const { ab } = t;
  switch (chart) {
    case 'percentOfOracle':
      return { title: ab.percentChart, caption: ab.percentCaption, axis: ab.percentAxis };
    case 'returnAverage':
      return { title: ab.returnChart, caption: ab.returnCaption, axis: ab.returnAxis };
    case 'clickRate':
      return { title: ab.clickRateChart, caption: ab.clickRateCaption, axis: ab.clickRateAxis };
    case 'finalTrust':
      return { title: ab.trustChart, caption: ab.trustCaption, axis: ab.trustAxis };
    case 'loss':
      return { title: ab.lossChart, caption: ab.lossCaption, axis: ab.lossAxis };
    case 'meanQ':
      return { title: t.lessons.qChart, caption: t.lessons.qCaption, axis: t.lessons.qAxis };
  }
}

const SELECTORS = Object.fromEntries(
  (['percentOfOracle', 'returnAverage', 'clickRate', 'finalTrust', 'loss', 'meanQ'] as const).map((chart) => [chart, { a: selectAbChartSeries('a', chart), b: selectAbChartSeries('b', chart) }]),
) as Record<LessonChart, Record<AbSide, ReturnType<typeof selectAbChartSeries>>>;
const REFERENCES = { a: selectAbReferences('a'), b: selectAbReferences('b') };

export function LessonCharts({ lesson, pointed }: { lesson: AnyLesson; pointed: LessonChart | null }) {
  const t = useT();
  return (
    <section className="lab-page__charts lesson__charts" aria-label={t.lessons.chartsRegion}>
      {lesson.charts.map((chart) => (
        <div key={chart} id={`lesson-chart-${chart}`} className={chart === pointed ? 'lesson-chart lesson-chart--pointed' : 'lesson-chart'}>
          <LessonChartView chart={chart} />
        </div>
      ))}
    </section>
  );
}

function LessonChartView({ chart }: { chart: LessonChart }) {
  const t = useT();
  const setup = useLab(selectAbSetup);
  const a = useLab(SELECTORS[chart].a);
  const b = useLab(SELECTORS[chart].b);
  const referencesA = useLab(REFERENCES.a);
  const referencesB = useLab(REFERENCES.b);
  const [logScale, setLogScale] = useState(true);
  const presetA = setup ? presetTitle(t, setup.a.presetName) : '';
  const presetB = setup ? presetTitle(t, setup.b.presetName) : '';
  const lines = useMemo(() => {
    const series: Record<AbSide, Series> = { a, b };
    const presets: Record<AbSide, string> = { a: presetA, b: presetB };
    return AB_SIDES.map((side) => ({ name: t.ab.line(t.ab.sideName[side], presets[side]), series: series[side], ...SIDE_STYLE[side] }));
  }, [a, b, presetA, presetB, t]);
  // Reference returns only while both sides' returns count the shop's reward (a clicks-only side's do not).
  const value = chart === 'percentOfOracle' ? 'percentOfOracle' : chart === 'returnAverage' && setup && AB_SIDES.every((side) => trainsOnShopReward(setup[side].config)) ? 'meanReturn' : null;
  const references = useMemo(() => (value ? abReferenceSpecs({ a: referencesA, b: referencesB }, value, t) : undefined), [value, referencesA, referencesB, t]);
  const words = chartWords(t, chart);
  const logToggle = chart === 'loss';
  const toggle = logToggle ? (
    <label className="chart-toggle">
      <input type="checkbox" checked={logScale} onChange={(event) => setLogScale(event.target.checked)} /> {t.ab.logScale}
    </label>
  ) : undefined;
  return (
    <ChartFrame title={words.title} caption={words.caption} points={a.steps.length + b.steps.length} actions={toggle}>
      <LineSeriesChart
        title={words.title}
        lines={lines}
        yLabel={words.axis}
        markers={NO_MARKERS}
        logScale={logToggle && logScale}
        yDomain={chart === 'clickRate' || chart === 'finalTrust' ? SHARES : undefined}
        references={references}
      />
    </ChartFrame>
  );
}
