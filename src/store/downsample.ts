// Largest-Triangle-Three-Buckets downsampling (Steinarsson 2013): keeps a series' visual shape in few points.

/**
 * Indices of at most `target` points of (x, y) that keep the series' shape: the first and last point,
 * then in each bucket the point that makes the largest triangle with the previous pick and the next
 * bucket's mean. Returns every index when the series is already short enough.
 */
export function lttbIndices(x: ArrayLike<number>, y: ArrayLike<number>, target: number): number[] {
  const length = Math.min(x.length, y.length);
  if (target >= length || length <= 2) return Array.from({ length }, (_, index) => index);
  if (target < 3) return target <= 1 ? [0] : [0, length - 1];
  const picked = [0];
  // The first and last points are fixed; the rest is cut into target - 2 buckets.
  const bucketSize = (length - 2) / (target - 2);
  let previous = 0;
  for (let bucket = 0; bucket < target - 2; bucket++) {
    const start = Math.floor(bucket * bucketSize) + 1;
    const end = Math.min(Math.floor((bucket + 1) * bucketSize) + 1, length - 1);
    const nextStart = end;
    const nextEnd = Math.min(Math.floor((bucket + 2) * bucketSize) + 1, length);
    let meanX = 0;
    let meanY = 0;
    for (let index = nextStart; index < nextEnd; index++) {
      meanX += x[index];
      meanY += y[index];
    }
    const nextCount = Math.max(1, nextEnd - nextStart);
    meanX /= nextCount;
    meanY /= nextCount;
    let best = start;
    let bestArea = -1;
    for (let index = start; index < end; index++) {
      // Twice the triangle's area: |(a - c) x (b - a)|, the constant factor does not change the winner.
      const area = Math.abs((x[previous] - meanX) * (y[index] - y[previous]) - (x[previous] - x[index]) * (meanY - y[previous]));
      if (area > bestArea) {
        bestArea = area;
        best = index;
      }
    }
    picked.push(best);
    previous = best;
  }
  picked.push(length - 1);
  return picked;
}

/** A series as parallel columns: x is the environment step. */
export interface Series {
  steps: readonly number[];
  values: readonly number[];
}

export const EMPTY_SERIES: Series = { steps: [], values: [] };

/** The series thinned to at most `target` points with LTTB. */
export function downsampleSeries(series: Series, target: number): Series {
  const indices = lttbIndices(series.steps, series.values, target);
  if (indices.length === series.steps.length) return series;
  return { steps: indices.map((index) => series.steps[index]), values: indices.map((index) => series.values[index]) };
}

/**
 * The series thinned to at most `target` evenly spaced points, first and last kept. For a cloud of noisy
 * points (one per session) this keeps the spread honest, where LTTB would keep mostly the extremes.
 */
export function strideSeries(series: Series, target: number): Series {
  const length = series.steps.length;
  if (length <= target) return series;
  if (target < 2) return { steps: series.steps.slice(0, 1), values: series.values.slice(0, 1) };
  const indices = Array.from({ length: target }, (_, k) => Math.round((k * (length - 1)) / (target - 1)));
  return { steps: indices.map((index) => series.steps[index]), values: indices.map((index) => series.values[index]) };
}
