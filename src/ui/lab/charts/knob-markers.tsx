// Knob changes as vertical markers: every chart draws one at the step where alpha, gamma or epsilon was
// turned, labelled with the change itself ("γ 0.99 → 0"), as the readout and the data table word it too.
import { ReferenceLine } from 'recharts';
import type { KnobChange } from '../../../contracts/metrics';
import type { Messages } from '../../i18n/messages';
import { PALETTE } from './chart-data';
import { describeKnobChange } from './knob-change-words';

// The words live apart from the markers, so a page can word a change without loading Recharts.
export { describeKnobChange, describeKnobChanges } from './knob-change-words';

/** Markers close together take turns on these rows; the first sits in the chart's top margin, above the plot. */
const LABEL_ROWS = 3;
/** Beyond this share of the step axis a label sits left of its marker, so it stays inside the chart. */
const LABEL_FLIP_SHARE = 0.6;

interface MarkerLabelProps {
  /** Set by Recharts: the marker's line as a zero-width box. */
  viewBox?: { x: number; y: number };
  text: string;
  row: number;
  leftOfLine: boolean;
  size: number;
}

function MarkerLabel({ viewBox, text, row, leftOfLine, size }: MarkerLabelProps) {
  if (!viewBox) return null;
  // Row 0 on the margin's baseline, just above the plot's top edge; later rows step down into the plot.
  const y = viewBox.y - 4 + row * (size + 2);
  return (
    <text x={viewBox.x + (leftOfLine ? -4 : 4)} y={y} textAnchor={leftOfLine ? 'end' : 'start'} fill={PALETTE.purple} fontSize={size} className="knob-marker__label" pointerEvents="none">
      {text}
    </text>
  );
}

/**
 * ReferenceLine elements to place directly inside a chart (Recharts reads its direct children); xEnd is the
 * step axis' end, text the chart's text size. Each marker's change ("γ 0.99 → 0") sits above the plot.
 */
export function knobMarkers(markers: readonly KnobChange[], t: Messages, xEnd: number, text: number) {
  return markers.map((change, index) => (
    <ReferenceLine
      key={`${change.step}-${change.knob}-${index}`}
      x={change.step}
      stroke={PALETTE.purple}
      strokeDasharray="4 3"
      className="knob-marker"
      label={<MarkerLabel text={describeKnobChange(change, t)} row={index % LABEL_ROWS} leftOfLine={change.step > LABEL_FLIP_SHARE * xEnd} size={text} />}
      ifOverflow="extendDomain"
    />
  ));
}
