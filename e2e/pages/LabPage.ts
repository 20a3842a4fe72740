// Page model of "Train the agent": controls, counters, charts and banners, found by role and by the accessible
// name the page's catalog gives them, in the language the model is opened in.
import { expect, type Locator, type Page } from '@playwright/test';
import { escaped, inLanguage, wordsOf, type Language, type Messages } from './language';

export class LabPage {
  readonly page: Page;
  readonly language: Language;
  /** The catalog the page speaks in this language: stories read their expected texts from it. */
  readonly words: Messages;
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

  constructor(page: Page, language: Language = 'en') {
    this.page = page;
    this.language = language;
    const words = wordsOf(language);
    this.words = words;
    const { lab } = words;
    this.heading = page.getByRole('heading', { level: 1, name: lab.page.title });
    this.playButton = page.getByRole('button', { name: lab.run.play, exact: true });
    this.pauseButton = page.getByRole('button', { name: lab.run.pause, exact: true });
    this.stepOnceButton = page.getByRole('button', { name: lab.run.stepOnce, exact: true });
    this.resetButton = page.getByRole('button', { name: lab.run.reset, exact: true });
    this.speed = page.getByLabel(lab.run.speed, { exact: true });
    this.preset = page.getByLabel(lab.setup.preset, { exact: true });
    const setup = page.getByRole('group', { name: lab.setup.groupLabel });
    // The lesson's sentence is the preset menu's description (aria-describedby), shown below it.
    this.presetDescription = setup.locator('.setup__description');
    this.gammaSlider = page.getByRole('slider', { name: lab.knobs.discount });
    this.stepCounter = page.getByLabel(lab.run.environmentSteps, { exact: true });
    this.stepsPerSecond = page.getByLabel(lab.run.stepsPerSecond, { exact: true });
    this.percentOfOracle = page.getByLabel(lab.score.percentLabel);
    this.knobChanges = page.getByRole('region', { name: lab.page.knobChangesLabel }).getByRole('listitem');
    this.divergedBanner = page.getByRole('alert', { name: lab.status.divergedLabel });
    this.lowerAlphaButton = page.getByRole('button', { name: lab.status.lowerAlpha });
    this.backend = page.getByRole('region', { name: lab.backend.panelLabel });
    this.followedShopper = page.getByRole('region', { name: lab.shopper.label });
    this.headerBackend = page.getByRole('banner').getByRole('group', { name: lab.backend.badgeLabel });
    this.backendChoice = this.backend.getByLabel(lab.backend.runOn);
    this.agent = setup.getByLabel(lab.setup.agent, { exact: true });
    this.applySetupButton = setup.getByRole('button', { name: lab.setup.applyAndReset });
    this.advancedDrawer = page.locator('details', { has: page.locator('summary', { hasText: lab.advanced.summary }) });
    // The run's state in words (loading, ready, training, paused, finished): the training page's first status line.
    this.statusBanner = page.getByRole('main').getByRole('status').first();
    this.epsilonSlider = page.getByRole('slider', { name: lab.knobs.epsilonNow });
    this.epsilonValue = page.getByLabel(lab.knobs.valueOf(lab.knobs.epsilonNow), { exact: true });
    this.fixedEpsilon = page.getByRole('radio', { name: lab.knobs.fixed });
    this.decayEpsilon = page.getByRole('radio', { name: lab.knobs.decay });
    this.referencePolicies = page.getByRole('table', { name: lab.score.referencesLabel });
  }

