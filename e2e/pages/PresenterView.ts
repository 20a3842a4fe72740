// Page model of "Train the agent" as a lecture hall or a phone sees it, in either language: the score, the
// charts and their text, the run controls and knobs, found by role and accessible name from the page's own catalog.
import { expect, type Locator, type Page } from '@playwright/test';
import type { Language } from '../../src/ui/i18n/language';
import { MESSAGES } from '../../src/ui/i18n/all-messages';
import type { Messages } from '../../src/ui/i18n/messages';

/** One text drawn on or beside a chart, as the reader sees it. */
export interface ChartText {
  chart: string;
  text: string;
  /** Computed font size in CSS pixels. */
  fontSize: number;
  /** Where it lies, relative to its chart's drawing (svg) and plot area; null for the HTML around the drawing. */
  box: Box;
  svg: Box | null;
  plot: Box | null;
  /** Tick labels, axis titles, reference names, marker symbols: what the drawing itself prints. */
  kind: 'drawing' | 'legend' | 'title';
  /** Degrees the text is turned (the value axis' title -90, the Q-value bars' item names -60). */
  angle: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export class PresenterView {
  readonly page: Page;
  readonly words: Messages;
  readonly heading: Locator;
  readonly playButton: Locator;
  readonly pauseButton: Locator;
  readonly speed: Locator;
  readonly score: Locator;
  readonly percent: Locator;
  readonly charts: Locator;
  readonly returnChart: Locator;
  readonly returnPlot: Locator;
  readonly gammaSlider: Locator;
  readonly knobChanges: Locator;

  constructor(page: Page, language: Language) {
    this.page = page;
    const words = MESSAGES[language];
    this.words = words;
    const { lab, charts } = words;
    this.heading = page.getByRole('heading', { level: 1, name: lab.page.title });
    const run = page.getByRole('group', { name: lab.run.groupLabel });
    this.playButton = run.getByRole('button', { name: lab.run.play, exact: true });
    this.pauseButton = run.getByRole('button', { name: lab.run.pause, exact: true });
    this.speed = run.getByLabel(lab.run.speed, { exact: true });
    this.score = page.getByRole('region', { name: lab.score.label });
    this.percent = this.score.getByLabel(lab.score.percentLabel);
    this.charts = page.getByRole('region', { name: lab.page.chartsLabel });
    this.returnChart = this.chart(charts.sessionReturn.title);
    this.returnPlot = this.returnChart.getByRole('img', { name: charts.readoutLabel(charts.sessionReturn.title) });
    this.gammaSlider = page.getByRole('group', { name: lab.knobs.groupLabel }).getByRole('slider', { name: lab.knobs.discount });
    this.knobChanges = page.getByRole('region', { name: lab.page.knobChangesLabel }).getByRole('listitem');
  }

  chart(title: string): Locator {
    return this.charts.getByRole('figure', { name: title, exact: true });
  }

  /**
   * Opens the training page (presenter view or not) in this model's language, ready to train; the greedy
   * evaluation every 1,500 steps scores the agent within seconds, so every chart has data soon.
   */
  async open(present: boolean): Promise<void> {
    const language = this.words === MESSAGES.zh ? 'zh' : 'en';
    await this.page.goto(`/?page=train&lang=${language}&evaluationInterval=1500${present ? '&present=1' : ''}`);
    await expect(this.heading).toBeVisible();
    await expect(this.playButton).toBeEnabled({ timeout: 45_000 });
  }

  /** Trains at full speed until the first greedy evaluation is scored, then pauses: every chart has data. */
  async trainUntilScored(): Promise<void> {
    await this.speed.selectOption('max');
    await this.playButton.click();
    await expect(this.percent).not.toHaveAttribute('data-value', '', { timeout: 60_000 });
    await expect(this.chart(this.words.charts.loss.title)).not.toHaveAttribute('data-points', '0');
    await this.pauseButton.click();
    await expect(this.playButton).toBeVisible();
  }

  /** Turns gamma one notch down with the keyboard, as an instructor would during the demo. */
  async nudgeGamma(): Promise<void> {
    await this.gammaSlider.focus();
    await this.page.keyboard.press('ArrowLeft');
  }

  /** Every text in the charts region that is rendered (not display:none), with its size and where it lies. */
  async chartTexts(): Promise<ChartText[]> {
    return this.charts.getByRole('figure').evaluateAll((figures) => {
      const boxOf = (element: Element) => {
        const { x, y, width, height } = element.getBoundingClientRect();
        return { x, y, width, height };
      };
      const rendered = (element: Element) => element.getClientRects().length > 0 && (element.textContent ?? '').trim() !== '';
      return figures.flatMap((figure) => {
        const chart = figure.querySelector('h3')?.textContent ?? '';
        const svg = figure.querySelector('svg.recharts-surface');
        const grid = figure.querySelector('.recharts-cartesian-grid');
        const svgBox = svg ? boxOf(svg) : null;
        const plot = grid ? boxOf(grid) : null;
        const texts = (kind: 'drawing' | 'legend' | 'title', elements: Element[]) =>
          elements.filter(rendered).map((element) => ({
            chart,
            text: (element.textContent ?? '').trim(),
            fontSize: parseFloat(getComputedStyle(element).fontSize),
            box: boxOf(element),
            svg: svgBox,
            plot,
            kind,
            angle: Number(/rotate\((-?[\d.]+)/.exec(element.getAttribute('transform') ?? '')?.[1] ?? 0),
          }));
        return [
          ...texts('drawing', svg ? [...svg.querySelectorAll('text')] : []),
          ...texts('legend', [...figure.querySelectorAll('li, label, p')].filter((element) => !svg?.contains(element))),
          ...texts('title', [...figure.querySelectorAll('h3')]),
        ];
      });
    });
  }

  /** Whether the page is scrolled to its top (nothing was scrolled to bring the score and chart into view). */
  async scrollTop(): Promise<number> {
    return this.page.evaluate(() => document.scrollingElement?.scrollTop ?? 0);
  }
}

/** Whether box a lies inside box b (to within a pixel of rounding). */
export function inside(a: Box, b: Box): boolean {
  return a.x >= b.x - 1 && a.y >= b.y - 1 && a.x + a.width <= b.x + b.width + 1 && a.y + a.height <= b.y + b.height + 1;
}

/** The area two boxes share, in square pixels. */
export function overlap(a: Box, b: Box): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}
