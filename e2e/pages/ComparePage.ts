// Page model of "Compare A/B": the shared controls, each side's counters, the charts and the setup, found by role and accessible name.
import { expect, type Locator, type Page } from '@playwright/test';

export type Side = 'A' | 'B';

export class ComparePage {
  readonly page: Page;
  readonly heading: Locator;
  readonly playButton: Locator;
  readonly pauseButton: Locator;
  readonly resetButton: Locator;
  readonly differences: Locator;
  readonly setup: Locator;
  readonly applyButton: Locator;
  /** What the page says when starting A and B paused the run of the training page. */
  readonly trainingPageNotice: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole('heading', { level: 1, name: 'Compare A/B' });
    const controls = page.getByRole('group', { name: 'Run controls for A and B' });
    this.playButton = controls.getByRole('button', { name: 'Play', exact: true });
    this.pauseButton = controls.getByRole('button', { name: 'Pause', exact: true });
    this.resetButton = controls.getByRole('button', { name: 'Reset', exact: true });
    this.differences = page.getByRole('note', { name: 'Differences' });
    this.setup = page.getByRole('region', { name: 'A/B setup' });
    this.applyButton = this.setup.getByRole('button', { name: 'Apply and restart both' });
    this.trainingPageNotice = page.getByRole('status').filter({ hasText: 'The run on the training page was paused' });
  }

  /** Opens the page with a compare link and waits until both sides are ready to train. */
  async open(search: string): Promise<void> {
    await this.page.goto(`/${search}`);
    await expect(this.heading).toBeVisible();
    await expect(this.playButton).toBeEnabled({ timeout: 90_000 });
  }

  /** Opens the page from the header's link, as a reader coming from another page does, and waits until both sides are ready. */
  async openFromHeader(): Promise<void> {
    await this.headerLink('Compare A/B').click();
    await expect(this.heading).toBeVisible();
    await expect(this.playButton).toBeEnabled({ timeout: 90_000 });
  }

  headerLink(name: string): Locator {
    return this.page.getByRole('navigation').getByRole('link', { name, exact: true });
  }

  lessonPair(name: string): Locator {
    return this.setup.getByRole('group', { name: 'Lesson pairs' }).getByRole('button', { name, exact: true });
  }

  /** Applies the setup's changes and waits until both sides are ready again. */
  async apply(): Promise<void> {
    await this.applyButton.click();
    await expect(this.playButton).toBeEnabled({ timeout: 90_000 });
  }

  async steps(side: Side): Promise<number> {
    return Number(await this.page.getByLabel(`${side} environment steps`, { exact: true }).getAttribute('data-value'));
  }

  status(side: Side): Locator {
    return this.page.getByRole('status', { name: `${side} status` });
  }

  chart(title: string): Locator {
    return this.page.getByRole('figure', { name: title, exact: true });
  }

  /** The names in a chart's legend. */
  async legend(title: string): Promise<string[]> {
    return this.chart(title).getByRole('list', { name: 'Lines' }).getByRole('listitem').allInnerTexts();
  }

  /** The points a chart holds for both sides (its data-points attribute). */
  async chartPoints(title: string): Promise<number> {
    return Number(await this.chart(title).getAttribute('data-points'));
  }

  /** The number of points of the path a chart draws for one line (0 when it draws none). */
  async drawnPoints(title: string, line: string): Promise<number> {
    const path = this.chart(title).locator(`path[data-line="${line}"]`);
    if ((await path.count()) === 0) return 0;
    const data = (await path.getAttribute('d')) ?? '';
    return (data.match(/[ML]/g) ?? []).length;
  }

  /** One side's field in the setup panel, by its label. */
  sideField(side: Side, label: string): Locator {
    return this.setup.getByRole('group', { name: new RegExp(`^${side} · `) }).getByLabel(label, { exact: true });
  }

  /** One side's "Fixed ε" checkbox. */
  fixedEpsilon(side: Side): Locator {
    return this.sideField(side, 'Fixed ε');
  }

  sharedField(label: string): Locator {
    return this.setup.getByRole('group', { name: 'Shared by both sides' }).getByLabel(label, { exact: true });
  }
}
