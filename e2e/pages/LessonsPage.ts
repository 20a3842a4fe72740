// Page model of "Lessons": the list, a lesson's question and prediction, its run, the callouts and the check,
// found by role and accessible name in the reader's language (the page's catalog and each lesson's own texts).
import { expect, type Locator, type Page } from '@playwright/test';
import { LESSONS } from '../../src/lessons/lessons';
import type { AnyLesson } from '../../src/lessons/lesson';
import { inLanguage, wordsOf, type Language } from './language';

export class LessonsPage {
  readonly page: Page;
  readonly language: Language;
  readonly words: ReturnType<typeof wordsOf>['lessons'];
  readonly heading: Locator;
  readonly list: Locator;
  readonly runControls: Locator;
  readonly runButton: Locator;
  readonly resumeButton: Locator;
  readonly pauseButton: Locator;
  readonly runAgainButton: Locator;
  readonly prediction: Locator;
  readonly callout: Locator;
  readonly continueButton: Locator;
  readonly check: Locator;
  readonly verdict: Locator;
  readonly notice: Locator;

  constructor(page: Page, language: Language = 'en') {
    this.page = page;
    this.language = language;
    this.words = wordsOf(language).lessons;
    this.heading = page.getByRole('heading', { level: 1 });
    this.list = page.getByRole('navigation', { name: this.words.listRegion });
    this.runControls = page.getByRole('group', { name: this.words.runRegion });
    this.runButton = this.runControls.getByRole('button', { name: this.words.run, exact: true });
    this.resumeButton = this.runControls.getByRole('button', { name: this.words.resume, exact: true });
    this.pauseButton = this.runControls.getByRole('button', { name: this.words.pause, exact: true });
    this.runAgainButton = this.runControls.getByRole('button', { name: this.words.runAgain, exact: true });
    this.prediction = page.getByRole('group', { name: this.words.predictionLegend });
    this.callout = page.getByRole('region', { name: this.words.calloutRegion });
    this.continueButton = this.callout.getByRole('button', { name: this.words.continue });
    this.check = page.getByRole('region', { name: this.words.checkHeading });
    // The first status of the check: the result code's copy messages below it are statuses too.
    this.verdict = this.check.getByRole('status').first();
    this.notice = page.getByRole('status').filter({ has: page.getByRole('button') });
  }

  /** The lesson's own words in the reader's language. */
  textOf(lesson: AnyLesson) {
    return lesson.text[this.language];
  }

  lesson(id: string): AnyLesson {
    const found = LESSONS.find((lesson) => lesson.id === id);
    if (!found) throw new Error(`no lesson ${id}`);
    return found;
  }

  async open(search: string): Promise<void> {
    await this.page.goto(`/${inLanguage(search, this.language)}`);
    await expect(this.heading).toBeVisible();
  }

  lessonLink(lesson: AnyLesson): Locator {
    return this.list.getByRole('link', { name: this.words.openLesson(this.textOf(lesson).title) });
  }

  choice(lesson: AnyLesson, choice: string): Locator {
    return this.prediction.getByRole('radio', { name: this.textOf(lesson).choices[choice] });
  }

  /** One side's state, in the compare page's words. */
  status(side: 'A' | 'B'): Locator {
    return this.page.getByRole('status', { name: this.words.sideStatus(side) });
  }

  /** Waits until both sides' workers have started and stand ready at step 0. */
  async waitUntilReady(): Promise<void> {
    const ready = wordsOf(this.language).ab.status.ready;
    for (const side of ['A', 'B'] as const) await expect(this.status(side)).toHaveText(ready, { timeout: 90_000 });
  }

  /** Reads every callout the run raises, pressing Continue after each, until the check is shown; returns the callouts' texts. */
  async readCalloutsUntilCheck(timeout = 120_000): Promise<string[]> {
    const read: string[] = [];
    const deadline = Date.now() + timeout;
    for (;;) {
      // Whichever the page shows next: a callout to read, or the check.
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new Error(`no check within ${timeout} ms (callouts read: ${read.length})`);
      await this.check.or(this.callout).first().waitFor({ state: 'visible', timeout: remaining });
      if (await this.check.isVisible()) return read;
      const text = (await this.callout.innerText()).trim();
      read.push(text);
      await this.continueButton.click();
      // Continue dismisses this callout: it goes, or the next one says something else.
      await expect.poll(async () => ((await this.callout.isVisible()) ? (await this.callout.innerText()).trim() : null)).not.toBe(text);
    }
  }

  /** The choice the check says the run measured (its words). */
  measured(): Locator {
    return this.check.getByRole('definition').nth(1);
  }

  /** The callout's pointer to the chart it concerns. */
  calloutChartLink(): Locator {
    return this.callout.getByRole('link');
  }
}
