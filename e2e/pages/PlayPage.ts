// Page model of "Play it yourself": finds everything by role and accessible name, as a student would,
// in English or in Chinese (the same story reads the page in either language).
import { expect, type Locator, type Page } from '@playwright/test';

/** The names a student reads, in each language the lab speaks. */
const WORDS = {
  en: {
    heading: 'Play it yourself',
    recommend: 'Recommend',
    runningReturn: 'Running return',
    lastOutcome: 'Last outcome',
    stepLog: 'Step log',
    comparison: 'How you did on this shopper',
    expected: 'Expected return',
    working: 'working out…',
    guide: 'This lab has 3 pages:',
    catalog: 'Catalog',
    pagesNav: 'Pages',
  },
  zh: {
    heading: '亲自试一试',
    recommend: '推荐',
    runningReturn: '当前回报',
    lastOutcome: '上一步结果',
    stepLog: '步骤记录',
    comparison: '你在这位顾客身上的表现',
    expected: '期望回报',
    working: '计算中…',
    guide: '本实验室共有 3 个页面：',
    catalog: '商品目录',
    pagesNav: '页面',
  },
} as const;

export type PlayLanguage = keyof typeof WORDS;

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
  readonly comparisonHeading: Locator;
  readonly comparisonNotes: Locator;
  readonly pageGuide: Locator;
  readonly catalog: Locator;
  readonly pagesNavigation: Locator;
  private readonly words: (typeof WORDS)[PlayLanguage];

  constructor(page: Page, language: PlayLanguage = 'en') {
    this.page = page;
    const words = WORDS[language];
    this.words = words;
    this.heading = page.getByRole('heading', { level: 1, name: words.heading });
    this.itemButtons = page.getByRole('button', { name: new RegExp(`^${words.recommend} `) });
    this.runningReturn = page.getByLabel(words.runningReturn);
    this.lastOutcome = page.getByLabel(words.lastOutcome);
    this.stepLog = page.getByRole('table', { name: words.stepLog });
    this.preferences = page.getByRole('list', { name: 'Preferences' });
    this.trustMeter = page.getByRole('meter', { name: 'Trust' });
    this.comparison = page.getByRole('table', { name: words.comparison });
    this.comparisonHeading = page.getByRole('heading', { name: words.comparison });
    this.comparisonNotes = page.getByRole('region', { name: words.comparison }).locator('.comparison__notes');
    this.pageGuide = page.getByRole('main').locator('p', { hasText: words.guide });
    this.catalog = page.getByRole('region', { name: words.catalog });
    this.pagesNavigation = page.getByRole('navigation', { name: words.pagesNav });
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
    // English names the tier then the category; the Chinese page's cards read 推荐 <tier> <price> <category> too.
    const lastPick = this.words === WORDS.zh ? '(上次所选（)?' : '(Last pick \\()?';
    return this.page.getByRole('button', { name: new RegExp(`^${this.words.recommend} ${tier} \\$[0-9.]+ ${lastPick}${category}`, 'i') });
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
    await expect(this.comparison.getByRole('columnheader', { name: this.words.expected, exact: true })).toBeVisible();
    await expect(this.comparison.getByText(this.words.working)).toHaveCount(0, { timeout: 30_000 });
    return this.comparisonRows();
  }

  /** Recommends the same item until the session ends (the item's card, found by its tier and category); returns the session's steps. */
  async playToEnd(category: string, tier: string): Promise<number> {
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
