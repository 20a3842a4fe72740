// Knob changes as vertical markers: every chart draws one at the step where alpha, gamma or epsilon was turned.
import { ReferenceLine } from 'recharts';
import type { KnobChange } from '../../../engine/metrics';
import type { Messages } from '../../i18n/messages';
import { PALETTE, formatExact } from './chart-data';

export const KNOB_SYMBOLS: Record<KnobChange['knob'], string> = { learningRate: 'α', discount: 'γ', explorationRate: 'ε' };

/** "γ 0.99 → 0.98", or "ε 0 → decay schedule (0.42 now)", in the page's words. */
export function describeKnobChange(change: KnobChange, charts: Messages['charts']): string {
  const to = change.schedule ? charts.decaySchedule(formatExact(change.to)) : formatExact(change.to);
  return charts.knobChange(KNOB_SYMBOLS[change.knob], formatExact(change.from), to);
}

/** ReferenceLine elements to place directly inside a chart (Recharts reads its direct children). */
/** Each marker's symbol sits above the plot (in the chart's top margin), clear of the lines and ticks. */
export function knobMarkers(markers: readonly KnobChange[], text: number) {
  return markers.map((change, index) => (
    <ReferenceLine
      key={`${change.step}-${change.knob}-${index}`}
      x={change.step}
      stroke={PALETTE.purple}
      strokeDasharray="4 3"
      className="knob-marker"
      label={{ value: KNOB_SYMBOLS[change.knob], position: 'top', fill: PALETTE.purple, fontSize: text }}
      ifOverflow="extendDomain"
    />
  ));
}
