// How kept runs look on the charts: four colours that none of the live lines, reference lines or knob
// markers use (those take all of Okabe-Ito), each with its own dash, so that they stay apart in grey too.
import type { Series } from '../../../store/downsample';

export interface OverlayStyle {
  color: string;
  /** SVG stroke-dasharray; '' is a solid line. */
  dash: string;
}

/**
 * From Paul Tol's colour-blind-safe "muted" scheme. In grey, wine and indigo are both dark (solid against
 * dots), olive and rose both middle grey (long dashes against dash-dot); each has at least 3:1 against white.
 */
export const OVERLAY_STYLES: readonly OverlayStyle[] = [
  { color: '#882255', dash: '' },
  { color: '#999933', dash: '10 4' },
  { color: '#332288', dash: '2 3' },
  { color: '#cc6677', dash: '10 3 2 3' },
];

/** One kept run drawn on a chart. */
export interface OverlaySpec extends OverlayStyle {
  /** The run's name in the legend ("Default #2 · γ 0"). */
  name: string;
  /** Its number and what tells it apart ("#2 · γ 0"), for a chart's readout: numbers are unique among kept runs. */
  label: string;
  series: Series;
}

/** The kept runs drawn on one chart, under a legend title. */
export interface RunOverlays {
  title: string;
  lines: readonly OverlaySpec[];
}

/** Points the overlays hold: a chart with no live points yet still draws them. */
export function overlayPoints(overlays: RunOverlays | undefined): number {
  return overlays?.lines.reduce((sum, line) => sum + line.series.steps.length, 0) ?? 0;
}
