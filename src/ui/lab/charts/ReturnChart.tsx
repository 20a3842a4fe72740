// Session return: a faint dot per session, the moving average, the greedy evaluations, and the reference policies.
import { useMemo } from 'react';
import type { ReferenceResult } from '../../../contracts/protocol';
import { selectChartSeries, selectMarkers, selectReferences } from '../../../store/lab-selectors';
import { useLab } from '../../app/store-context';
import { overlayPoints } from '../runs/overlay-style';
import { useRunOverlays } from '../runs/use-run-overlays';
import { useT } from '../../i18n/language-store';
import type { Messages } from '../../i18n/messages';
import { ChartFrame } from './ChartFrame';
import { PALETTE } from './chart-data';
import { LineSeriesChart, type LineSpec } from './LineSeriesChart';
import type { ReferenceSpec } from './reference-lines';

/**
 * Each reference policy's line style (their names sit right of the plot, spread apart where lines lie close:
 * heuristic 3.8, the observation planner 4.0 and the DP oracle 4.5 are a few pixels apart).
 */
export const REFERENCE_STYLE: Record<string, Pick<ReferenceSpec, 'color' | 'dash'>> = {
  random: { color: PALETTE.grey, dash: '2 3' },
  'most-popular': { color: PALETTE.yellow, dash: '4 2' },
  'myopic-oracle': { color: PALETTE.vermillion, dash: '6 3' },
  heuristic: { color: PALETTE.orange, dash: '8 3 2 3' },
  'observation-planner': { color: PALETTE.purple, dash: '12 3 3 3 3 3' },
  'dp-oracle': { color: PALETTE.black, dash: '10 4' },
};

const selectReturns = selectChartSeries('sessionReturn');
const selectAverage = selectChartSeries('returnAverage');
const selectEvaluation = selectChartSeries('evaluationReturn');

/**
 * The reference results that have a line style, as lines named in the page's language (the page's reference table
 * lists them all), at their mean return or (for a chart of % of the oracle) their share of the oracle's.
 */
export function referenceSpecs(references: readonly ReferenceResult[], play: Messages['play'], value: 'meanReturn' | 'percentOfOracle' = 'meanReturn'): ReferenceSpec[] {
  const names: Partial<Record<string, string>> = play.policies;
  return references
    .filter((reference) => reference.policy in REFERENCE_STYLE)
    .map((reference) => ({ name: names[reference.policy] ?? reference.label, value: reference[value], ...REFERENCE_STYLE[reference.policy] }));
}

export function ReturnChart() {
  const returns = useLab(selectReturns);
  const average = useLab(selectAverage);
  const evaluation = useLab(selectEvaluation);
  const markers = useLab(selectMarkers);
  const references = useLab(selectReferences);
  const overlays = useRunOverlays('returns');
  const { play, charts } = useT();
  const text = charts.sessionReturn;
  const lines = useMemo<LineSpec[]>(
    () => [
      { name: text.dots, series: returns, color: PALETTE.sky, kind: 'dots' },
      { name: text.average, series: average, color: PALETTE.blue },
      { name: text.evaluation, series: evaluation, color: PALETTE.green, dashed: true },
    ],
    [returns, average, evaluation, text],
  );
  const referenceLines = useMemo(() => referenceSpecs(references, play), [references, play]);
  return (
    <ChartFrame title={text.title} caption={text.caption} points={returns.steps.length || overlayPoints(overlays)}>
      <LineSeriesChart title={text.title} lines={lines} yLabel={text.yLabel} markers={markers} references={referenceLines} overlays={overlays} />
    </ChartFrame>
  );
}
