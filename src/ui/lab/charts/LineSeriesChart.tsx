// A line chart of one or more step series, with knob markers, worded axes and exact values on hover.
// Recharts draws the frame (axes, grid, reference lines, markers) and redraws it only when an axis moves;
// the lines themselves are a SeriesLayer inside it, so a refresh of the data costs one <path> per line.
import { memo, useCallback, useMemo, useState } from 'react';
import { CartesianGrid, LineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { KnobChange } from '../../../contracts/metrics';
import { lastMarkedStep, lastStep, linearAxis, quantile, steadyAxis, stepAxis, valueExtent, type AxisShape } from './chart-axes';
import { formatExact, formatStepTick, logAxis } from './chart-data';
import { knobMarkers } from './knob-markers';
import { PlainTick } from './plain-tick';
import { ReferenceLabels, referenceGutter, referenceLines, type ReferenceSpec } from './reference-lines';
import { useChartLook, type ChartLook } from './chart-look';
import { SeriesContext, SeriesLayer, type LineSpec } from './SeriesLayer';
import { useStaggered } from './use-staggered';
import { ChartDataTable } from './ChartDataTable';
import { OverlayContext, OverlayLayer, OverlayLegend } from '../runs/OverlayLayer';
import type { RunOverlays } from '../runs/overlay-style';
import { useT } from '../../i18n/language-store';

export type { LineSpec } from './SeriesLayer';

interface LineSeriesChartProps {
  /** Names the chart to assistive technology (the figure's title). */
  title: string;
  lines: readonly LineSpec[];
  yLabel: string;
  markers: readonly KnobChange[];
  logScale?: boolean;
  /** A fixed value axis (e.g. shares from 0 to 1); otherwise it is fitted to the data and the reference lines. */
  yDomain?: readonly [number, number];
  /** Horizontal reference lines (kept inside the value axis). */
  references?: readonly ReferenceSpec[];
  /** Milliseconds a moved axis waits before the frame redraws: different per chart, so they redraw in turn. */
  redrawDelayMs?: number;
  /** Kept runs drawn under the live lines (static: redrawn only when an axis moves). */
  overlays?: RunOverlays;
}

export function LineSeriesChart({ title, lines, yLabel, markers, logScale = false, yDomain, references, redrawDelayMs = 0, overlays }: LineSeriesChartProps) {
  const drawn = useMemo(
    () => (logScale ? lines.map((line) => ({ ...line, series: positivePart(line.series) })) : lines),
    [lines, logScale],
  );
  const overlaid = useMemo(() => (overlays?.lines ?? []).map((line) => (logScale ? { ...line, series: positivePart(line.series) } : line)), [overlays, logScale]);
  // The kept runs never change: their extent is found once, not on every refresh of the live lines.
  const overlaidExtent = useMemo(() => {
    const series = overlaid.map((line) => line.series);
    const values = valueExtent(series);
    return { lastStep: lastStep(series), values: values ? [values.low, values.high] : [] };
  }, [overlaid]);
  // The data table lists the overlaid kept runs beside the live lines: they too need their numbers in words.
  const tableLines = useMemo(() => (overlays ? [...lines, ...overlays.lines] : lines), [lines, overlays]);
  const xEnd = stepAxis(Math.max(lastMarkedStep(drawn.map((line) => line.series), markers), overlaidExtent.lastStep)).domain[1];
  const axis = useValueAxis(drawn, logScale, yDomain, references, overlaidExtent.values);
  // The axes as primitives: an axis that did not move keeps its objects, and the memoised frame skips its render.
  const [low, high] = axis.domain;
  const tickKey = axis.ticks.join(' ');
  const yAxis = useMemo<AxisShape>(() => ({ domain: [low, high], ticks: tickKey.split(' ').map(Number) }), [low, high, tickKey]);
  const xAxis = useMemo(() => stepAxis(xEnd), [xEnd]);
  // A moved axis redraws the Recharts frame: each chart does so at its own moment after the change.
  const staggeredX = useStaggered(xAxis, redrawDelayMs);
  const staggeredY = useStaggered(yAxis, redrawDelayMs);
  const { charts } = useT();
  const look = useChartLook();
  return (
    <>
      <ul className="chart-legend" aria-label={charts.linesLabel}>
        {lines.map((line) => (
          <li key={line.name}>
            <span className="chart-legend__swatch" style={{ borderColor: line.color, borderStyle: line.kind === 'dots' ? 'dotted' : line.dashed ? 'dashed' : 'solid' }} aria-hidden="true" />
            {line.name}
          </li>
        ))}
        {references?.map((reference) => (
          <li key={reference.name} className="chart-legend__reference">
            <span className="chart-legend__swatch" style={{ borderColor: reference.color, borderStyle: 'dashed' }} aria-hidden="true" />
            {reference.name} {formatExact(reference.value)}
          </li>
        ))}
      </ul>
      {overlays && <OverlayLegend overlays={overlays} />}
      <SeriesContext.Provider value={drawn}>
        <OverlayContext.Provider value={overlaid}>
          <ChartScaffold look={look} title={title} xAxis={staggeredX} yAxis={staggeredY} logScale={logScale} xLabel={charts.stepAxis} yLabel={yLabel} markers={markers} references={references} />
        </OverlayContext.Provider>
      </SeriesContext.Provider>
      <ChartDataTable title={title} lines={tableLines} markers={markers} />
    </>
  );
}

interface ScaffoldProps {
  look: ChartLook;
  title: string;
  xAxis: AxisShape;
  yAxis: AxisShape;
  logScale: boolean;
  xLabel: string;
  yLabel: string;
  markers: readonly KnobChange[];
  references?: readonly ReferenceSpec[];
}

/**
 * The share of a cloud's dots the value axis is fitted to; its headroom then holds most of the rest
 * (session returns: the top of a 0-10 axis, where fitting every dot gave 0-15 and squashed the lines).
 */
const CLOUD_AXIS_QUANTILE = 0.75;
/** Below this width (a phone, the page's two-column grid) the reference lines' names stay in the legend: a gutter would squeeze the plot. */
const GUTTER_MIN_WIDTH = 560;

/**
 * The Recharts frame; memoised, so it renders again only when an axis, a marker or a reference line changes.
 * Every prop it hands Recharts keeps its object between renders: a new object would make Recharts
 * re-register that part in its store and recompute the whole chart.
 */
const ChartScaffold = memo(function ChartScaffold({ look, title, xAxis, yAxis, logScale, xLabel, yLabel, markers, references }: ScaffoldProps) {
  const [wide, setWide] = useState(true);
  const resized = useCallback((width: number) => setWide(width >= GUTTER_MIN_WIDTH), []);
  const named = wide && references !== undefined && references.length > 0 ? references : null;
  // The step axis' title sits under its tick labels, the value axis' title left of them, the markers' symbols above the plot.
  const margin = useMemo(() => ({ top: look.text + 8, right: named ? referenceGutter(named, look.text) : look.text, bottom: 4, left: 4 }), [look, named]);
  const stepLabel = useMemo(() => ({ value: xLabel, position: 'insideBottom', offset: 0, fontSize: look.text, fill: look.titleInk }) as const, [xLabel, look]);
  const valueLabel = useMemo(() => ({ value: yLabel, angle: -90, position: 'insideLeft', offset: look.text * 0.6, fontSize: look.text, fill: look.titleInk, style: { textAnchor: 'middle' } }) as const, [yLabel, look]);
  const referenceElements = useMemo(() => (references ? referenceLines(references) : null), [references]);
  const t = useT();
  const xEnd = xAxis.domain[1];
  const referenceNames = useMemo(() => (named ? <ReferenceLabels references={named} text={look.text} /> : null), [named, look]);
  const markerElements = useMemo(() => knobMarkers(markers, t, xEnd, look.text), [markers, t, xEnd, look]);
  const layer = useMemo(() => <SeriesLayer title={title} markers={markers} />, [title, markers]);
  const overlayLayer = useMemo(() => <OverlayLayer />, []);
  // Explicit ticks, plain tick labels and an HTML legend: Recharts then measures no text, so a redraw forces no layout.
  // The canvas' height is the page's (CSS: taller in presenter view); the text size is the look's, on the canvas.
  return (
    <div className="chart-canvas" style={{ fontSize: look.text }}>
      <ResponsiveContainer width="100%" height="100%" onResize={resized}>
        <LineChart margin={margin} accessibilityLayer={false}>
          <CartesianGrid stroke="#e6e9f0" />
          <XAxis dataKey="step" type="number" domain={xAxis.domain} ticks={xAxis.ticks} allowDataOverflow tick={PlainTick} tickFormatter={formatStepTick} label={stepLabel} interval={0} height={look.stepAxisHeight} />
          <YAxis
            type="number"
            scale={logScale ? 'log' : 'linear'}
            domain={yAxis.domain}
            ticks={yAxis.ticks}
            allowDataOverflow
            tick={PlainTick}
            tickFormatter={formatExact}
            interval={0}
            width={look.valueAxisWidth}
            label={valueLabel}
          />
          {referenceElements}
          {markerElements}
          {overlayLayer}
          {layer}
          {referenceNames}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
});

/**
 * The value axis: fixed, whole decades on a log scale, or round values around the data, the reference
 * lines and the extra values (the overlaid runs' extent) that stay put while the data fits (the axis drawn
 * last is state: a refit sets it during render).
 */
function useValueAxis(lines: readonly LineSpec[], logScale: boolean, fixed: LineSeriesChartProps['yDomain'], references: LineSeriesChartProps['references'], extra: readonly number[]): AxisShape {
  const [drawnAxis, setDrawnAxis] = useState<AxisShape | null>(null);
  if (fixed) return linearAxis(fixed[0], fixed[1]);
  const series = lines.map((line) => line.series);
  if (logScale) return logAxis([...series.flatMap((entry) => entry.values), ...extra]) ?? { domain: [0.1, 1], ticks: [0.1, 1] };
  // A cloud's highest dots would squash the lines and reference lines into the axis' bottom: they may lie above it.
  const clouds = lines.filter((line) => line.kind === 'dots').flatMap((line) => [Math.min(...line.series.values), quantile(line.series.values, CLOUD_AXIS_QUANTILE)]);
  const lineSeries = lines.filter((line) => line.kind !== 'dots').map((line) => line.series);
  const extent = valueExtent(lineSeries, [...clouds, ...(references?.map((reference) => reference.value) ?? []), ...extra]);
  if (!extent) return linearAxis(0, 1);
  const axis = steadyAxis(drawnAxis, Math.min(0, extent.low), extent.high);
  if (axis !== drawnAxis) setDrawnAxis(axis);
  return axis;
}

function positivePart(series: LineSpec['series']): LineSpec['series'] {
  const keep = series.values.map((value) => value > 0);
  if (keep.every(Boolean)) return series;
  return { steps: series.steps.filter((_, index) => keep[index]), values: series.values.filter((_, index) => keep[index]) };
}
