// Axis shapes the line charts fix themselves (domain and ticks), rounded so that they change in jumps, not every batch.

import type { Series } from '../../../store/downsample';

export interface AxisShape {
  domain: [number, number];
  ticks: number[];
}

/** Mantissas of the step axis's right edge (after a jump the lines still span half the width or more), with their tick spacing. */
const STEP_ENDS: ReadonlyArray<{ mantissa: number; spacing: number }> = [
  { mantissa: 1, spacing: 0.25 },
  { mantissa: 2, spacing: 0.5 },
  { mantissa: 3, spacing: 0.5 },
  { mantissa: 5, spacing: 1 },
  { mantissa: 10, spacing: 2.5 },
];

/**
 * The step axis from 0 to the smallest 1, 2, 3 or 5 x 10^k at or above the last step, with round ticks.
 * It keeps its shape for a while as training runs, so Recharts redraws it rarely.
 */
export function stepAxis(lastStep: number): AxisShape {
  const last = lastStep > 0 && Number.isFinite(lastStep) ? lastStep : 1;
  const decade = 10 ** Math.floor(Math.log10(last));
  const { mantissa, spacing } = STEP_ENDS.find((end) => end.mantissa * decade >= last * (1 - 1e-12)) ?? STEP_ENDS[STEP_ENDS.length - 1];
  const count = Math.round(mantissa / spacing);
  const ticks = Array.from({ length: count + 1 }, (_, k) => Number((k * spacing * decade).toPrecision(12)));
  return { domain: [0, ticks[count]], ticks };
}

/** A round tick spacing near range / count: 1, 2, 2.5 or 5 x 10^k. */
function tickSpacing(range: number, count: number): number {
  const raw = range / count;
  const decade = 10 ** Math.floor(Math.log10(raw));
  const mantissa = [1, 2, 2.5, 5, 10].find((candidate) => candidate * decade >= raw * (1 - 1e-12)) ?? 10;
  return mantissa * decade;
}

/**
 * A linear axis over [low, high] with about `count` intervals at round values; its ends are ticks,
 * so a value that grows inside the last interval leaves the axis (and its Recharts redraw) alone.
 */
export function linearAxis(low: number, high: number, count = 4): AxisShape {
  if (!Number.isFinite(low) || !Number.isFinite(high)) return { domain: [0, 1], ticks: [0, 1] };
  if (high - low < 1e-9 * Math.max(1, Math.abs(high))) {
    // A flat series: one unit (or one tenth of its size) around it.
    const half = Math.abs(high) > 0 ? Math.abs(high) / 10 : 0.5;
    return linearAxis(low - half, high + half, count);
  }
  const spacing = tickSpacing(high - low, count);
  const first = Math.floor(low / spacing + 1e-9);
  const last = Math.ceil(high / spacing - 1e-9);
  const ticks = Array.from({ length: last - first + 1 }, (_, k) => Number(((first + k) * spacing).toPrecision(12)));
  return { domain: [ticks[0], ticks[ticks.length - 1]], ticks };
}

/** Share of a refitted axis left above the data, so that a rising series does not move the axis every refresh. */
const HEADROOM = 0.5;
/** A series that fills less than this share of the axis gets a tighter one. */
const MIN_FILL = 0.35;

/**
 * The value axis for data spanning [low, high], given the axis drawn before: kept while the data fits
 * in it and fills enough of it, else refitted with headroom above (each refit costs a Recharts redraw).
 */
export function steadyAxis(previous: AxisShape | null, low: number, high: number): AxisShape {
  if (previous) {
    const [start, end] = previous.domain;
    if (low >= start && high <= end && high - low >= MIN_FILL * (end - start)) return previous;
  }
  const refit = linearAxis(low, high + HEADROOM * (high - low));
  // The same axis again (e.g. the fallback for values too large to plot) is the drawn one: charts set the
  // axis during render when it changes, so a new but equal object each time would never settle.
  return previous && sameAxis(previous, refit) ? previous : refit;
}

function sameAxis(a: AxisShape, b: AxisShape): boolean {
  return a.domain[0] === b.domain[0] && a.domain[1] === b.domain[1] && a.ticks.length === b.ticks.length && a.ticks.every((tick, index) => tick === b.ticks[index]);
}

/** Smallest and largest finite value of the series and the extra values (e.g. reference lines); null when there are none. */
export function valueExtent(series: readonly Series[], extra: readonly number[] = []): { low: number; high: number } | null {
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  const take = (value: number) => {
    if (!Number.isFinite(value)) return;
    if (value < low) low = value;
    if (value > high) high = value;
  };
  for (const { values } of series) for (const value of values) take(value);
  for (const value of extra) take(value);
  return low <= high ? { low, high } : null;
}

/** The q-quantile of the finite values (nearest rank), or NaN when there are none. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** The last step any of the series reached (0 when all are empty). */
export function lastStep(series: readonly Series[]): number {
  return series.reduce((last, { steps }) => Math.max(last, steps.at(-1) ?? 0), 0);
}

/**
 * The last step the step axis must show: the series' last point, or a knob change after it. A knob turned just
 * after a pause is marked at the step training stopped at, which the charted points may not have reached yet:
 * the axis reaches the marker, so that the marker is drawn on the plot and a pointer can rest on it.
 */
export function lastMarkedStep(series: readonly Series[], markers: readonly { step: number }[]): number {
  return markers.reduce((last, { step }) => Math.max(last, step), lastStep(series));
}
