// Page model of "Play it yourself": finds everything by role and accessible name, as a student would.
import { expect, type Locator, type Page } from '@playwright/test';

export class PlayPage {
  readonly page: Page;
  readonly heading: Locator;
  readonly itemButtons: Locator;
  readonly runningReturn: Locator;
  readonly lastOutcome: Locator;
  readonly stepLog: Locator;
  readonly preferences: Locator;
  readonly trustMeter: Locator;
  readonly comparison: Locator;
  readonly notice: Locator;
  readonly dismissNoticeButton: Locator;
  readonly nextShopperButton: Locator;
  readonly observationToggle: Locator;
  readonly observation: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole('heading', { level: 1, name: 'Play it yourself' });
    this.itemButtons = page.getByRole('button', { name: /^Recommend / });
    this.runningReturn = page.getByLabel('Running return');
    this.lastOutcome = page.getByLabel('Last outcome');
    this.stepLog = page.getByRole('table', { name: 'Step log' });
    this.preferences = page.getByRole('list', { name: 'Preferences' });
    this.trustMeter = page.getByRole('meter', { name: 'Trust' });
    this.comparison = page.getByRole('table', { name: 'How you did on this shopper' });
    this.notice = page.getByRole('status').filter({ hasText: 'seed' });
    this.dismissNoticeButton = page.getByRole('button', { name: 'Dismiss notice' });
    this.nextShopperButton = page.getByRole('button', { name: 'Next shopper' });
    this.observationToggle = page.getByText('What the agent observes');
    this.observation = page.getByRole('table', { name: 'Agent observation' });
  }

  async open(query = ''): Promise<void> {
    await this.page.goto(`/${query}`);
    await expect(this.heading).toBeVisible();
  }

  item(category: string, tier: string): Locator {
    return this.page.getByRole('button', { name: new RegExp(`^Recommend ${tier} \\$[0-9.]+ (Last pick \\()?${category}`, 'i') });
  }

  async sessionIsOver(): Promise<boolean> {
    return (await this.comparison.count()) > 0;
  }

  /** The running return as displayed. */
  async displayedReturn(): Promise<number> {
    return Number(await this.runningReturn.textContent());
  }

  /** Every reward in the step log, as displayed. */
  async displayedRewards(): Promise<number[]> {
    const cells = this.stepLog.locator('tbody td[data-column="reward"]');
    return (await cells.allTextContents()).map(Number);
  }

  async stepLogRowCount(): Promise<number> {
    return this.stepLog.locator('tbody tr').count();
  }

  async preferencesText(): Promise<string> {
    return (await this.preferences.innerText()).trim();
  }

  /** Rows of the end-of-session comparison: policy name and displayed return. */
  async comparisonRows(): Promise<Array<{ policy: string; sessionReturn: number }>> {
    const rows = this.comparison.locator('tbody tr');
    const count = await rows.count();
    const result: Array<{ policy: string; sessionReturn: number }> = [];
    for (let index = 0; index < count; index++) {
      const row = rows.nth(index);
      const policy = (await row.getByRole('rowheader').textContent())?.trim() ?? '';
      const sessionReturn = Number(await row.getByRole('cell').first().textContent());
      result.push({ policy, sessionReturn });
    }
    return result;
  }
}
