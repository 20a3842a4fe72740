// Page model of "Play it yourself": finds everything by role and by the accessible name the page's catalog
// gives it, as a student would, in English or in Chinese (the same story reads the page in either language).
import { expect, type Locator, type Page } from '@playwright/test';
import type { CATEGORY_NAMES, TierName } from '../../src/sim/settings';
import { escaped, inLanguage, wordsOf, type Language, type Messages } from './language';
import { PAGE_IDS } from '../../src/preset/address';

type CategoryName = (typeof CATEGORY_NAMES)[number];

/** One row of the end-of-session comparison, as displayed. */
export interface ComparisonRow {
  policy: string;
  sessionReturn: number;
  /** The expected return for this shopper (NaN where there is none: the student's own row). */
  expected: number;
  /** The expected return's cell as shown ("4.10", "2.72 ± 0.19", "working out…"). */
  expectedText: string;
}

export class PlayPage {
  readonly page: Page;
  readonly language: Language;
  /** The catalog the page speaks in this language: stories read their expected texts from it. */
  readonly words: Messages;
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
  readonly replayButton: Locator;
  readonly observationToggle: Locator;
  readonly observation: Locator;
  readonly comparisonHeading: Locator;
  readonly comparisonNotes: Locator;
  readonly pageGuide: Locator;
  readonly catalog: Locator;
  readonly pagesNavigation: Locator;
  readonly hiddenBadge: Locator;

  constructor(page: Page, language: Language = 'en') {
    this.page = page;
    this.language = language;
    this.words = wordsOf(language);
    const { play, app } = this.words;
    this.heading = page.getByRole('heading', { level: 1, name: play.heading });
    this.itemButtons = page.getByRole('button', { name: new RegExp(`^${escaped(play.catalog.recommend('', '', '').trim())} `) });
    this.runningReturn = page.getByLabel(play.scoreboard.runningReturn);
    this.lastOutcome = page.getByLabel(play.scoreboard.lastOutcome);
    this.stepLog = page.getByRole('table', { name: play.stepLog.heading });
    this.preferences = page.getByRole('list', { name: play.shopper.preferences });
    this.trustMeter = page.getByRole('meter', { name: play.trust.label });
    this.comparison = page.getByRole('table', { name: play.comparison.heading });
    this.comparisonHeading = page.getByRole('heading', { name: play.comparison.heading });
    this.comparisonNotes = page.getByRole('region', { name: play.comparison.heading }).locator('.comparison__notes');
    this.pageGuide = page.getByRole('main').locator('p', { hasText: app.pageGuide(PAGE_IDS.length).trim() });
    this.catalog = page.getByRole('region', { name: play.catalog.heading });
    this.pagesNavigation = page.getByRole('navigation', { name: app.pagesNav });
    // The link's own notice: its words start as the seed notice's do ("The link's seed", "链接中的种子").
    this.notice = page.getByRole('status').filter({ hasText: play.linkNotice.seed('\u0000', 0, 0).split('\u0000')[0] });
    this.dismissNoticeButton = page.getByRole('button', { name: play.linkNotice.dismissLabel });
    this.nextShopperButton = page.getByRole('button', { name: play.toolbar.next });
    this.replayButton = page.getByRole('button', { name: play.toolbar.replay });
    this.observationToggle = page.getByText(play.observation.title);
    this.observation = page.getByRole('table', { name: play.observation.table });
    this.hiddenBadge = page.getByText(play.shopper.hiddenBadge);
  }

  async open(query = ''): Promise<void> {
    await this.page.goto(`/${inLanguage(query, this.language)}`);
    await expect(this.heading).toBeVisible();
  }

  /** An item's card by its category and tier (the shop's own names, e.g. 'Books', 'premium'), in the page's words. */
  item(category: CategoryName, tier: TierName): Locator {
    const { catalog, categories, tiers } = this.words.play;
    const shown = escaped(categories[category]);
    // The card reads "Recommend <tier> <price> <category>"; the last pick's card names its category inside "Last pick (...)".
    const [before, after] = catalog.lastPickOf('@').split('@').map(escaped);
    const name = escaped(catalog.recommend(tiers[tier], '@', '#')).replace('@', '\\$[0-9.]+').replace('#', `(${shown}|${before}${shown}${after})`);
    return this.page.getByRole('button', { name: new RegExp(`^${name}`, 'i') });
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

  /** Rows of the end-of-session comparison: policy name, displayed return and expected return. */
  async comparisonRows(): Promise<ComparisonRow[]> {
    const rows = this.comparison.locator('tbody tr');
    const count = await rows.count();
    const result: ComparisonRow[] = [];
    for (let index = 0; index < count; index++) {
      const row = rows.nth(index);
      const policy = (await row.getByRole('rowheader').textContent())?.trim() ?? '';
      const sessionReturn = Number(await row.getByRole('cell').first().textContent());
      const expectedText = ((await row.locator('td[data-column="expected"]').textContent()) ?? '').trim();
      result.push({ policy, sessionReturn, expected: Number.parseFloat(expectedText), expectedText });
    }
    return result;
  }

  /** Waits until every policy's expected return is worked out (the student's row has none). */
  async expectedReturnsShown(): Promise<ComparisonRow[]> {
    await expect(this.comparison.getByRole('columnheader', { name: this.words.play.comparison.expected, exact: true })).toBeVisible();
    await expect(this.comparison.getByText(this.words.play.comparison.expectedPending)).toHaveCount(0, { timeout: 30_000 });
    return this.comparisonRows();
  }

  /** Recommends the same item until the session ends (the item's card, found by its tier and category); returns the session's steps. */
  async playToEnd(category: CategoryName, tier: TierName): Promise<number> {
    let steps = await this.stepLogRowCount();
    while (!(await this.sessionIsOver())) {
      await this.item(category, tier).click();
      steps += 1;
      await expect.poll(() => this.stepLogRowCount()).toBe(steps);
      expect(steps).toBeLessThanOrEqual(50);
    }
    return steps;
  }
}
