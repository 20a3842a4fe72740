// SVG path data for a whole series at once: one <path> per line (or per cloud of points), however many points it has.

import type { Series } from '../../../store/downsample';

/** Data value to pixel, as Recharts' axis scales give it (undefined outside a categorical domain). */
export type PixelScale = (value: number) => number | undefined;

const pixel = (value: number) => Math.round(value * 10) / 10;

/** The series as one polyline ("M x y L x y ..."); points the scale cannot place break the line. */
export function linePath(series: Series, x: PixelScale, y: PixelScale): string {
  const parts: string[] = [];
  let drawing = false;
  for (let index = 0; index < series.steps.length; index++) {
    const px = x(series.steps[index]);
    const py = y(series.values[index]);
    if (px === undefined || py === undefined || !Number.isFinite(px) || !Number.isFinite(py)) {
      drawing = false;
      continue;
    }
    parts.push(`${drawing ? 'L' : 'M'}${pixel(px)} ${pixel(py)}`);
    drawing = true;
  }
  return parts.join('');
}

/**
 * The series as dots in one path: a zero-length segment per point ("M x y h0"), drawn as a dot by a
 * round line cap. One element instead of one <circle> per point keeps a cloud of sessions cheap to redraw.
 */
export function dotsPath(series: Series, x: PixelScale, y: PixelScale): string {
  const parts: string[] = [];
  for (let index = 0; index < series.steps.length; index++) {
    const px = x(series.steps[index]);
    const py = y(series.values[index]);
    if (px === undefined || py === undefined || !Number.isFinite(px) || !Number.isFinite(py)) continue;
    parts.push(`M${pixel(px)} ${pixel(py)}h0`);
  }
  return parts.join('');
}

/** Index of the point whose step is nearest to `step` (binary search over increasing steps), or -1 when empty. */
export function nearestIndex(steps: readonly number[], step: number): number {
  if (steps.length === 0) return -1;
  let low = 0;
  let high = steps.length - 1;
  while (high - low > 1) {
    const middle = (low + high) >> 1;
    if (steps[middle] <= step) low = middle;
    else high = middle;
  }
  return Math.abs(steps[high] - step) < Math.abs(steps[low] - step) ? high : low;
}

/** A line's point nearest to a step, as a readout shows it. */
export interface NearestPoint<Line> {
  line: Line;
  step: number;
  value: number;
}

/** Each line's point nearest to `step` (a line without points has none): the live lines and the kept runs alike. */
export function nearestPoints<Line extends { series: Series }>(lines: readonly Line[], step: number): NearestPoint<Line>[] {
  return lines.flatMap((line) => {
    const index = nearestIndex(line.series.steps, step);
    return index < 0 ? [] : [{ line, step: line.series.steps[index], value: line.series.values[index] }];
  });
}
