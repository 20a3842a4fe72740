// Page model of "Compare A/B": the shared controls, each side's counters, the charts and the setup, found by role and accessible name.
import { expect, type Locator, type Page } from '@playwright/test';
import { wordsOf, type Language } from './language';

export type Side = 'A' | 'B';

/** The page's words a reader finds things by, taken from the page's own catalog in each language it speaks. */
function compareWords(language: Language) {
  const { ab, charts, lab } = wordsOf(language);
  return {
    heading: ab.title,
    controls: ab.controls,
    play: ab.play,
    pause: ab.pause,
    reset: ab.reset,
    speed: lab.run.speed,
    lecturePace: lab.run.lecture(5),
    fastForward: lab.run.speeds.max,
    differences: ab.differencesRegion,
    setup: ab.setupRegion,
    apply: ab.apply,
    lessonPairs: ab.quickStart,
    shared: ab.shared,
    lesson: ab.lessonRegion,
    lines: charts.linesLabel,
    trainingPagePaused: ab.trainingPagePaused,
    stepsOf: (side: Side) => ab.stepsLabel(side),
    statusOf: (side: Side) => ab.statusLabel(side),
    presetLessonOf: (side: Side) => ab.presetLessonLabel(side),
    recoveredOf: (side: Side) => ab.recoveredLabel(side),
  };
}

export const COMPARE_WORDS: Record<Language, ReturnType<typeof compareWords>> = { en: compareWords('en'), zh: compareWords('zh') };
export type CompareWords = (typeof COMPARE_WORDS)['en'];

export class ComparePage {
  readonly page: Page;
  readonly words: CompareWords;
  readonly heading: Locator;
  readonly playButton: Locator;
  readonly pauseButton: Locator;
  readonly resetButton: Locator;
  /** Both sides' pace: the lecture pace or fast-forward. */
  readonly speed: Locator;
  readonly differences: Locator;
  readonly setup: Locator;
  readonly applyButton: Locator;
  /** What the page says when starting A and B paused the run of the training page. */
  readonly trainingPageNotice: Locator;
  /** The lesson pair's "what to notice" sentence. */
  readonly lesson: Locator;

  constructor(page: Page, words: CompareWords = COMPARE_WORDS.en) {
    this.page = page;
    this.words = words;
    this.heading = page.getByRole('heading', { level: 1, name: words.heading });
    const controls = page.getByRole('group', { name: words.controls });
    this.playButton = controls.getByRole('button', { name: words.play, exact: true });
    this.pauseButton = controls.getByRole('button', { name: words.pause, exact: true });
    this.resetButton = controls.getByRole('button', { name: words.reset, exact: true });
    this.speed = controls.getByLabel(words.speed, { exact: true });
    this.differences = page.getByRole('note', { name: words.differences });
    this.setup = page.getByRole('region', { name: words.setup });
    this.applyButton = this.setup.getByRole('button', { name: words.apply });
    this.lesson = page.getByRole('region', { name: words.lesson });
    this.trainingPageNotice = page.getByRole('status').filter({ hasText: words.trainingPagePaused });
  }

  /** Opens the page with a compare link and waits until both sides are ready to train. */
  async open(search: string): Promise<void> {
    await this.page.goto(`/${search}`);
    await expect(this.heading).toBeVisible();
    await expect(this.playButton).toBeEnabled({ timeout: 90_000 });
  }

  /** Opens the page from the header's link, as a reader coming from another page does, and waits until both sides are ready. */
  async openFromHeader(): Promise<void> {
    await this.headerLink(this.words.heading).click();
    await expect(this.heading).toBeVisible();
    await expect(this.playButton).toBeEnabled({ timeout: 90_000 });
  }

  headerLink(name: string): Locator {
    return this.page.getByRole('navigation').getByRole('link', { name, exact: true });
  }

  lessonPair(name: string): Locator {
    return this.setup.getByRole('group', { name: this.words.lessonPairs }).getByRole('button', { name, exact: true });
  }

  /** Applies the setup's changes and waits until both sides are ready again. */
  async apply(): Promise<void> {
    await this.applyButton.click();
    await expect(this.playButton).toBeEnabled({ timeout: 90_000 });
  }

  async steps(side: Side): Promise<number> {
    return Number(await this.stepCounter(side).getAttribute('data-value'));
  }

  /** One side's step counter: "1,200 of 60,000". */
  stepCounter(side: Side): Locator {
    return this.page.getByLabel(this.words.stepsOf(side), { exact: true });
  }

  status(side: Side): Locator {
    return this.page.getByRole('status', { name: this.words.statusOf(side) });
  }

  /** What the lab did on its own on a side (its worker restarted), until dismissed. */
  recoveryNotice(side: Side): Locator {
    return this.page.getByRole('alert', { name: this.words.recoveredOf(side), exact: true });
  }

  /**
   * Ends one side's training worker from inside, as a crash would: the page starts A's worker first, then B's,
   * so the page's workers are in that order.
   */
  async closeWorker(side: Side): Promise<void> {
    const workers = this.page.workers();
    expect(workers).toHaveLength(2);
    // The workers start together, so their order is not the sides': each is named after its side.
    const names = await Promise.all(workers.map((worker) => worker.evaluate(() => self.name)));
    const index = names.indexOf(`training ${side}`);
    expect(index, `a worker named "training ${side}" among ${names.join(', ')}`).toBeGreaterThanOrEqual(0);
    await workers[index].evaluate(() => self.close());
  }

  /** The one-sentence lesson of a side's preset, on its card. */
  presetLesson(side: Side): Locator {
    return this.page.getByRole('note', { name: this.words.presetLessonOf(side), exact: true });
  }

  chart(title: string): Locator {
    return this.page.getByRole('figure', { name: title, exact: true });
  }

  /** The names in a chart's legend: the two sides' lines, then the reference policies' with their values. */
  async legend(title: string): Promise<string[]> {
    return this.chart(title).getByRole('list', { name: this.words.lines }).getByRole('listitem').allInnerTexts();
  }

  /** The reference policies' lines drawn across a chart's plot (their names are in its legend, and beside the plot on a wide chart). */
  referenceLines(title: string): Locator {
    return this.chart(title).locator('svg g.reference-line');
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
    return this.setup.getByRole('group', { name: this.words.shared }).getByLabel(label, { exact: true });
  }
}
