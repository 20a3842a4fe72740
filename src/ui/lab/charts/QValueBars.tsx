// The followed shopper's 24 Q-values, grouped by category; the chosen item is outlined, explore or exploit said in words.
// Recharts draws the frame (item axis, value axis, grid) and redraws it only when the value axis moves; the bars
// are one layer of rects inside it, each with its exact value as a tooltip.
import { createContext, memo, useContext, useMemo, useState } from 'react';
import { BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis, useXAxisScale, useYAxisScale } from 'recharts';
import { CATEGORY_NAMES, TIER_NAMES } from '../../../sim/settings';
import { categoryName, itemName, type ShopNames } from '../../format';
import { selectFollowed } from '../../../store/lab-selectors';
import type { FollowedStep } from '../../../contracts/protocol';
import { useLab } from '../../app/store-context';
import { useT } from '../../i18n/language-store';
import { ChartFrame } from './ChartFrame';
import { FoldedTable } from './ChartDataTable';
import { steadyAxis, valueExtent, type AxisShape } from './chart-axes';
import { PALETTE, formatExact } from './chart-data';
import { PlainTick } from './plain-tick';
import { useChartLook, type ChartLook } from './chart-look';

const CATEGORY_COLORS = [PALETTE.blue, PALETTE.orange, PALETTE.green, PALETTE.purple, PALETTE.sky, PALETTE.vermillion];

type Items = ReadonlyArray<{ item: number; name: string }>;

/** The 24 items, named in the reader's language (the bars' axis categories). */
const itemsIn = (names: ShopNames): Items => Array.from({ length: CATEGORY_NAMES.length * TIER_NAMES.length }, (_, item) => ({ item, name: itemName(item, names) }));

/** The followed step, handed past the memoised frame to the bars. */
const FollowedContext = createContext<FollowedStep | null>(null);

export function QValueBars() {
  const followed = useLab(selectFollowed);
  const t = useT();
  const axis = useBarAxis(followed?.qValues ?? []);
  const hasValues = (followed?.qValues ?? []).some((value) => value !== 0);
  const text = t.charts.qBars;
  const items = useMemo(() => itemsIn(t.play), [t.play]);
  const look = useChartLook();
  const choice = followed ? (followed.explored ? text.explored : text.exploited)(itemName(followed.item, t.play)) : '';
  return (
    <ChartFrame title={text.title} caption={hasValues ? text.caption(choice) : text.noValues(choice)} points={followed?.qValues.length ?? 0}>
      <p className="q-bars__choice" aria-label={text.lastChoice}>
        {choice}
      </p>
      <FollowedContext.Provider value={followed}>
        <BarsScaffold look={look} axis={axis} items={items} itemAxis={text.itemAxis} valueAxis={text.valueAxis} chosen={text.chosen} />
      </FollowedContext.Provider>
      <ul className="q-bars__legend" aria-label={text.categories}>
        {CATEGORY_NAMES.map((name, category) => (
          <li key={name}>
            <span className="swatch" style={{ background: CATEGORY_COLORS[category] }} aria-hidden="true" /> {categoryName(category, t.play)}
          </li>
        ))}
      </ul>
      {hasValues && followed && (
        <FoldedTable>
          {() => (
            <table className="data-table data-table--compact" aria-label={text.tableLabel}>
              <thead>
                <tr>
                  <th scope="col">{text.item}</th>
                  <th scope="col" className="numeric">
                    {text.qValue}
                  </th>
                </tr>
              </thead>
              <tbody>
                {followed.qValues.map((value, item) => (
                  <tr key={item}>
                    <th scope="row">
                      {items[item].name}
                      {item === followed.item ? text.chosen : ''}
                    </th>
                    <td className="numeric">{formatExact(value)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </FoldedTable>
      )}
    </ChartFrame>
  );
}

/** The value axis around zero and the bars, kept while they fit (a refit redraws the Recharts frame). */
function useBarAxis(values: readonly number[]): AxisShape {
  const [drawnAxis, setDrawnAxis] = useState<AxisShape | null>(null);
  const extent = valueExtent([{ steps: [], values }], [0]) ?? { low: 0, high: 1 };
  const axis = steadyAxis(drawnAxis, extent.low, Math.max(extent.high, extent.low + 1e-6));
  if (axis !== drawnAxis) setDrawnAxis(axis);
  return axis;
}

interface ScaffoldProps {
  look: ChartLook;
  axis: AxisShape;
  items: Items;
  itemAxis: string;
  valueAxis: string;
  /** Said after the chosen item's name in its bar's tooltip. */
  chosen: string;
}

const BarsScaffold = memo(function BarsScaffold({ look, axis, items, itemAxis, valueAxis, chosen }: ScaffoldProps) {
  const bars = useMemo(() => <QBars items={items} chosenText={chosen} />, [items, chosen]);
  // The item names slant down from their bars; the item axis' title sits under the longest of them.
  const margin = useMemo(() => ({ top: look.text / 2 + 4, right: look.text, bottom: 4, left: 4 }), [look]);
  const itemTick = useMemo(() => ({ fontSize: look.itemText }), [look]);
  const itemLabel = useMemo(() => ({ value: itemAxis, position: 'insideBottom', offset: 0, fontSize: look.text, fill: look.titleInk }) as const, [itemAxis, look]);
  const valueLabel = useMemo(() => ({ value: valueAxis, angle: -90, position: 'insideLeft', offset: look.text * 0.6, fontSize: look.text, fill: look.titleInk, style: { textAnchor: 'middle' } }) as const, [valueAxis, look]);
  return (
    <div className="chart-canvas chart-canvas--bars" style={{ fontSize: look.text }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={items} margin={margin} accessibilityLayer={false}>
          <CartesianGrid stroke="#e6e9f0" vertical={false} />
          <XAxis dataKey="name" interval={0} angle={-60} textAnchor="end" height={look.itemAxisHeight} tick={itemTick} label={itemLabel} />
          <YAxis type="number" domain={axis.domain} ticks={axis.ticks} allowDataOverflow tick={PlainTick} tickFormatter={formatExact} interval={0} width={look.valueAxisWidth} label={valueLabel} />
          {bars}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
});

/** One rect per item from the value axis' zero to its Q-value; the chosen item is opaque and outlined. */
function QBars({ items, chosenText }: { items: Items; chosenText: string }) {
  const followed = useContext(FollowedContext);
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!followed || !x || !y) return null;
  const zero = y(0) ?? 0;
  return (
    <g className="q-bars">
      {followed.qValues.map((value, item) => {
        const { name } = items[item];
        const start = x(name, { position: 'start' });
        const end = x(name, { position: 'end' });
        const top = y(value);
        if (start === undefined || end === undefined || top === undefined) return null;
        const chosen = item === followed.item;
        const inset = (end - start) * 0.1;
        return (
          <rect
            key={item}
            x={start + inset}
            width={Math.max(1, end - start - 2 * inset)}
            y={Math.min(top, zero)}
            height={Math.abs(zero - top)}
            fill={CATEGORY_COLORS[Math.floor(item / TIER_NAMES.length)]}
            fillOpacity={chosen ? 1 : 0.45}
            stroke={chosen ? PALETTE.black : 'none'}
            strokeWidth={chosen ? 2 : 0}
          >
            <title>{`${name}: ${formatExact(value)}${chosen ? chosenText : ''}`}</title>
          </rect>
        );
      })}
    </g>
  );
}
