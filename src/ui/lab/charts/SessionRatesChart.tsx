// What the shoppers did: click rate, conversion and final trust (shares), and session length (steps).
import { useMemo } from 'react';
import { selectChartSeries, selectMarkers } from '../../../store/lab-selectors';
import { useLab } from '../../app/store-context';
import { ChartFrame } from './ChartFrame';
import { PALETTE, REDRAW_DELAYS } from './chart-data';
import { LineSeriesChart } from './LineSeriesChart';

const SHARES_TITLE = 'Clicks, purchases and trust';
const LENGTH_TITLE = 'Session length';
const selectClickRate = selectChartSeries('clickRate');
const selectConversion = selectChartSeries('conversionRate');
const selectTrust = selectChartSeries('finalTrust');
const selectLength = selectChartSeries('sessionLength');

export function SessionRatesChart() {
  const clickRate = useLab(selectClickRate);
  const conversion = useLab(selectConversion);
  const trust = useLab(selectTrust);
  const length = useLab(selectLength);
  const markers = useLab(selectMarkers);
  const shares = useMemo(
    () => [
      { name: 'Click rate', series: clickRate, color: PALETTE.blue },
      { name: 'Conversion (buys per click)', series: conversion, color: PALETTE.green },
      { name: 'Final trust', series: trust, color: PALETTE.orange },
    ],
    [clickRate, conversion, trust],
  );
  const lengths = useMemo(() => [{ name: 'Session length', series: length, color: PALETTE.purple }], [length]);
  return (
    <>
      <ChartFrame title={SHARES_TITLE} caption="Clickbait raises clicks now and lowers trust; a good policy keeps trust high and converts." points={clickRate.steps.length}>
        <LineSeriesChart title={SHARES_TITLE} lines={shares} yLabel="Share (0 to 1)" markers={markers} yDomain={[0, 1]} redrawDelayMs={REDRAW_DELAYS.shares} />
      </ChartFrame>
      <ChartFrame title={LENGTH_TITLE} caption="Recommendations per session: shoppers who trust the shop stay longer." points={length.steps.length}>
        <LineSeriesChart title={LENGTH_TITLE} lines={lengths} yLabel="Steps per session" markers={markers} redrawDelayMs={REDRAW_DELAYS.sessionLength} />
      </ChartFrame>
    </>
  );
}
