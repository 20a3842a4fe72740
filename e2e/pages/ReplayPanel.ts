// Page model of the replay after a play session: the student's steps beside the DP oracle's and an agent's on
// the same shopper, found by role and by the catalog's words (English or Chinese), as a student finds them.
import { expect, type Locator, type Page } from '@playwright/test';
import { wordsOf, type Language, type Messages } from './language';

/** One row of the step table, as shown. */
export interface ReplayRow {
  who: string;
  card: string;
  outcome: string;
  runningReturn: string;
  expected: string;
}

export class ReplayPanel {
  readonly page: Page;
  readonly words: Messages;
  readonly region: Locator;
  readonly openButton: Locator;
  readonly closeButton: Locator;
  readonly stepper: Locator;
  readonly nextButton: Locator;
  readonly previousButton: Locator;
  readonly lastButton: Locator;
  readonly slider: Locator;
  readonly position: Locator;
  readonly agentStatus: Locator;
  readonly bundledChoice: Locator;
  readonly runChoice: Locator;
  readonly valuesInOwn: Locator;
  readonly valuesInStudent: Locator;
  readonly valuesCaption: Locator;
  readonly trustChart: Locator;
  readonly showTrustTable: Locator;

  constructor(page: Page, language: Language = 'en') {
    this.page = page;
    this.words = wordsOf(language);
    const { replay, charts } = this.words;
    this.region = page.getByRole('region', { name: replay.heading });
    this.openButton = this.region.getByRole('button', { name: replay.open });
    this.closeButton = this.region.getByRole('button', { name: replay.close });
    this.stepper = this.region.getByRole('group', { name: replay.stepper.group });
    this.nextButton = this.stepper.getByRole('button', { name: replay.stepper.next, exact: true });
    this.previousButton = this.stepper.getByRole('button', { name: replay.stepper.previous, exact: true });
    this.lastButton = this.stepper.getByRole('button', { name: replay.stepper.last, exact: true });
    this.slider = this.stepper.getByRole('slider', { name: replay.stepper.slider });
    this.position = this.stepper.locator('.replay-stepper__position');
    this.agentStatus = this.region.getByRole('status');
    this.bundledChoice = this.region.getByRole('radio', { name: replay.source.bundled });
    this.runChoice = this.region.getByRole('radio', { name: replay.source.run });
    this.valuesInOwn = this.region.getByRole('radio', { name: replay.values.own });
    this.valuesInStudent = this.region.getByRole('radio', { name: replay.values.student });
    this.valuesCaption = this.region.locator('.replay__caption');
    this.trustChart = this.region.getByRole('figure', { name: replay.chart.title });
    this.showTrustTable = this.trustChart.getByText(charts.showTable);
  }

  /** The table of the sessions at a step. */
  stepTable(step: number): Locator {
    return this.region.getByRole('table', { name: this.words.replay.table.label(step) });
  }

  /** The agent's values at a step. */
  valuesTable(step: number): Locator {
    return this.region.getByRole('table', { name: this.words.replay.values.tableLabel(step) });
  }

  trustTable(): Locator {
    return this.trustChart.getByRole('table', { name: this.words.charts.tableLabel(this.words.replay.chart.title) });
  }

  async open(): Promise<void> {
    await this.openButton.click();
    await expect(this.stepper).toBeVisible();
  }

  /** Waits for the agent's answer: its description in the status line. */
  async agentAnswered(): Promise<void> {
    await expect(this.region.getByRole('cell', { name: this.words.replay.table.waiting })).toHaveCount(0, { timeout: 30_000 });
  }

  /** The steps the replay walks through (the longest session's): the slider's end. */
  async total(): Promise<number> {
    return Number(await this.slider.getAttribute('max'));
  }

  async rows(step: number): Promise<ReplayRow[]> {
    const rows = this.stepTable(step).locator('tbody tr');
    const count = await rows.count();
    const result: ReplayRow[] = [];
    for (let index = 0; index < count; index++) {
      const row = rows.nth(index);
      const who = (await row.locator('th').innerText()).trim();
      const cells = (await row.locator('td').allInnerTexts()).map((text) => text.trim());
      // A step row has card, outcome, trust, reward, running return, expected; an ended row merges card and outcome.
      result.push(
        cells.length === 6
          ? { who, card: cells[0], outcome: cells[1], runningReturn: cells[4], expected: cells[5] }
          : { who, card: cells[0], outcome: '', runningReturn: cells[3] ?? '', expected: cells.at(-1) ?? '' },
      );
    }
    return result;
  }

  /** The 24 cards' values in the table's reading order (category rows, tier columns), each with its pick marks. */
  async values(step: number): Promise<Array<{ category: string; tier: string; value: number; marks: string[] }>> {
    const table = this.valuesTable(step);
    const tiers = (await table.locator('thead th').allTextContents()).slice(1).map((text) => text.trim());
    const rows = table.locator('tbody tr');
    const cards: Array<{ category: string; tier: string; value: number; marks: string[] }> = [];
    for (let row = 0; row < (await rows.count()); row++) {
      const category = ((await rows.nth(row).locator('th').textContent()) ?? '').trim();
      const cells = rows.nth(row).locator('td');
      for (let column = 0; column < tiers.length; column++) {
        const cell = cells.nth(column);
        const value = Number(await cell.locator('.replay-values__number').innerText());
        const marks = (await cell.locator('.replay-values__mark').allInnerTexts()).map((text) => text.trim());
        cards.push({ category, tier: tiers[column], value, marks });
      }
    }
    return cards;
  }
}
