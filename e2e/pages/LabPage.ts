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
  readonly headerBackend: Locator;
  readonly backendChoice: Locator;
  readonly agent: Locator;
  readonly applySetupButton: Locator;
  readonly advancedDrawer: Locator;
  readonly statusBanner: Locator;
  readonly epsilonSlider: Locator;
  readonly epsilonValue: Locator;
  readonly fixedEpsilon: Locator;
  readonly decayEpsilon: Locator;
  readonly referencePolicies: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole('heading', { level: 1, name: 'Train the agent' });
    this.playButton = page.getByRole('button', { name: 'Play', exact: true });
    this.pauseButton = page.getByRole('button', { name: 'Pause', exact: true });
    this.stepOnceButton = page.getByRole('button', { name: 'Step one round' });
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
    this.headerBackend = page.getByRole('banner').getByRole('group', { name: 'Training backend' });
    this.backendChoice = this.backend.getByLabel('Run on (restarts the run)');
    const setup = page.getByRole('group', { name: 'Lesson and agent' });
    this.agent = setup.getByLabel('Agent', { exact: true });
    this.applySetupButton = setup.getByRole('button', { name: 'Apply and reset' });
    this.advancedDrawer = page.locator('details.advanced');
    this.statusBanner = page.locator('.lab-page').getByRole('status').first();
    this.epsilonSlider = page.getByRole('slider', { name: 'ε now' });
    this.epsilonValue = page.getByLabel('ε now value', { exact: true });
    this.fixedEpsilon = page.getByRole('radio', { name: 'Fixed' });
    this.decayEpsilon = page.getByRole('radio', { name: 'Decay' });
    this.referencePolicies = page.getByRole('table', { name: 'Reference policies' });
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
    return Number(await this.page.getByLabel('Shoppers served at once', { exact: true }).inputValue());
  }

  async choosePreset(title: string): Promise<void> {
    await this.preset.selectOption({ label: title });
    await expect(this.playButton).toBeEnabled({ timeout: 45_000 });
  }

  async setSpeed(label: string): Promise<void> {
    await this.speed.selectOption({ label });
  }


  /** Chooses the agent and starts a fresh run of it (paused at step 0). */
  async chooseAgent(label: string): Promise<void> {
    await this.agent.selectOption({ label });
    await this.applySetupButton.click();
    await expect(this.playButton).toBeEnabled({ timeout: 45_000 });
  }

  /** Chooses the backend in the backend panel, which restarts the run on it. */
  async chooseBackend(value: string): Promise<void> {
    await this.backendChoice.selectOption(value);
    await expect(this.playButton).toBeEnabled({ timeout: 45_000 });
  }

  /** Sets one field of the advanced drawer (by its label) and applies it with a reset. */
  async applyAdvancedField(label: string, value: string): Promise<void> {
    if (!(await this.advancedDrawer.getAttribute('open'))) await this.advancedDrawer.locator('summary').click();
    await this.advancedDrawer.getByLabel(label, { exact: true }).fill(value);
    await this.advancedDrawer.getByRole('button', { name: 'Apply and reset' }).click();
    await expect(this.playButton).toBeEnabled({ timeout: 45_000 });
  }

  /** A reference policy's % of the oracle, as the page's reference table lists it. */
  async referencePercent(label: string): Promise<number> {
    const cells = this.referencePolicies.getByRole('row', { name: label }).getByRole('cell');
    return Number((await cells.last().textContent())?.replace('%', ''));
  }

  knobsPanel(): Locator {
    return this.page.getByRole('group', { name: 'Learning knobs' });
  }

  /** Points at a chart's first knob marker (the dashed line of a knob change) and returns the readout. */
  async pointAtMarker(title: string): Promise<Locator> {
    const marker = this.chart(title).locator('.knob-marker line').first();
    const readout = this.chart(title).locator('.chart-readout');
    // A chart redraws its frame a moment after its axis moves, and the marker with it: point again until the readout answers.
    await expect(async () => {
      await marker.scrollIntoViewIfNeeded();
      const box = await marker.boundingBox();
      if (!box) throw new Error(`the ${title} chart has no knob marker to point at`);
      await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await expect(readout).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 15_000 });
    return readout;
  }

  /** Unfolds a chart's data table and returns it. */
  async dataTable(title: string, showTable = 'Show the data as a table'): Promise<Locator> {
    await this.chart(title).getByText(showTable, { exact: true }).click();
    return this.chart(title).getByRole('table');
  }

  /** Points at a chart's plot, a share of its width from the left, and returns the readout of exact values. */
  async pointAt(title: string, share: number): Promise<Locator> {
    const plot = this.chart(title).getByRole('img', { name: new RegExp(`^${title}: point or use the arrow keys`) });
    await plot.scrollIntoViewIfNeeded();
    const box = await plot.boundingBox();
    if (!box) throw new Error(`the ${title} chart has no plot to point at`);
    await this.page.mouse.move(box.x + box.width * share, box.y + box.height / 2);
    return this.chart(title).locator('.chart-readout');
  }
}