  /** Opens the page (a lab link's search string, if given) and waits until the training engine is ready (backend chosen, references scored). */
  async open(search = '?page=train'): Promise<void> {
    await this.page.goto(`/${inLanguage(search, this.language)}`);
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

  /** The step of the latest greedy evaluation, as the score's sentence gives it ("... at step 25,000, ..."); NaN before the first. */
  async evaluatedAt(): Promise<number> {
    const pattern = escaped(this.words.lab.score.result('§mean', '§ci', '§sessions', '§step'))
      .replace(/§mean|§ci|§sessions/g, '.+?')
      .replace('§step', '([\\d,]+)');
    const [sentence = ''] = await this.page.getByText(new RegExp(pattern)).allTextContents();
    return Number(new RegExp(pattern).exec(sentence)?.[1]?.replaceAll(',', '') ?? Number.NaN);
  }

  /** Shoppers served side by side (from the advanced settings). */
  async parallelShoppers(): Promise<number> {
    return Number(await this.page.getByLabel(this.words.lab.advanced.fieldLabels.parallelSessions, { exact: true }).inputValue());
  }

  /** Chooses a preset by its title (the catalog's, e.g. `lab.words.lab.presets.myopic.title`). */
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
    await this.openAdvanced();
    await this.advancedDrawer.getByLabel(label, { exact: true }).fill(value);
    await this.advancedDrawer.getByRole('button', { name: this.words.lab.advanced.apply }).click();
    await expect(this.playButton).toBeEnabled({ timeout: 45_000 });
  }

  /** A reference policy's % of the oracle, as the page's reference table lists it. */
  async referencePercent(label: string): Promise<number> {
    const cells = this.referencePolicies.getByRole('row', { name: label }).getByRole('cell');
    return Number((await cells.last().textContent())?.replace('%', ''));
  }

  /** Opens the advanced drawer (its summary names it) unless it is open. */
  async openAdvanced(): Promise<void> {
    if ((await this.advancedDrawer.getAttribute('open')) === null) await this.page.getByText(this.words.lab.advanced.summary, { exact: true }).click();
  }

  knobsPanel(): Locator {
    return this.page.getByRole('group', { name: this.words.lab.knobs.groupLabel });
  }

  /** A chart's title in this language, by its key in the charts catalog. */
  chartTitle(key: 'sessionReturn' | 'loss' | 'qValues' | 'exploration'): string {
    return this.words.charts[key].title;
  }

  /**
   * Points at a chart's first knob marker (the dashed line of a knob change) and returns its readout once the readout
   * names the change.
   */
  async pointAtMarker(title: string, change: string): Promise<Locator> {
    const marker = this.chart(title).locator('.knob-marker line').first();
    const plot = this.readoutPlot(title);
    const readout = this.chart(title).locator('.chart-readout');
    // The step axis can still move after a pause (the last metrics arrive), and the marker with it: point again, at
    // where the marker is now, until the readout names the change.
    await expect(async () => {
      await marker.scrollIntoViewIfNeeded();
      const box = await marker.boundingBox();
      const plotBox = await plot.boundingBox();
      if (!box || !plotBox) throw new Error(`the ${title} chart has no knob marker to point at`);
      // A knob turned at the newest step draws its marker on the plot's right edge, where the pointer may fall just
      // outside the plot by a fraction of a pixel: point a few pixels inside (well within the marker's reach).
      const x = Math.min(Math.max(box.x + box.width / 2, plotBox.x + 3), plotBox.x + plotBox.width - 3);
      await this.page.mouse.move(x, plotBox.y + plotBox.height / 2);
      await expect(readout).toContainText(change, { timeout: 1000 });
    }).toPass({ timeout: 15_000 });
    return readout;
  }

  /** A chart's plot, the area that answers the pointer with the readout of exact values. */
  readoutPlot(title: string): Locator {
    return this.chart(title).getByRole('img', { name: new RegExp(`^${escaped(this.words.charts.readoutLabel(title))}`) });
  }

  /** Unfolds a chart's data table and returns it. */
  async dataTable(title: string): Promise<Locator> {
    await this.chart(title).getByText(this.words.charts.showTable, { exact: true }).click();
    return this.chart(title).getByRole('table');
  }

  /** Points at a chart's plot, a share of its width from the left, and returns the readout of exact values. */
  async pointAt(title: string, share: number): Promise<Locator> {
    const plot = this.readoutPlot(title);
    await plot.scrollIntoViewIfNeeded();
    const box = await plot.boundingBox();
    if (!box) throw new Error(`the ${title} chart has no plot to point at`);
    await this.page.mouse.move(box.x + box.width * share, box.y + box.height / 2);
    return this.chart(title).locator('.chart-readout');
  }
}
