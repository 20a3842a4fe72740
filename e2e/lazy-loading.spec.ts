// The training page arrives in its reader's language and light: the first paint already speaks the language the
// link, the saved choice or the browser names (no word of the other flashes by), the other language's words are
// fetched only when the reader picks it, and the charts and the panels nobody needs before Play arrive once Play
// works, each placeholder holding its heading, then open with their words. A catalog that cannot be fetched is
// said so in the page's language, and the lab keeps working.
import { expect, test } from '@playwright/test';
import { LANG_STORAGE_KEY, LANGUAGE_NAMES } from '../src/ui/i18n/language';
import { FilesPanel } from './pages/FilesPanel';
import { InspectorPanel } from './pages/InspectorPanel';
import { wordsOf, type Language } from './pages/language';
import { PageLoading } from './pages/PageLoading';
import { RunsPanel } from './pages/RunsPanel';
import { SharedLabPage } from './pages/SharedLabPage';

const EN = wordsOf('en');
const ZH = wordsOf('zh');
/** A sentence only the Chinese catalog holds: the script that has it is the Chinese catalog. */
const CHINESE_CATALOG = ZH.lab.page.intro;
const CJK = /[\u3400-\u9fff]/;

// A story that routes the page's scripts can end while one is still in flight; its route handler then fails
// after the story, and Playwright charges that failure to the next story run by the same worker. Waiting for
// the handlers at the end of each story keeps every failure with the story that caused it.
test.afterEach(async ({ page }) => {
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});

/** Sentences of the shell and of the training page's first render, in a language. */
const firstWords = (language: Language) => {
  const { app, lab, charts } = wordsOf(language);
  return [app.skipToContent, app.footer, app.pageTrain, lab.page.title, lab.page.intro, lab.run.play, lab.run.reset, charts.sessionReturn.title];
};

/** The panels that load once Play works open with their words in the page's language. */
async function expectPanelsIn(lab: SharedLabPage, language: Language): Promise<void> {
  const words = wordsOf(language);
  await expect(new FilesPanel(lab.page, language).modelInput).toBeVisible();
  await expect(new RunsPanel(lab.page, language).empty).toBeVisible();
  await expect(new InspectorPanel(lab.page, language).stepShopperButton).toBeVisible();
  await expect(lab.chart(words.charts.sessionReturn.title).getByText(words.charts.waiting)).toBeVisible();
  await lab.shareButton.click();
  await expect(lab.shareDialog).toBeVisible();
  await lab.page.keyboard.press('Escape');
  await expect(lab.shareDialog).toBeHidden();
  await lab.shortcutsButton.click();
  await expect(lab.shortcutHelp).toBeVisible();
  await lab.page.keyboard.press('Escape');
  await expect(lab.shortcutHelp).toBeHidden();
}

test('an English reader: English from the first paint, no Chinese fetched until picked, then the page switches and its panels speak Chinese', async ({ page }) => {
  test.setTimeout(120_000);
  const loading = new PageLoading(page);
  await loading.watch();
  const lab = new SharedLabPage(page, 'en');
  await lab.open();
  const painted = await loading.paintedTexts();
  expect(painted.join('\n')).toContain(EN.app.skipToContent);
  // The picker names Chinese in Chinese; nothing else painted so far is.
  expect(painted.filter((text) => CJK.test(text.replaceAll(LANGUAGE_NAMES.zh, '')))).toEqual([]);
  await expectPanelsIn(lab, 'en');
  expect(loading.scriptsHolding(CHINESE_CATALOG)).toEqual([]);

  await page.getByLabel(EN.app.languageLabel).selectOption('zh');
  const chinese = new SharedLabPage(page, 'zh');
  await expect(chinese.heading).toBeVisible();
  expect(loading.scriptsHolding(CHINESE_CATALOG)).toHaveLength(1);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expectPanelsIn(chinese, 'zh');
});

