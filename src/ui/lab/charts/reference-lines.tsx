// Horizontal reference lines (the reference policies' returns), labelled inside the plot.
import { ReferenceLine } from 'recharts';

export interface ReferenceSpec {
  name: string;
  value: number;
  color: string;
  dash: string;
  /** Where the label sits, so that close lines (random and most-popular) do not print over each other. */
  label: { side: 'above' | 'below'; end: 'left' | 'right' };
}

/** Recharts' label positions on a horizontal line: its "inside top" is just below the line. */
function labelPosition({ side, end }: ReferenceSpec['label']) {
  const vertical = side === 'above' ? 'Bottom' : 'Top';
  return `inside${vertical}${end === 'left' ? 'Left' : 'Right'}` as const;
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
      label={{ value: reference.name, position: labelPosition(reference.label), fontSize: 11, fill: reference.color }}
    />
  ));
}
