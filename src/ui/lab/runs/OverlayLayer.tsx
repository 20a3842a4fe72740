// Kept runs on a chart: drawn inside the Recharts frame with its axis scales, one <path> per run, and
// named in a legend above the chart. Their curves never change, so a path is redrawn only when an axis moves.
import { createContext, useContext, useId, useMemo } from 'react';
import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import { linePath, type PixelScale } from '../charts/series-path';
import type { OverlayStyle, RunOverlays, OverlaySpec } from './overlay-style';

/** The overlays to draw, handed past the memoised Recharts frame (a change re-renders only this layer). */
export const OverlayContext = createContext<readonly OverlaySpec[]>([]);

export function OverlayLayer() {
  const lines = useContext(OverlayContext);
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  const paths = useMemo(() => {
    if (!xScale || !yScale) return [];
    return lines.map((line) => ({ line, d: linePath(line.series, xScale as PixelScale, yScale as PixelScale) }));
  }, [lines, xScale, yScale]);
  // From useId, not the title: Chinese titles have no word characters, and two charts would share one id.
  const clipId = `clip-overlay-${useId().replace(/[^\w-]/g, '')}`;
  if (!plot || paths.length === 0) return null;
  return (
    <g className="overlay-layer" aria-hidden="true">
      <defs>
        <clipPath id={clipId}>
          <rect x={plot.x} y={plot.y - 2} width={plot.width} height={plot.height + 4} />
        </clipPath>
      </defs>
      <g clipPath={`url(#${clipId})`}>
        {paths.map(({ line, d }) => (
          <path key={line.name} d={d} fill="none" stroke={line.color} strokeWidth={2} strokeDasharray={line.dash || undefined} strokeLinejoin="round" data-overlay={line.name} />
        ))}
      </g>
    </g>
  );
}

/** A short line in the overlay's colour and dash, for legends and the runs list. */
export function OverlaySwatch({ style }: { style: OverlayStyle }) {
  return (
    <svg className="overlay-swatch" width="28" height="8" viewBox="0 0 28 8" aria-hidden="true">
      <line x1="0" y1="4" x2="28" y2="4" stroke={style.color} strokeWidth="2.5" strokeDasharray={style.dash || undefined} />
    </svg>
  );
}

export function OverlayLegend({ overlays }: { overlays: RunOverlays }) {
  if (overlays.lines.length === 0) return null;
  return (
    <ul className="chart-legend overlay-legend" aria-label={overlays.title}>
      <li className="overlay-legend__title" aria-hidden="true">
        {overlays.title}:
      </li>
      {overlays.lines.map((line) => (
        <li key={line.name}>
          <OverlaySwatch style={line} />
          {line.name}
        </li>
      ))}
    </ul>
  );
}
