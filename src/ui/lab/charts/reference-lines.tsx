// Horizontal reference lines (the reference policies' returns), labelled inside the plot.
import { ReferenceLine } from 'recharts';

export interface ReferenceSpec {
  name: string;
  value: number;
  color: string;
  dash: string;
  /** Where the label sits, so that close lines (random and most-popular) do not print over each other. */
  labelPosition: 'insideTopRight' | 'insideBottomRight' | 'insideTopLeft' | 'insideBottomLeft';
}

/** ReferenceLine elements to place directly inside a chart (Recharts reads its direct children). */
export function referenceLines(references: readonly ReferenceSpec[]) {
  return references.map((reference) => (
    <ReferenceLine
      key={reference.name}
      y={reference.value}
      stroke={reference.color}
      strokeDasharray={reference.dash}
      className="reference-line"
      label={{ value: reference.name, position: reference.labelPosition, fontSize: 11, fill: reference.color }}
    />
  ));
}
