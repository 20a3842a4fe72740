// The followed shopper's 24 Q-values, grouped by category; the chosen item is outlined, explore or exploit said in words.
import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { CATEGORY_NAMES, TIER_NAMES } from '../../../sim/settings';
import { selectFollowed } from '../../../store/lab-selectors';
import { useLab } from '../../app/store-context';
import { ChartFrame } from './ChartFrame';
import { PALETTE, formatExact } from './chart-data';

const CATEGORY_COLORS = [PALETTE.blue, PALETTE.orange, PALETTE.green, PALETTE.purple, PALETTE.sky, PALETTE.vermillion];

export function itemName(item: number): string {
  return `${CATEGORY_NAMES[Math.floor(item / TIER_NAMES.length)]} ${TIER_NAMES[item % TIER_NAMES.length]}`;
}

export function QValueBars() {
  const followed = useLab(selectFollowed);
  const data = useMemo(
    () => (followed?.qValues ?? []).map((value, item) => ({ item, name: itemName(item), tier: TIER_NAMES[item % TIER_NAMES.length], value })),
    [followed],
  );
  const hasValues = data.some((entry) => entry.value !== 0);
  const choice = followed
    ? `Chose ${itemName(followed.item)}: ${followed.explored ? 'explored (a random item, epsilon)' : 'exploited (the highest Q-value)'}.`
    : '';
  return (
    <ChartFrame
      title="Q-values of the followed shopper"
      caption={hasValues ? `One bar per item, coloured by category. ${choice}` : `This agent has no Q-values to show. ${choice}`}
      points={data.length}
    >
      <p className="q-bars__choice" aria-label="Last choice">
        {choice}
      </p>
      <ResponsiveContainer width="100%" height={220}>
        <BarChart data={data} margin={{ top: 8, right: 16, bottom: 40, left: 8 }}>
          <CartesianGrid stroke="#e6e9f0" vertical={false} />
          <XAxis dataKey="name" interval={0} angle={-60} textAnchor="end" height={70} tick={{ fontSize: 10 }} label={{ value: 'Item (category, tier)', position: 'insideBottom', offset: -36 }} />
          <YAxis tickFormatter={formatExact} width={64} label={{ value: 'Q-value', angle: -90, position: 'insideLeft', style: { textAnchor: 'middle' } }} />
          <Tooltip formatter={(value) => formatExact(Number(value))} isAnimationActive={false} />
          <Bar dataKey="value" name="Q-value" isAnimationActive={false}>
            {data.map((entry) => (
              <Cell
                key={entry.item}
                fill={CATEGORY_COLORS[Math.floor(entry.item / TIER_NAMES.length)]}
                fillOpacity={entry.item === followed?.item ? 1 : 0.45}
                stroke={entry.item === followed?.item ? PALETTE.black : 'none'}
                strokeWidth={entry.item === followed?.item ? 2 : 0}
              />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
      <ul className="q-bars__legend" aria-label="Categories">
        {CATEGORY_NAMES.map((name, category) => (
          <li key={name}>
            <span className="swatch" style={{ background: CATEGORY_COLORS[category] }} aria-hidden="true" /> {name}
          </li>
        ))}
      </ul>
    </ChartFrame>
  );
}
