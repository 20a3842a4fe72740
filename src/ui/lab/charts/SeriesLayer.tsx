// The lines of a chart, drawn inside the Recharts frame with its axis scales: one <path> per line,
// redrawn on each refresh without Recharts re-rendering its axes, grid and markers. Also the hover readout,
// which reads the overlaid kept runs and the knob change at the pointer too.
import { createContext, useContext, useId, useMemo, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { usePlotArea, useXAxisInverseScale, useXAxisScale, useYAxisScale } from 'recharts';
import type { KnobChange } from '../../../contracts/metrics';
import type { Series } from '../../../store/downsample';
import { useT } from '../../i18n/language-store';
import { lastStep } from './chart-axes';
import { formatExact, formatStep } from './chart-data';
import { describeKnobChanges } from './knob-markers';
import { OverlayContext, OverlaySwatch } from '../runs/OverlayLayer';
import type { OverlaySpec } from '../runs/overlay-style';
import { dotsPath, linePath, nearestPoints, type PixelScale } from './series-path';

export interface LineSpec {
  name: string;
  series: Series;
  color: string;
  /** 'dots': one faint dot per point (noisy per-session values); 'line' by default. */
  kind?: 'line' | 'dots';
  dashed?: boolean;
}

/** The lines to draw, handed past the memoised Recharts frame (a context change re-renders only the layer). */
export const SeriesContext = createContext<readonly LineSpec[]>([]);

/** Fraction of the plot's width that one arrow key moves the readout. */
const KEY_STEP = 1 / 40;
const READOUT_WIDTH = 210;
/** Pixels either side of a knob marker at which the readout names its change. */
const MARKER_REACH_PX = 6;
/** Wider with kept runs overlaid, so that live lines and runs keep to a row each and the readout fits the plot. */
const READOUT_WIDTH_WITH_RUNS = 290;

export function SeriesLayer({ title, markers = [] }: { title: string; markers?: readonly KnobChange[] }) {
  const lines = useContext(SeriesContext);
  const overlays = useContext(OverlayContext);
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const xInverse = useXAxisInverseScale();
  const plot = usePlotArea();
  const [hoverX, setHoverX] = useState<number | null>(null);
  const { charts } = useT();
  // Unique per chart whatever its title's script (a title in Chinese has no word characters to build an id from).
  const clipId = `clip-${useId().replace(/[^\w-]/g, '')}`;
  const paths = useMemo(() => {
    if (!xScale || !yScale) return [];
    const x = xScale as PixelScale;
    const y = yScale as PixelScale;
    return lines.map((line) => ({ line, d: line.kind === 'dots' ? dotsPath(line.series, x, y) : linePath(line.series, x, y) }));
  }, [lines, xScale, yScale]);
  if (!plot || !xScale || !yScale || !xInverse) return null;

  const clamp = (px: number) => Math.min(plot.x + plot.width, Math.max(plot.x, px));
  const onPointerMove = (event: PointerEvent<SVGRectElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    setHoverX(clamp(plot.x + event.clientX - box.left));
  };
  const onKeyDown = (event: KeyboardEvent<SVGRectElement>) => {
    const move = event.key === 'ArrowLeft' ? -1 : event.key === 'ArrowRight' ? 1 : 0;
    if (move === 0) return;
    event.preventDefault();
    setHoverX(clamp((hoverX ?? plot.x + plot.width) + move * KEY_STEP * plot.width));
  };
  return (
    <g className="series-layer">
      <defs>
        <clipPath id={clipId}>
          <rect x={plot.x} y={plot.y - 4} width={plot.width} height={plot.height + 8} />
        </clipPath>
      </defs>
      <g clipPath={`url(#${clipId})`}>
        {paths.map(({ line, d }) => (
          <path
            key={line.name}
            d={d}
            fill="none"
            stroke={line.color}
            strokeOpacity={line.kind === 'dots' ? 0.5 : 1}
            strokeWidth={line.kind === 'dots' ? 3.5 : 2}
            strokeLinecap="round"
            strokeLinejoin="round"
            strokeDasharray={line.dashed ? '6 4' : undefined}
            data-line={line.name}
          />
        ))}
      </g>
      <rect
        className="series-layer__overlay"
        x={plot.x}
        y={plot.y}
        width={plot.width}
        height={plot.height}
        fill="transparent"
        tabIndex={0}
        role="img"
        aria-label={charts.readoutLabel(title)}
        onPointerMove={onPointerMove}
        onPointerLeave={() => setHoverX(null)}
        // Keyboard readers start at the newest point (of a kept run, on a page that has not trained yet).
        onFocus={() => setHoverX(clamp(Number(xScale(lastStep([...lines, ...overlays].map((line) => line.series)))) || plot.x + plot.width))}
        onBlur={() => setHoverX(null)}
        onKeyDown={onKeyDown}
      />
      {hoverX !== null && <Readout lines={lines} overlays={overlays} markers={markers} hoverX={hoverX} step={Number(xInverse(hoverX))} x={xScale as PixelScale} y={yScale as PixelScale} plot={plot} />}
    </g>
  );
}

interface ReadoutProps {
  lines: readonly LineSpec[];
  /** The kept runs overlaid on the chart, read out under the live lines with their legend's swatch. */
  overlays: readonly OverlaySpec[];
  /** The knob changes; those at the pointer are read out first. */
  markers: readonly KnobChange[];
  hoverX: number;
  step: number;
  x: PixelScale;
  y: PixelScale;
  plot: { x: number; y: number; width: number; height: number };
}

/** Exact values of each line's and each overlaid run's point nearest to the pointer, with a guide line and a dot on each. */
function Readout({ lines, overlays, markers, hoverX, step, x, y, plot }: ReadoutProps) {
  const t = useT();
  const { charts } = t;
  // A marker is a one-pixel line: within half an arrow-key move of the pointer counts as pointing at it.
  const reach = Math.max(MARKER_REACH_PX, (KEY_STEP * plot.width) / 2);
  const turned = markers.filter((change) => Math.abs(Number(x(change.step)) - hoverX) <= reach);
  // Live lines first, then the kept runs with their legend's swatch, by number; keyed by kind, as a run may share a line's name.
  const points = [
    ...nearestPoints(lines, step).map((point) => ({ ...point, key: `line ${point.line.name}`, name: point.line.name, swatch: <span className="chart-readout__swatch" style={{ background: point.line.color }} aria-hidden="true" /> })),
    ...nearestPoints(overlays, step).map((point) => ({ ...point, key: `run ${point.line.name}`, name: point.line.label, swatch: <OverlaySwatch style={point.line} /> })),
  ];
  const width = overlays.length > 0 ? READOUT_WIDTH_WITH_RUNS : READOUT_WIDTH;
  // Right of the pointer, else left of it, but never over the value axis (whose labels are drawn above it).
  const left = hoverX + 12 + width > plot.x + plot.width ? Math.max(plot.x, hoverX - 12 - width) : hoverX + 12;
  return (
    <g className="series-layer__readout" pointerEvents="none">
      <line x1={hoverX} x2={hoverX} y1={plot.y} y2={plot.y + plot.height} stroke="#8a91a3" strokeDasharray="3 3" />
      {points.map(({ key, line, step: pointStep, value }) => {
        const px = x(pointStep);
        const py = y(value);
        return px === undefined || py === undefined ? null : <circle key={key} cx={px} cy={py} r={4} fill={line.color} stroke="#fff" />;
      })}
      <foreignObject x={left} y={plot.y} width={width} height={plot.height}>
        <div className="chart-readout">
          <strong>{charts.readoutStep(formatStep(step))}</strong>
          {turned.length > 0 && <div className="chart-readout__knob-change">{describeKnobChanges(turned, t)}</div>}
          {points.map(({ key, name, step: pointStep, value, swatch }) => (
            <div key={key}>
              {swatch}
              {name}: {formatExact(value)}
              {Math.abs(pointStep - step) > 0.02 * step && <span className="muted">{charts.readoutPointStep(formatStep(pointStep))}</span>}
            </div>
          ))}
        </div>
      </foreignObject>
    </g>
  );
}
