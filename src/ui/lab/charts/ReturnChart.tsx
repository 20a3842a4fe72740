// Session return: faint per-session points, the moving average, the greedy evaluations, and the reference policies.
import { useMemo } from 'react';
import { ReferenceLine } from 'recharts';
import { selectChartSeries, selectMarkers, selectReferences } from '../../../store/lab-selectors';
import { useLab } from '../../app/store-context';
import { ChartFrame } from './ChartFrame';
import { PALETTE, formatExact } from './chart-data';
import { LineSeriesChart, type LineSpec } from './LineSeriesChart';

const REFERENCE_STYLE: Record<string, { color: string; dash: string }> = {
  random: { color: PALETTE.grey, dash: '2 3' },
  'myopic-oracle': { color: PALETTE.vermillion, dash: '6 3' },
  heuristic: { color: PALETTE.orange, dash: '8 3 2 3' },
  'dp-oracle': { color: PALETTE.black, dash: '10 4' },
};

const selectReturns = selectChartSeries('sessionReturn');
const selectAverage = selectChartSeries('returnAverage');
const selectEvaluation = selectChartSeries('evaluationReturn');

export function ReturnChart() {
  const returns = useLab(selectReturns);
  const average = useLab(selectAverage);
  const evaluation = useLab(selectEvaluation);
  const markers = useLab(selectMarkers);
  const references = useLab(selectReferences);
  const lines = useMemo<LineSpec[]>(
    () => [
      { name: 'Session return', series: returns, color: PALETTE.sky, faint: true },
      { name: 'Moving average (100 sessions)', series: average, color: PALETTE.blue },
      { name: 'Greedy evaluation', series: evaluation, color: PALETTE.green, dashed: true },
    ],
    [returns, average, evaluation],
  );
  const extras = references
    .filter((reference) => reference.policy in REFERENCE_STYLE)
    .map((reference) => (
      <ReferenceLine
        key={reference.policy}
        y={reference.meanReturn}
        stroke={REFERENCE_STYLE[reference.policy].color}
        strokeDasharray={REFERENCE_STYLE[reference.policy].dash}
        ifOverflow="extendDomain"
        label={{ value: `${reference.label} ${formatExact(reference.meanReturn)}`, position: 'insideRight', fontSize: 11, fill: REFERENCE_STYLE[reference.policy].color }}
      />
    ));
  return (
    <ChartFrame
      title="Session return"
      caption="The faint trace is each finished session's total reward; the dashed horizontal lines are reference policies on the evaluation cohort."
      points={returns.steps.length}
    >
      <LineSeriesChart lines={lines} yLabel="Return per session" markers={markers} extras={extras} />
    </ChartFrame>
  );
}
