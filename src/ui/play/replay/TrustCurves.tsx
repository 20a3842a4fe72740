// The sessions' trust drawn together, step by step (0: the shopper's arrival), with the step on show marked;
// its numbers are a table folded beneath (a line has no value past the step its shopper left at).
import { useMemo } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { formatUnit } from '../../format';
import { useT } from '../../i18n/language-store';
import { FoldedTable } from '../../lab/charts/ChartDataTable';
import { useChartLook } from '../../lab/charts/chart-look';
import type { ReplayLine } from './replay-lines';

/** Trust after each step of a line, index 0 the arrival; undefined past its end (or while it is worked out). */
function trustAt(line: ReplayLine, step: number): number | undefined {
  if (!line.steps) return undefined;
  if (step === 0) return line.startTrust;
  return line.steps[step - 1]?.trustAfter;
}

interface TrustCurvesProps {
  lines: readonly ReplayLine[];
  step: number;
  total: number;
  /** The figure's title (the play page's three sessions unless given). */
  title?: string;
}

export function TrustCurves({ lines, step, total, title }: TrustCurvesProps) {
  const t = useT();
  const words = { ...t.replay.chart, title: title ?? t.replay.chart.title };
  const look = useChartLook();
  const rows = useMemo(
    () => Array.from({ length: total + 1 }, (_, index) => Object.fromEntries([['step', index], ...lines.map((line) => [line.id, trustAt(line, index)])])),
    [lines, total],
  );
  return (
    <figure className="replay-chart" aria-label={words.title}>
      <figcaption>
        <strong>{words.title}</strong> <span className="panel__hint">{words.caption}</span>
      </figcaption>
      <ul className="replay-chart__legend">
        {lines.map((line) => (
          <li key={line.id}>
            <span className="replay-swatch" style={{ background: line.color }} aria-hidden="true" /> {line.name}
          </li>
        ))}
      </ul>
      <div className="replay-chart__plot" aria-hidden="true">
        <ResponsiveContainer width="100%" height={220}>
          <LineChart accessibilityLayer={false} data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="step" type="number" domain={[0, Math.max(1, total)]} allowDecimals={false} tick={{ fontSize: look.text }} label={{ value: words.step, position: 'insideBottomRight', offset: -4, fontSize: look.text }} />
            <YAxis domain={[0, 1]} ticks={[0, 0.25, 0.5, 0.75, 1]} tick={{ fontSize: look.text }} width={48} label={{ value: words.trust, angle: -90, position: 'insideLeft', fontSize: look.text }} />
            <ReferenceLine x={step} stroke="#1b2233" strokeDasharray="4 3" />
            {lines.map((line) => (
              <Line key={line.id} dataKey={line.id} stroke={line.color} strokeWidth={2} strokeDasharray={line.dashed ? '6 3' : undefined} dot={{ r: 2 }} isAnimationActive={false} connectNulls={false} />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <FoldedTable>
        {() => (
          <div className="chart-table__scroll" tabIndex={0} role="region" aria-label={t.charts.tableRegion(words.title)}>
            <table className="data-table data-table--compact" aria-label={t.charts.tableLabel(words.title)}>
              <thead>
                <tr>
                  <th scope="col">{words.step}</th>
                  {lines.map((line) => (
                    <th key={line.id} scope="col" className="numeric">
                      {line.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((_, index) => (
                  <tr key={index} aria-current={index === step ? 'step' : undefined}>
                    <th scope="row">{index}</th>
                    {lines.map((line) => {
                      const value = trustAt(line, index);
                      return (
                        <td key={line.id} className="numeric">
                          {value === undefined ? '–' : formatUnit(value)}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </FoldedTable>
    </figure>
  );
}
