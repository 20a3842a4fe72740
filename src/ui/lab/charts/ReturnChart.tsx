// Session return: a faint dot per session, the moving average, the greedy evaluations, and the reference policies.
import { useMemo } from 'react';
import type { ReferenceResult } from '../../../worker/protocol';
import { selectChartSeries, selectMarkers, selectReferences } from '../../../store/lab-selectors';
import { useLab } from '../../app/store-context';
import { overlayPoints } from '../runs/overlay-style';
import { useRunOverlays } from '../runs/use-run-overlays';
import { ChartFrame } from './ChartFrame';
import { PALETTE } from './chart-data';
import { LineSeriesChart, type LineSpec } from './LineSeriesChart';
import type { ReferenceSpec } from './reference-lines';

/**
 * Each reference policy's line style. Random (0.35) and most-popular (0.41) sit a few pixels apart, and
 * heuristic (3.8) and the DP oracle (4.5) not far more: the lower one's label goes below, the upper one's above.
 */
const REFERENCE_STYLE: Record<string, Pick<ReferenceSpec, 'color' | 'dash' | 'label'>> = {
  random: { color: PALETTE.grey, dash: '2 3', label: { side: 'below', end: 'right' } },
  'most-popular': { color: PALETTE.yellow, dash: '4 2', label: { side: 'above', end: 'right' } },
  'myopic-oracle': { color: PALETTE.vermillion, dash: '6 3', label: { side: 'above', end: 'left' } },
  heuristic: { color: PALETTE.orange, dash: '8 3 2 3', label: { side: 'below', end: 'right' } },
  'dp-oracle': { color: PALETTE.black, dash: '10 4', label: { side: 'above', end: 'right' } },
};

const TITLE = 'Session return';
const selectReturns = selectChartSeries('sessionReturn');
const selectAverage = selectChartSeries('returnAverage');
const selectEvaluation = selectChartSeries('evaluationReturn');

/** The reference results that have a line style, as lines (the page's reference table lists them all). */
export function referenceSpecs(references: readonly ReferenceResult[]): ReferenceSpec[] {
  return references
    .filter((reference) => reference.policy in REFERENCE_STYLE)
    .map((reference) => ({ name: reference.label, value: reference.meanReturn, ...REFERENCE_STYLE[reference.policy] }));
}

export function ReturnChart() {
  const returns = useLab(selectReturns);
  const average = useLab(selectAverage);
  const evaluation = useLab(selectEvaluation);
  const markers = useLab(selectMarkers);
  const references = useLab(selectReferences);
  const overlays = useRunOverlays('returns');
  const lines = useMemo<LineSpec[]>(
    () => [
      { name: 'Session return', series: returns, color: PALETTE.sky, kind: 'dots' },
      { name: 'Moving average (100 sessions)', series: average, color: PALETTE.blue },
      { name: 'Greedy evaluation', series: evaluation, color: PALETTE.green, dashed: true },
    ],
    [returns, average, evaluation],
  );
  const referenceLines = useMemo(() => referenceSpecs(references), [references]);
  return (
    <ChartFrame
      title={TITLE}
      caption="Each dot is one finished session's total reward (the highest few lie above the axis); the dashed horizontal lines are the reference policies on the evaluation cohort."
      points={returns.steps.length || overlayPoints(overlays)}
    >
      <LineSeriesChart title={TITLE} lines={lines} yLabel="Return per session" markers={markers} references={referenceLines} overlays={overlays} />
    </ChartFrame>
  );
}
