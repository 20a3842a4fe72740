// A chart as a PNG: its SVG (with the computed styles written inline, since CSS does not travel with an
// image) drawn on a white canvas under the chart's title and its legend (each series' name, colour and dash).

/** Why a chart could not become a picture (the button words it). */
export type ChartPngProblem = 'no-data' | 'not-drawn' | 'no-canvas' | 'not-encoded';

export class ChartPngError extends Error {
  constructor(readonly problem: ChartPngProblem) {
    super(`chart PNG: ${problem}`);
    this.name = 'ChartPngError';
  }
}

/** Device pixels per CSS pixel: sharp on a projector or in a report. */
const SCALE = 2;
const TITLE_HEIGHT = 32;
const FONT = 'system-ui, -apple-system, "Segoe UI", sans-serif';
/** Properties that charts style from CSS and an image needs inline. */
const STYLE_PROPERTIES = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'fill-opacity', 'opacity', 'font-family', 'font-size', 'font-weight', 'visibility'];

function inlinedSvg(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((original, index) => {
    const computed = getComputedStyle(original);
    const target = copies[index] as SVGElement;
    for (const property of STYLE_PROPERTIES) target.style.setProperty(property, computed.getPropertyValue(property));
  });
  const { width, height } = svg.getBoundingClientRect();
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  return new XMLSerializer().serializeToString(copy);
}

function loadImage(source: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new ChartPngError('not-drawn'));
    image.src = source;
  });
}

/** One entry of a chart's legend: its words, and the colour and dash of its swatch (none for a heading such as "Kept runs:"). */
export interface LegendEntry {
  label: string;
  swatch: { color: string; dash: number[] } | null;
}

/** Canvas dash patterns of the legend swatches' CSS border styles. */
const BORDER_DASHES: Readonly<Record<string, number[]>> = { dashed: [6, 4], dotted: [2, 3] };

function swatchOf(item: HTMLElement): LegendEntry['swatch'] {
  const border = item.querySelector<HTMLElement>('.chart-legend__swatch');
  if (border) {
    const style = getComputedStyle(border);
    return { color: style.borderTopColor, dash: BORDER_DASHES[style.borderTopStyle] ?? [] };
  }
  // A kept run's swatch is a short SVG line in its colour and dash.
  const line = item.querySelector<SVGLineElement>('svg line');
  if (!line) return null;
  const dash = (line.getAttribute('stroke-dasharray') ?? '').split(/[\s,]+/).map(Number).filter((value) => value > 0);
  return { color: getComputedStyle(line).stroke, dash };
}

/** The legends' entries as the page shows them above the chart: the live lines, the reference lines and the overlaid kept runs. */
function legendEntries(figure: HTMLElement): LegendEntry[] {
  return [...figure.querySelectorAll<HTMLElement>('.chart-legend li')]
    .map((item) => ({ label: item.textContent?.replace(/\s+/g, ' ').trim() ?? '', swatch: swatchOf(item) }))
    .filter((entry) => entry.label !== '');
}

const SWATCH_WIDTH = 22;
const SWATCH_GAP = 6;
const ENTRY_GAP = 16;
const LEGEND_ROW_HEIGHT = 18;

/**
 * Where each legend entry goes, by the width its label takes: left to right, wrapping to a new row
 * where the next one would pass the picture's right edge (an entry wider than a row gets a row of its own).
 */
export function legendLayout(entries: ReadonlyArray<{ labelWidth: number; swatch: boolean }>, width: number, margin = 8): { places: Array<{ x: number; row: number }>; rows: number } {
  const places: Array<{ x: number; row: number }> = [];
  let x = margin;
  let row = 0;
  for (const { labelWidth, swatch } of entries) {
    const entryWidth = (swatch ? SWATCH_WIDTH + SWATCH_GAP : 0) + labelWidth;
    if (x > margin && x + entryWidth > width - margin) {
      row += 1;
      x = margin;
    }
    places.push({ x, row });
    x += entryWidth + ENTRY_GAP;
  }
  return { places, rows: entries.length === 0 ? 0 : row + 1 };
}

/** The figure's chart as a PNG blob: its title, its legend (each series' name, colour and dash) and the chart; rejects when the figure holds no chart yet. */
export async function chartPng(figure: HTMLElement, title: string): Promise<Blob> {
  const svg = figure.querySelector<SVGSVGElement>('svg.recharts-surface');
  if (!svg) throw new ChartPngError('no-data');
  const { width, height } = svg.getBoundingClientRect();
  const legend = legendEntries(figure);
  const canvas = document.createElement('canvas');
  const measuring = canvas.getContext('2d');
  if (!measuring) throw new ChartPngError('no-canvas');
  measuring.font = `12px ${FONT}`;
  const layout = legendLayout(legend.map((entry) => ({ labelWidth: measuring.measureText(entry.label).width, swatch: entry.swatch !== null })), width);
  const legendHeight = layout.rows > 0 ? layout.rows * LEGEND_ROW_HEIGHT + 6 : 0;
  const chartTop = TITLE_HEIGHT + legendHeight;
  canvas.width = Math.ceil(width * SCALE);
  canvas.height = Math.ceil((chartTop + height) * SCALE);
  // Resizing the canvas resets its state: the context is set up afresh.
  const context = canvas.getContext('2d');
  if (!context) throw new ChartPngError('no-canvas');
  context.scale(SCALE, SCALE);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, chartTop + height);
  context.fillStyle = '#111111';
  context.font = `600 16px ${FONT}`;
  context.fillText(title, 8, 22);
  context.font = `12px ${FONT}`;
  legend.forEach(({ label, swatch }, index) => {
    const { x, row } = layout.places[index];
    const middle = TITLE_HEIGHT + row * LEGEND_ROW_HEIGHT + LEGEND_ROW_HEIGHT / 2;
    let textX = x;
    if (swatch) {
      context.strokeStyle = swatch.color;
      context.lineWidth = 3;
      context.setLineDash(swatch.dash);
      context.beginPath();
      context.moveTo(x, middle);
      context.lineTo(x + SWATCH_WIDTH, middle);
      context.stroke();
      textX += SWATCH_WIDTH + SWATCH_GAP;
    }
    context.fillStyle = '#333333';
    context.fillText(label, textX, middle + 4);
  });
  context.setLineDash([]);
  const image = await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(inlinedSvg(svg))}`);
  context.drawImage(image, 0, chartTop, width, height);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new ChartPngError('not-encoded'))), 'image/png'));
}

/** "Return per session" -> "return-per-session"; letters of any script stay ("每局回报" -> "每局回报"). */
export function fileSlug(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}
