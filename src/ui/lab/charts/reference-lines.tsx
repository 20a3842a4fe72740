// Horizontal reference lines (the reference policies' returns), named in a gutter right of the plot.
import { ReferenceLine, usePlotArea, useYAxisScale } from 'recharts';
import { estimateTextWidth, spreadLabels } from './label-layout';

export interface ReferenceSpec {
  name: string;
  value: number;
  color: string;
  dash: string;
}

/** Space between the plot's right edge and a name; the leader line from its line to it is drawn there. */
const LEADER = 10;

/** ReferenceLine elements to place directly inside a chart (Recharts reads its direct children). */
export function referenceLines(references: readonly ReferenceSpec[]) {
  return references.map((reference) => <ReferenceLine key={reference.name} y={reference.value} stroke={reference.color} strokeDasharray={reference.dash} className="reference-line" />);
}

/** The gutter right of the plot that holds the longest name at this text size. */
export function referenceGutter(references: readonly ReferenceSpec[], text: number): number {
  return references.reduce((widest, reference) => Math.max(widest, estimateTextWidth(reference.name, text)), 0) + LEADER + 4;
}

/**
 * Each name in the gutter at its line's height, outside the plot so that it never prints over a line or
 * a tick; names of close lines (random and most-popular sit a few pixels apart) are spread a line of text
 * apart, with a leader from the line's end to the moved name.
 */
export function ReferenceLabels({ references, text }: { references: readonly ReferenceSpec[]; text: number }) {
  const plot = usePlotArea();
  const scale = useYAxisScale();
  if (!plot || !scale) return null;
  const shown = references.filter((reference) => Number.isFinite(scale(reference.value)));
  const wanted = shown.map((reference) => scale(reference.value) ?? 0);
  // Centred on their lines, the names stay within the plot's height: clear of the markers above and the ticks below.
  const placed = spreadLabels(wanted, text * 1.3, plot.y + text / 2, plot.y + plot.height - text / 2);
  const right = plot.x + plot.width;
  return (
    <g className="reference-labels">
      {shown.map((reference, index) => (
        <g key={reference.name}>
          <path d={`M${right},${wanted[index]} L${right + LEADER - 3},${placed[index]}`} stroke={reference.color} fill="none" />
          <text x={right + LEADER} y={placed[index]} dominantBaseline="central" fontSize={text} fill={reference.color} className="reference-label">
            {reference.name}
          </text>
        </g>
      ))}
    </g>
  );
}
