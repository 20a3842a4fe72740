// Page model of the step-through inspector: its step buttons, found by the names the inspector's catalog gives
// them in the model's language, and the numbers it shows, read by test id (numbers read the same in every language).
import type { Locator, Page } from '@playwright/test';
import { escaped, wordsOf, type Language, type Messages } from './language';

export class InspectorPanel {
  readonly words: Messages;
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

  constructor(page: Page, language: Language = 'en') {
    this.words = wordsOf(language);
    const { inspector } = this.words;
    this.region = page.getByRole('region', { name: inspector.title });
    this.stepShopperButton = this.region.getByRole('button', { name: inspector.controls.stepShopper });
    this.stepUpdateButton = this.region.getByRole('button', { name: inspector.controls.stepUpdate });
    this.stepSessionButton = this.region.getByRole('button', { name: inspector.controls.stepSession });
    this.summary = this.region.getByLabel(inspector.transition.summary);
    this.updateEffect = this.region.getByTestId('update-effect');
    this.minibatchRows = this.region.getByRole('table', { name: inspector.minibatch.table }).locator('tbody tr');
    this.sortByError = this.region.getByRole('button', { name: new RegExp(escaped(inspector.minibatch.tdError)) });
    this.notice = this.region.getByRole('status');
    this.updateSource = this.region.getByText(new RegExp(escaped(inspector.bellman.codeLocation.trim())));
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
