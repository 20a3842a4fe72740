// What the shoppers did: click rate, conversion and final trust (shares), and session length (steps).
import { useMemo } from 'react';
import { selectChartSeries, selectMarkers } from '../../../store/lab-selectors';
import { useLab } from '../../app/store-context';
import { useT } from '../../i18n/language-store';
import { ChartFrame } from './ChartFrame';
import { PALETTE, REDRAW_DELAYS } from './chart-data';
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
  const { shares: sharesText, sessionLength: lengthText } = useT().charts;
  const shares = useMemo(
    () => [
      { name: sharesText.clickRate, series: clickRate, color: PALETTE.blue },
      { name: sharesText.conversion, series: conversion, color: PALETTE.green },
      { name: sharesText.trust, series: trust, color: PALETTE.orange },
    ],
    [clickRate, conversion, trust, sharesText],
  );
  const lengths = useMemo(() => [{ name: lengthText.line, series: length, color: PALETTE.purple }], [length, lengthText]);
  return (
    <>
      <ChartFrame title={sharesText.title} caption={sharesText.caption} points={clickRate.steps.length}>
        <LineSeriesChart title={sharesText.title} lines={shares} yLabel={sharesText.yLabel} markers={markers} yDomain={[0, 1]} redrawDelayMs={REDRAW_DELAYS.shares} />
      </ChartFrame>
      <ChartFrame title={lengthText.title} caption={lengthText.caption} points={length.steps.length}>
        <LineSeriesChart title={lengthText.title} lines={lengths} yLabel={lengthText.yLabel} markers={markers} redrawDelayMs={REDRAW_DELAYS.sessionLength} />
      </ChartFrame>
    </>
  );
}
