// What the shoppers did: click rate, conversion and final trust (shares), and session length (steps).
import { useMemo } from 'react';
import { selectChartSeries, selectMarkers } from '../../../store/lab-selectors';
import { useLab } from '../../app/store-context';
import { ChartFrame } from './ChartFrame';
import { PALETTE } from './chart-data';
import { LineSeriesChart } from './LineSeriesChart';

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
      <ChartFrame title="Clicks, purchases and trust" caption="Clickbait raises clicks now and lowers trust; a good policy keeps trust high and converts." points={clickRate.steps.length}>
        <LineSeriesChart lines={shares} yLabel="Share (0 to 1)" markers={markers} yDomain={[0, 1]} />
      </ChartFrame>
      <ChartFrame title="Session length" caption="Recommendations per session: shoppers who trust the shop stay longer." points={length.steps.length}>
        <LineSeriesChart lines={lengths} yLabel="Steps per session" markers={markers} />
      </ChartFrame>
    </>
  );
}
