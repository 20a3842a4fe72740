// How large a chart's text and axes are: the ordinary page, or presenter view read from the back of a lecture room.
import { createContext, useContext } from 'react';

export interface ChartLook {
  /** Pixel size of every text the chart draws: tick labels, axis titles, reference and marker labels. */
  text: number;
  /** Width of the value axis: its right-aligned tick labels plus its rotated title at the left edge. */
  valueAxisWidth: number;
  /** Height of the step axis: its tick labels, then its title below them (2 lines of text and the tick marks). */
  stepAxisHeight: number;
  /** Pixel size of the Q-value bars' 24 item names (small on the page, where 24 of them share a narrow axis). */
  itemText: number;
  /** Height of the Q-value bars' item axis: the longest item name slanted at 60 degrees, then the axis title. */
  itemAxisHeight: number;
  /** The axis titles' colour. */
  titleInk: string;
}

export const ORDINARY_LOOK: ChartLook = { text: 13, valueAxisWidth: 68, stepAxisHeight: 2 * 13 + 14, itemText: 10, itemAxisHeight: 110, titleInk: '#687086' };

/** At least 18 px: legible on a projector from the back rows (the presenter view's promise). */
export const PRESENTER_LOOK: ChartLook = { text: 18, valueAxisWidth: 96, stepAxisHeight: 2 * 18 + 14, itemText: 18, itemAxisHeight: 230, titleInk: '#000' };

export const ChartLookContext = createContext<ChartLook>(ORDINARY_LOOK);

export function useChartLook(): ChartLook {
  return useContext(ChartLookContext);
}
