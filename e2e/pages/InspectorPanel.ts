// Page model of the step-through inspector: its step buttons and the numbers it shows, read by test id.
import type { Locator, Page } from '@playwright/test';

export class InspectorPanel {
  readonly region: Locator;
  readonly stepShopperButton: Locator;
  readonly stepUpdateButton: Locator;
  readonly stepSessionButton: Locator;
  readonly summary: Locator;
  readonly updateEffect: Locator;
  readonly minibatchRows: Locator;
  readonly sortByError: Locator;
  readonly notice: Locator;
  /** The line naming the file where the DQN update is written. */
  readonly updateSource: Locator;

  constructor(page: Page) {
    this.region = page.getByRole('region', { name: 'Step through training' });
    this.stepShopperButton = this.region.getByRole('button', { name: 'Step one shopper' });
    this.stepUpdateButton = this.region.getByRole('button', { name: 'Step one update' });
    this.stepSessionButton = this.region.getByRole('button', { name: 'Step one session' });
    this.summary = this.region.getByLabel('Transition summary');
    this.updateEffect = this.region.getByTestId('update-effect');
    this.minibatchRows = this.region.getByRole('table', { name: 'Minibatch transitions' }).locator('tbody tr');
    this.sortByError = this.region.getByRole('button', { name: /TD error/ });
    this.notice = this.region.getByRole('status');
    this.updateSource = this.region.getByText(/Where this update lives in the code/);
  }

  /** A shown number (its data-value, which is the text rounded to four decimals). */
  async value(testId: string): Promise<number> {
    return Number(await this.region.getByTestId(testId).getAttribute('data-value'));
  }

  async shownText(testId: string): Promise<string> {
    return (await this.region.getByTestId(testId).textContent()) ?? '';
  }

  /** TD errors of the minibatch rows in the order shown. */
  async tdErrors(): Promise<number[]> {
    return this.minibatchRows.evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('data-td-error'))));
  }
}
