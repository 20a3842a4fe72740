// What a benchmark section is, and the timing and formatting helpers the sections share.

/** One printed figure, with the target it is judged against. */
export interface BenchFigure {
  label: string;
  value: number;
  unit: string;
  /** Digits after the point when printed. */
  decimals: number;
  /** PASS when value >= target (higher is better) or value < target (lower is better); none for context figures. */
  target?: { value: number; higherIsBetter: boolean };
}

/** A group of figures measured together; bench.ts runs the sections in order. */
export interface BenchSection {
  /** Short name for --only. */
  name: string;
  title: string;
  run: () => Promise<BenchFigure[]>;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Calls work repeatedly for about `seconds`; returns the calls made and the seconds taken. */
export function timeFor(seconds: number, work: () => void): { calls: number; seconds: number } {
  const start = performance.now();
  let calls = 0;
  let elapsed = 0;
  do {
    work();
    calls += 1;
    elapsed = (performance.now() - start) / 1000;
  } while (elapsed < seconds);
  return { calls, seconds: elapsed };
}

/** Whether the figure meets its target; null for a figure shown for context only. */
export function meetsTarget(figure: BenchFigure): boolean | null {
  const { target } = figure;
  if (!target) return null;
  return target.higherIsBetter ? figure.value >= target.value : figure.value < target.value;
}

function verdict(figure: BenchFigure): string {
  const pass = meetsTarget(figure);
  return pass === null ? '' : pass ? 'PASS' : 'BELOW';
}

export function formatFigures(figures: readonly BenchFigure[]): string {
  const rows = figures.map((figure) => [
    figure.label,
    `${figure.value.toFixed(figure.decimals)} ${figure.unit}`,
    figure.target ? `target ${figure.target.higherIsBetter ? '>=' : '<'} ${figure.target.value} ${figure.unit}` : '',
    verdict(figure),
  ]);
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column].length)));
  return rows
    .map(([label, measured, target, pass]) => `  ${label.padEnd(widths[0])}  ${measured.padStart(widths[1])}  ${target.padEnd(widths[2])}  ${pass}`.trimEnd())
    .join('\n');
}
