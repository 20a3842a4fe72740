// Horizontal reference lines (the reference policies' returns), named in a gutter right of the plot.
import { ReferenceLine, usePlotArea, useYAxisScale } from 'recharts';
import { estimateTextWidth, labelLines, spreadBlocks } from './label-layout';

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

/** A line of a name, as a share of the text size. */
const LINE_HEIGHT = 1.2;

/** The gutter right of the plot that holds the longest line of a name at this text size (long names take two lines). */
export function referenceGutter(references: readonly ReferenceSpec[], text: number): number {
  const lineWidths = references.flatMap((reference) => labelLines(reference.name, text).map((line) => estimateTextWidth(line, text)));
  return Math.max(0, ...lineWidths) + LEADER + 4;
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
  const lines = shown.map((reference) => labelLines(reference.name, text));
  // Centred on their lines, the names stay within the plot's height: clear of the markers above and the ticks below.
  const placed = spreadBlocks(
    wanted,
    lines.map((nameLines) => (nameLines.length * LINE_HEIGHT + 0.1) * text),
    plot.y,
    plot.y + plot.height,
  );
  const right = plot.x + plot.width;
  return (
    <g className="reference-labels">
      {shown.map((reference, index) => (
        <g key={reference.name}>
          <path d={`M${right},${wanted[index]} L${right + LEADER - 3},${placed[index]}`} stroke={reference.color} fill="none" />
          <text x={right + LEADER} y={placed[index]} dominantBaseline="central" fontSize={text} fill={reference.color} className="reference-label">
            {lines[index].map((line, lineIndex) => (
              <tspan key={line} x={right + LEADER} dy={`${lineIndex === 0 ? (-(lines[index].length - 1) * LINE_HEIGHT) / 2 : LINE_HEIGHT}em`}>
                {line}
              </tspan>
            ))}
          </text>
        </g>
      ))}
    </g>
  );
}
