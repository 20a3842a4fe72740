// A line chart of one or more step series, with knob markers, worded axes and exact tooltips.
import { useMemo, type ReactNode } from 'react';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { KnobChange } from '../../../engine/metrics';
import type { Series } from '../../../store/downsample';
import { formatExact, formatStep, formatStepTick, logAxis, toPoints } from './chart-data';
import { knobMarkers } from './knob-markers';

export interface LineSpec {
  name: string;
  series: Series;
  color: string;
  /** A faint thin trace (noisy per-session values): one path, far cheaper to draw than a dot per point. */
  faint?: boolean;
  dashed?: boolean;
}

interface LineSeriesChartProps {
  lines: readonly LineSpec[];
  yLabel: string;
  markers: readonly KnobChange[];
  logScale?: boolean;
  yDomain?: [number | 'auto', number | 'auto'];
  /** Extra children (reference lines) placed inside the chart. */
  extras?: ReactNode;
}

export function LineSeriesChart({ lines, yLabel, markers, logScale = false, yDomain, extras }: LineSeriesChartProps) {
  const data = useMemo(
    () => lines.map((line) => ({ ...line, points: toPoints(line.series).filter((point) => !logScale || point.value > 0) })),
    [lines, logScale],
  );
  const logAxisShape = useMemo(() => (logScale ? logAxis(data.flatMap((line) => line.points.map((point) => point.value))) : null), [data, logScale]);
  // Ticks at interval 0 and an HTML legend: Recharts then measures no text, so a redraw forces no layout.
  return (
    <>
    <ul className="chart-legend" aria-label="Lines">
      {lines.map((line) => (
        <li key={line.name}>
          <span className="chart-legend__swatch" style={{ borderColor: line.color, borderStyle: line.dashed ? 'dashed' : 'solid', opacity: line.faint ? 0.5 : 1 }} aria-hidden="true" />
          {line.name}
        </li>
      ))}
    </ul>
    <ResponsiveContainer width="100%" height={220}>
      <LineChart margin={{ top: 8, right: 16, bottom: 24, left: 8 }}>
        <CartesianGrid stroke="#e6e9f0" />
        <XAxis
          dataKey="step"
          type="number"
          domain={['dataMin', 'dataMax']}
          tickFormatter={formatStepTick}
          label={{ value: 'Environment steps', position: 'insideBottom', offset: -14 }}
          allowDuplicatedCategory={false}
          interval={0}
        />
        <YAxis
          scale={logScale ? 'log' : 'auto'}
          domain={yDomain ?? logAxisShape?.domain ?? ['auto', 'auto']}
          ticks={logAxisShape?.ticks}
          allowDataOverflow={logScale}
          tickFormatter={formatExact}
          interval={0}
          width={64}
          label={{ value: yLabel, angle: -90, position: 'insideLeft', style: { textAnchor: 'middle' } }}
        />
        <Tooltip
          formatter={(value) => formatExact(Number(value))}
          labelFormatter={(step) => `Step ${formatStep(Number(step))}`}
          isAnimationActive={false}
        />
        {extras}
        {knobMarkers(markers)}
        {data.map((line) => (
          <Line
            key={line.name}
            name={line.name}
            data={line.points}
            dataKey="value"
            type="linear"
            stroke={line.color}
            strokeOpacity={line.faint ? 0.45 : 1}
            strokeWidth={line.faint ? 1 : 2}
            strokeDasharray={line.dashed ? '6 4' : undefined}
            dot={false}
            activeDot={{ r: 4 }}
            isAnimationActive={false}
            connectNulls
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
    </>
  );
}
