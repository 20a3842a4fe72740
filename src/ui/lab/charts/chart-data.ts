// Chart helpers shared by the lab's charts: the palette, number formats and the log axis.

/** Okabe-Ito: distinguishable with the common colour-vision deficiencies. */
export const PALETTE = {
  blue: '#0072b2',
  orange: '#e69f00',
  green: '#009e73',
  purple: '#cc79a7',
  sky: '#56b4e9',
  vermillion: '#d55e00',
  yellow: '#c9b200',
  black: '#1b2233',
  grey: '#8a91a3',
} as const;

/**
 * Milliseconds each line chart waits before redrawing a moved axis: their step axes jump at the same
 * refresh, and one Recharts redraw per frame keeps the page from stuttering (the return chart goes first).
 */
export const REDRAW_DELAYS = { loss: 120, qValues: 240, exploration: 360, shares: 480, sessionLength: 600 } as const;

/** Exact values for tooltips: up to four significant digits, plain or scientific. */
export function formatExact(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const magnitude = Math.abs(value);
  if (magnitude !== 0 && (magnitude < 1e-3 || magnitude >= 1e5)) return value.toExponential(3);
  return Number(value.toPrecision(4)).toString();
}

/** Step counts with thousands separators, e.g. "12,400". */
export function formatStep(step: number): string {
  return Math.round(step).toLocaleString('en-US');
}

/** Compact step ticks: 1.2k, 3M. */
export function formatStepTick(step: number): string {
  if (step >= 1e6) return `${Number((step / 1e6).toPrecision(3))}M`;
  if (step >= 1e3) return `${Number((step / 1e3).toPrecision(3))}k`;
  return String(step);
}

/**
 * A log axis's domain and ticks: whole powers of ten around the positive values (one tick per decade),
 * so the axis reads 0.01, 0.1, 1 instead of crowding every auto tick into a few pixels.
 */
export function logAxis(values: Iterable<number>): { domain: [number, number]; ticks: number[] } | null {
  let low = Number.POSITIVE_INFINITY;
  let high = 0;
  for (const value of values) {
    if (!(value > 0) || !Number.isFinite(value)) continue;
    if (value < low) low = value;
    if (value > high) high = value;
  }
  if (high === 0) return null;
  const first = Math.floor(Math.log10(low));
  const last = Math.max(first + 1, Math.ceil(Math.log10(high)));
  const ticks = Array.from({ length: last - first + 1 }, (_, k) => Number((10 ** (first + k)).toPrecision(1)));
  return { domain: [ticks[0], ticks[ticks.length - 1]], ticks };
}
