// Page model of "Train the agent": controls, counters, charts and banners, found by role and accessible name.
import { expect, type Locator, type Page } from '@playwright/test';

export class LabPage {
  readonly page: Page;
  readonly heading: Locator;
  readonly playButton: Locator;
  readonly pauseButton: Locator;
  readonly stepOnceButton: Locator;
  readonly resetButton: Locator;
  readonly speed: Locator;
  readonly preset: Locator;
  readonly presetDescription: Locator;
  readonly gammaSlider: Locator;
  readonly stepCounter: Locator;
  readonly stepsPerSecond: Locator;
  readonly percentOfOracle: Locator;
  readonly knobChanges: Locator;
  readonly divergedBanner: Locator;
  readonly lowerAlphaButton: Locator;
  readonly backend: Locator;
  readonly followedShopper: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole('heading', { level: 1, name: 'Train the agent' });
    this.playButton = page.getByRole('button', { name: 'Play', exact: true });
    this.pauseButton = page.getByRole('button', { name: 'Pause', exact: true });
    this.stepOnceButton = page.getByRole('button', { name: 'Step once' });
    this.resetButton = page.getByRole('button', { name: 'Reset', exact: true });
    this.speed = page.getByLabel('Speed', { exact: true });
    this.preset = page.getByLabel('Preset', { exact: true });
    this.presetDescription = page.getByRole('group', { name: 'Lesson and agent' }).locator('.setup__description');
    this.gammaSlider = page.getByRole('slider', { name: 'Discount γ' });
    this.stepCounter = page.getByLabel('Environment steps', { exact: true });
    this.stepsPerSecond = page.getByLabel('Steps per second', { exact: true });
    this.percentOfOracle = page.getByLabel('Percent of oracle');
    this.knobChanges = page.getByRole('region', { name: 'Knob changes' }).getByRole('listitem');
    this.divergedBanner = page.getByRole('alert', { name: 'Training diverged' });
    this.lowerAlphaButton = page.getByRole('button', { name: 'Lower alpha and restart' });
    this.backend = page.getByRole('region', { name: 'Compute backend' });
    this.followedShopper = page.getByRole('region', { name: 'Followed shopper' });
  }

  /** Opens the page (a lab link's search string, if given) and waits until the training engine is ready (backend chosen, references scored). */
  async open(search = '?page=train'): Promise<void> {
    await this.page.goto(`/${search}`);
    await expect(this.heading).toBeVisible();
    await expect(this.playButton).toBeEnabled({ timeout: 45_000 });
  }

  chart(title: string): Locator {
    return this.page.getByRole('figure', { name: title, exact: true });
  }

  /** Points the chart holds (its data-points attribute). */
  async chartPoints(title: string): Promise<number> {
    return Number(await this.chart(title).getAttribute('data-points'));
  }

  async steps(): Promise<number> {
    return Number(await this.stepCounter.getAttribute('data-value'));
  }

  async rate(): Promise<number> {
    return Number(await this.stepsPerSecond.getAttribute('data-value'));
  }

  /** The latest greedy evaluation's % of the DP oracle, or NaN before the first. */
  async percent(): Promise<number> {
    const value = await this.percentOfOracle.getAttribute('data-value');
    return value ? Number(value) : Number.NaN;
  }

  /** Shoppers served side by side (from the advanced settings). */
  async parallelShoppers(): Promise<number> {
    return Number(await this.page.getByLabel('parallelSessions', { exact: true }).inputValue());
  }

  async choosePreset(title: string): Promise<void> {
    await this.preset.selectOption({ label: title });
    await expect(this.playButton).toBeEnabled({ timeout: 45_000 });
  }

  async setSpeed(label: string): Promise<void> {
    await this.speed.selectOption({ label });
  }

  /** Mean steps per second over a window, read from the step counter. */
  async measuredRate(seconds: number): Promise<number> {
    const before = await this.steps();
    await this.page.waitForTimeout(seconds * 1000);
    return ((await this.steps()) - before) / seconds;
  }
}
