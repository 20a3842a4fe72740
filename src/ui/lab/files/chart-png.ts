// A chart as a PNG: its SVG (with the computed styles written inline, since CSS does not travel with an
// image) drawn on a white canvas under the chart's title, with the legend's entries drawn beneath.

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
const LEGEND_HEIGHT = 24;
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

/** The legend's entries (label and colour) as the chart shows them. */
function legendEntries(figure: HTMLElement): Array<{ label: string; color: string }> {
  return [...figure.querySelectorAll<HTMLElement>('.recharts-legend-item')].map((item) => {
    const mark = item.querySelector('path, line, rect');
    const color = mark ? getComputedStyle(mark).stroke !== 'none' ? getComputedStyle(mark).stroke : getComputedStyle(mark).fill : '#333';
    return { label: item.textContent?.trim() ?? '', color };
  });
}

/** The figure's chart as a PNG blob, titled; rejects when the figure holds no chart yet. */
export async function chartPng(figure: HTMLElement, title: string): Promise<Blob> {
  const svg = figure.querySelector<SVGSVGElement>('svg.recharts-surface');
  if (!svg) throw new ChartPngError('no-data');
  const { width, height } = svg.getBoundingClientRect();
  const legend = legendEntries(figure);
  const legendHeight = legend.length > 0 ? LEGEND_HEIGHT : 0;
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * SCALE);
  canvas.height = Math.ceil((height + TITLE_HEIGHT + legendHeight) * SCALE);
  const context = canvas.getContext('2d');
  if (!context) throw new ChartPngError('no-canvas');
  context.scale(SCALE, SCALE);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height + TITLE_HEIGHT + legendHeight);
  context.fillStyle = '#111111';
  context.font = `600 16px ${FONT}`;
  context.fillText(title, 8, 22);
  const image = await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(inlinedSvg(svg))}`);
  context.drawImage(image, 0, TITLE_HEIGHT, width, height);
  context.font = `12px ${FONT}`;
  let x = 8;
  for (const { label, color } of legend) {
    context.fillStyle = color;
    context.fillRect(x, TITLE_HEIGHT + height + 8, 12, 3);
    context.fillStyle = '#333333';
    context.fillText(label, x + 16, TITLE_HEIGHT + height + 14);
    x += 24 + context.measureText(label).width;
  }
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new ChartPngError('not-encoded'))), 'image/png'));
}

/** "Return per session" -> "return-per-session"; letters of any script stay ("每局回报" -> "每局回报"). */
export function fileSlug(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}