for (const [how, open] of [
  ['a link with lang=zh', async (lab: SharedLabPage) => lab.open()],
  ['a saved choice', async (lab: SharedLabPage) => {
    await lab.page.addInitScript((key) => window.localStorage.setItem(key, 'zh'), LANG_STORAGE_KEY);
    await lab.page.goto('/?page=train');
    await expect(lab.playButton).toBeEnabled({ timeout: 45_000 });
  }],
] as const) {
  test(`a Chinese reader by ${how}: the first paint is already Chinese, no English word flashes by, and the panels open in Chinese`, async ({ page }) => {
    test.setTimeout(120_000);
    const loading = new PageLoading(page);
    await loading.watch();
    const lab = new SharedLabPage(page, 'zh');
    await open(lab);
    const painted = (await loading.paintedTexts()).join('\n');
    for (const words of firstWords('zh')) expect(painted).toContain(words);
    for (const words of firstWords('en')) expect(painted, `"${words}" was painted`).not.toContain(words);
    expect(loading.scriptsHolding(CHINESE_CATALOG)).toHaveLength(1);
    await expectPanelsIn(lab, 'zh');

    // English is in the page's own script: switching back fetches no catalog, and the words change.
    const fetched = loading.scriptsHolding(EN.lab.page.intro);
    await page.getByLabel(ZH.app.languageLabel).selectOption('en');
    await expect(new SharedLabPage(page, 'en').heading).toBeVisible();
    await expect(new FilesPanel(page, 'en').modelInput).toBeVisible();
    expect(loading.scriptsHolding(EN.lab.page.intro)).toEqual(fetched);
  });
}

test('the charts and the panels nobody needs before Play load once Play works, in placeholders that keep their headings', async ({ page }) => {
  test.setTimeout(120_000);
  const loading = new PageLoading(page);
  await loading.watch();
  const lab = new SharedLabPage(page, 'en');
  await lab.open();
  // Before Play worked, each chart's frame and each panel's heading was on the page, saying it was loading.
  const painted = (await loading.paintedTexts()).join('\n');
  for (const words of [EN.charts.loadingChart, EN.charts.loss.title, EN.files.heading, EN.runs.title, EN.inspector.title, EN.lab.page.loadingPanel]) expect(painted).toContain(words);
  await expectPanelsIn(lab, 'en');
  // Each part's own code (found by what only it holds) was asked for after Play worked.
  const parts = ['recharts-wrapper', 'files-panel__buttons', 'runs-table', 'step-controls'].map((marker) => loading.scriptsHolding(marker));
  for (const scripts of parts) expect(scripts).toHaveLength(1);
  expect(await loading.requestedAfterPlayWorked(parts.flat())).toEqual([true, true, true, true]);
  // And the run trains with them: the chart fills.
  await lab.playButton.click();
  await expect.poll(() => lab.chartPoints(EN.charts.sessionReturn.title), { timeout: 30_000 }).toBeGreaterThan(0);
});

test.describe('a catalog that cannot be fetched', () => {
  // Once the service worker has precached the lab, every catalog is there offline; these readers come before it.
  test.use({ serviceWorkers: 'block' });

test('a Chinese catalog that cannot be fetched: the page says so in English, stays English and keeps training', async ({ page }) => {
  test.setTimeout(120_000);
  const loading = new PageLoading(page);
  await loading.dropScriptsHolding(CHINESE_CATALOG);
  const lab = new SharedLabPage(page, 'en');
  await lab.open();
  await page.getByLabel(EN.app.languageLabel).selectOption('zh');
  await expect(page.getByRole('status').filter({ hasText: EN.app.languageFailed(LANGUAGE_NAMES.zh, LANGUAGE_NAMES.en) })).toBeVisible();
  await expect(lab.heading).toBeVisible();
  await expect(page.getByLabel(EN.app.languageLabel)).toHaveValue('en');
  await lab.playButton.click();
  await expect.poll(() => lab.steps(), { timeout: 30_000 }).toBeGreaterThan(0);
});

test('a link to the Chinese page whose catalog cannot be fetched opens in English and says why', async ({ page }) => {
  // Every script of the page and its worker passes through the route below and is read whole, so on a loaded
  // machine the lab can take most of the usual 60 s to become playable.
  test.slow();
  const loading = new PageLoading(page);
  await loading.dropScriptsHolding(CHINESE_CATALOG);
  const lab = new SharedLabPage(page, 'en');
  await page.goto('/?page=train&lang=zh');
  await expect(lab.heading).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: EN.app.languageFailed(LANGUAGE_NAMES.zh, LANGUAGE_NAMES.en) })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(lab.playButton).toBeEnabled({ timeout: 45_000 });
});
});
