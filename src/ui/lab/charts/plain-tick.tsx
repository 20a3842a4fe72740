// Axis tick labels as plain SVG text. Recharts' own <Text> measures each label's words in the DOM, a forced
// layout per tick on every axis redraw; these labels are short numbers that never wrap.
import type { BaseTickContentProps } from 'recharts';

/** Baseline shifts that place text as Recharts' verticalAnchor would. */
const DY: Record<BaseTickContentProps['verticalAnchor'], string> = { start: '0.71em', middle: '0.355em', end: '0' };

export function PlainTick({ x, y, payload, textAnchor, verticalAnchor, fill, tickFormatter, index }: BaseTickContentProps) {
  const label = tickFormatter ? tickFormatter(payload.value, index) : String(payload.value);
  return (
    <text x={x} y={y} dy={DY[verticalAnchor]} textAnchor={textAnchor} fill={fill ?? '#666'} className="recharts-cartesian-axis-tick-value">
      {label}
    </text>
  );
}
