// The runs' spread: a histogram of % of the oracle, one colour per preset on shared ten-point bins, and a
// table per preset with count, median and range (the histogram's numbers, for every reader).
import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { isPresetName } from '../../preset/presets';
import { useT } from '../i18n/language-store';
import type { Messages } from '../i18n/messages';
import { PALETTE } from '../lab/charts/chart-data';
import type { RunSpread } from './board-summary';

const COLORS = [PALETTE.blue, PALETTE.orange, PALETTE.green, PALETTE.purple, PALETTE.sky, PALETTE.vermillion, PALETTE.yellow, PALETTE.black, PALETTE.grey];

const oneDecimal = (value: number) => value.toFixed(1);

function presetTitle(presetName: string, t: Messages): string {
  return isPresetName(presetName) ? t.lab.presets[presetName].title : presetName;
}

export function RunSpreadView({ spread }: { spread: RunSpread | null }) {
  const t = useT();
  const TEXT = t.board.runs;
  const data = useMemo(() => spread?.bins.map((bin) => ({ bin: TEXT.bin(bin.low, bin.high), ...bin.counts })) ?? [], [spread, TEXT]);
  if (spread === null) return null;
  const summary = spread.presets.map((preset) => TEXT.presetSummary(presetTitle(preset.presetName, t), preset.count, oneDecimal(preset.median))).join(' ');
  return (
    <section className="panel board-runs" aria-labelledby="board-runs-title">
      <h2 id="board-runs-title">{TEXT.heading}</h2>
      <p className="muted">{TEXT.intro}</p>
      <figure className="board-chart" aria-labelledby="board-chart-title">
        <h3 id="board-chart-title">{TEXT.chartTitle}</h3>
        <div className="board-chart__plot" role="img" aria-label={TEXT.chartLabel(summary)}>
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={data} margin={{ top: 8, right: 16, bottom: 24, left: 8 }} accessibilityLayer={false}>
              <CartesianGrid stroke="#e6e9f0" vertical={false} />
              <XAxis dataKey="bin" interval={0} label={{ value: TEXT.axisPercent, position: 'insideBottom', offset: -16 }} />
              <YAxis allowDecimals={false} label={{ value: TEXT.axisRuns, angle: -90, position: 'insideLeft' }} />
              <Tooltip />
              <Legend verticalAlign="top" />
              {spread.presets.map((preset, index) => (
                <Bar key={preset.presetName} dataKey={preset.presetName} name={presetTitle(preset.presetName, t)} fill={COLORS[index % COLORS.length]} isAnimationActive={false} />
              ))}
            </BarChart>
          </ResponsiveContainer>
        </div>
      </figure>
      <table className="data-table board-table" aria-label={TEXT.tableLabel}>
        <thead>
          <tr>
            <th scope="col">{TEXT.preset}</th>
            <th scope="col" className="numeric">
              {TEXT.count}
            </th>
            <th scope="col" className="numeric">
              {TEXT.median}
            </th>
            <th scope="col">{TEXT.range}</th>
            <th scope="col">{TEXT.steadyShare}</th>
          </tr>
        </thead>
        <tbody>
          {spread.presets.map((preset, index) => (
            <tr key={preset.presetName}>
              <th scope="row">
                <span className="swatch" style={{ background: COLORS[index % COLORS.length] }} aria-hidden="true" /> {presetTitle(preset.presetName, t)}
              </th>
              <td className="numeric">{preset.count}</td>
              <td className="numeric">{TEXT.percent(oneDecimal(preset.median))}</td>
              <td>{TEXT.rangeText(oneDecimal(preset.min), oneDecimal(preset.max))}</td>
              <td>{TEXT.ofRuns(preset.steady, preset.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
