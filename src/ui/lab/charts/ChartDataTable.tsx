// The data-table alternative of a line chart, for screen readers and for anyone who wants the numbers:
// folded away, and built only when opened (the charts refresh every second while training runs). A column
// lists the knob changes, each at the step it was made.
import { useState, type ReactNode } from 'react';
import { useT } from '../../i18n/language-store';
import type { KnobChange } from '../../../contracts/metrics';
import { formatExact, formatStep } from './chart-data';
import { describeKnobChanges } from './knob-markers';
import type { LineSpec } from './SeriesLayer';

/** Rows at most: the table samples the steps evenly, the newest always included. */
const MAX_ROWS = 40;

/** The value of a series at a step: its last point at or before it (NaN before its first point). */
export function valueAt(steps: readonly number[], values: readonly number[], step: number): number {
  let low = 0;
  let high = steps.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (steps[middle] <= step) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found < 0 ? Number.NaN : values[found];
}

/** Up to MAX_ROWS steps spread over every step any line has, the last one included, and every step a knob was turned at. */
export function tableSteps(lines: readonly LineSpec[], markers: readonly KnobChange[] = []): number[] {
  const all = [...new Set(lines.flatMap((line) => line.series.steps))].sort((a, b) => a - b);
  const stride = (all.length - 1) / (MAX_ROWS - 1);
  const spread = all.length <= MAX_ROWS ? all : Array.from({ length: MAX_ROWS }, (_, row) => all[Math.round(row * stride)]);
  if (markers.length === 0) return spread;
  return [...new Set([...spread, ...markers.map((change) => change.step)])].sort((a, b) => a - b);
}

/** A chart's table, folded away under "Show the data as a table" and rendered only while open. */
export function FoldedTable({ children }: { children: () => ReactNode }) {
  const [open, setOpen] = useState(false);
  const { charts } = useT();
  return (
    <details className="chart-table" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{charts.showTable}</summary>
      {open && children()}
    </details>
  );
}

export function ChartDataTable({ title, lines, markers = [] }: { title: string; lines: readonly LineSpec[]; markers?: readonly KnobChange[] }) {
  const t = useT();
  const { charts } = t;
  return (
    <FoldedTable>
      {() => (
        // Scrolls when long: focusable, so keyboard users can scroll it too.
        <div className="chart-table__scroll" tabIndex={0} role="region" aria-label={charts.tableRegion(title)}>
          <table className="data-table data-table--compact" aria-label={charts.tableLabel(title)}>
            <thead>
              <tr>
                <th scope="col">{charts.step}</th>
                {lines.map((line) => (
                  <th key={line.name} scope="col" className="numeric">
                    {line.name}
                  </th>
                ))}
                {markers.length > 0 && <th scope="col">{charts.knobChangeColumn}</th>}
              </tr>
            </thead>
            <tbody>
              {tableSteps(lines, markers).map((step) => (
                <tr key={step}>
                  <th scope="row">{formatStep(step)}</th>
                  {lines.map((line) => {
                    const value = valueAt(line.series.steps, line.series.values, step);
                    return (
                      <td key={line.name} className="numeric">
                        {Number.isNaN(value) ? '–' : formatExact(value)}
                      </td>
                    );
                  })}
                  {markers.length > 0 && <td>{describeKnobChanges(markers.filter((change) => change.step === step), t)}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </FoldedTable>
  );
}
