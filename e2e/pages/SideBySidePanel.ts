// Page model of the compare page's "one shopper, two policies": the shopper to follow, then both sides'
// sessions of that shopper step by step (the replay's stepper, table and trust chart), by role and label.
import { expect, type Locator, type Page } from '@playwright/test';
import { wordsOf, type Language, type Messages } from './language';

export class SideBySidePanel {
  readonly words: Messages;
  readonly region: Locator;
  readonly shopperField: Locator;
  readonly followButton: Locator;
  readonly stepper: Locator;
  readonly nextButton: Locator;
  readonly slider: Locator;
  readonly trustChart: Locator;

  constructor(page: Page, language: Language = 'en') {
    this.words = wordsOf(language);
    const { replay } = this.words;
    this.region = page.getByRole('region', { name: replay.sideBySide.heading });
    this.shopperField = this.region.getByLabel(replay.sideBySide.shopper, { exact: true });
    this.followButton = this.region.getByRole('button', { name: replay.sideBySide.follow });
    this.stepper = this.region.getByRole('group', { name: replay.stepper.group });
    this.nextButton = this.stepper.getByRole('button', { name: replay.stepper.next, exact: true });
    this.slider = this.stepper.getByRole('slider', { name: replay.stepper.slider });
    this.trustChart = this.region.getByRole('figure', { name: replay.sideBySide.chartTitle });
  }

  /** Follows a shopper and waits for both sides' sessions. */
  async follow(shopper: number): Promise<void> {
    await this.shopperField.fill(String(shopper));
    await this.followButton.click();
    await expect(this.stepper).toBeVisible({ timeout: 60_000 });
  }

  /** Each side's row at a step: who, card, and every cell after it as shown. */
  async rows(step: number): Promise<Array<{ who: string; cells: string[] }>> {
    const rows = this.region.getByRole('table', { name: this.words.replay.table.label(step) }).locator('tbody tr');
    const result: Array<{ who: string; cells: string[] }> = [];
    for (let index = 0; index < (await rows.count()); index++) {
      const row = rows.nth(index);
      result.push({ who: (await row.locator('th').innerText()).trim(), cells: (await row.locator('td').allInnerTexts()).map((text) => text.trim()) });
    }
    return result;
  }

  /** The trust chart's table: one row per step, a column per side. */
  async trustRows(): Promise<string[][]> {
    await this.trustChart.getByText(this.words.charts.showTable).click();
    const rows = this.trustChart.getByRole('table').locator('tbody tr');
    await expect(rows.first()).toBeVisible();
    const result: string[][] = [];
    for (let index = 0; index < (await rows.count()); index++) result.push((await rows.nth(index).locator('td').allInnerTexts()).map((text) => text.trim()));
    return result;
  }
}
