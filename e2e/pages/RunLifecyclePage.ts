// Page model of a run's life on "Train the agent", in either language: its speed, the end of its budget, the
// run a replacement put aside, and the run offered back after a reload. The words are the page's own catalog.
import { expect, type Locator, type Page } from '@playwright/test';
import { MESSAGES } from '../../src/ui/i18n/all-messages';
import type { Language } from '../../src/ui/i18n/language';
import { LECTURE_SECONDS } from '../../src/contracts/pace';

/** Steps as the page writes them: 2,000. */
export const stepText = (step: number) => step.toLocaleString('en-US');

export class RunLifecyclePage {
  readonly page: Page;
  readonly language: Language;
  readonly words: (typeof MESSAGES)[Language];
  readonly playButton: Locator;
  readonly pauseButton: Locator;
  readonly speed: Locator;
  readonly preset: Locator;
  readonly stepCounter: Locator;
  readonly gammaSlider: Locator;
  /** The banner of a run that used up its budget. */
  readonly budgetEnd: Locator;
  readonly newRunButton: Locator;
  /** The notice of the run a preset, a reset or a file put aside. */
  readonly replaced: Locator;
  readonly undoButton: Locator;
  readonly autosave: Locator;
  /** The offer of the run kept from before a reload. */
  readonly offer: Locator;

  constructor(page: Page, language: Language) {
    this.page = page;
    this.language = language;
    const words = (this.words = MESSAGES[language]);
    const { run, status, replaced, knobs, setup } = words.lab;
    this.playButton = page.getByRole('button', { name: run.play, exact: true });
    this.pauseButton = page.getByRole('button', { name: run.pause, exact: true });
    this.speed = page.getByLabel(run.speed, { exact: true });
    this.preset = page.getByLabel(setup.preset, { exact: true });
    this.stepCounter = page.getByLabel(run.environmentSteps, { exact: true });
    this.gammaSlider = page.getByRole('slider', { name: knobs.discount });
    this.budgetEnd = page.locator('.lab-page').getByLabel(status.finishedLabel, { exact: true });
    this.newRunButton = this.budgetEnd.getByRole('button', { name: status.newRun });
    this.replaced = page.getByRole('status', { name: replaced.label });
    this.undoButton = this.replaced.getByRole('button', { name: replaced.undoButton, exact: true });
    this.autosave = page.getByLabel(words.files.autosaveLabel, { exact: true });
    this.offer = page.getByRole('region', { name: words.files.offer.region });
  }

  /** Opens a lab link in this page's language and waits until the engine is ready. */
  async open(search: string): Promise<void> {
    await this.page.goto(`/${search}&lang=${this.language}`);
    await expect(this.playButton).toBeEnabled({ timeout: 45_000 });
  }

  async steps(): Promise<number> {
    return Number(await this.stepCounter.getAttribute('data-value'));
  }

  /** The step of the run on show's last autosave (-1 before one). */
  async autosavedStep(): Promise<number> {
    return Number(await this.autosave.getAttribute('data-step'));
  }

  presetTitle(name: keyof (typeof MESSAGES)['en']['lab']['presets']): string {
    return this.words.lab.presets[name].title;
  }

  lectureSpeed(): string {
    return this.words.lab.run.lecture(LECTURE_SECONDS / 60);
  }

  fastForward(): string {
    return this.words.lab.run.speeds.max;
  }

  trainMoreButton(steps: number): Locator {
    return this.budgetEnd.getByRole('button', { name: this.words.lab.status.trainMore(stepText(steps)) });
  }

  /** Waits for a run to use up its budget. */
  async expectBudgetEnd(budget: number): Promise<void> {
    await expect(this.budgetEnd).toContainText(this.words.lab.status.finished(stepText(budget)), { timeout: 90_000 });
  }
}
