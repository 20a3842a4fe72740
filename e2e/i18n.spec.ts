// The whole page in Simplified Chinese: every visible text on both pages (controls, charts, inspector,
// explanations, drawers, dialogs) is Chinese apart from names and symbols, the language follows the
// browser when the link names none, and the header's picker switches language in place and in the link.
import { expect, test, type Page } from '@playwright/test';
import { ComparePage, COMPARE_WORDS } from './pages/ComparePage';
import { LabPage } from './pages/LabPage';
import { LessonsPage } from './pages/LessonsPage';
import { wordsOf } from './pages/language';
import { PlayPage } from './pages/PlayPage';

const EN = wordsOf('en');
const ZH = wordsOf('zh');

/** Latin words allowed in Chinese text: names, units, file formats and symbols that read the same in both. */
const KEPT_WORDS = new Set(
  [
    'DQN', 'Double', 'Adam', 'SGD', 'Huber', 'ReLU', 'MDP', 'TD', 'CSV', 'JSON', 'PNG', 'QR', 'URL', 'WebGL', 'wasm', 'cpu', 'webgl', 'auto',
    'Okabe', 'Ito', 'Q-Shop', 'English', 'KaTeX', 'IndexedDB', 'max', 'argmax', 'ms', 'KB', 'MB', 'GB', 'fps', 'Mnih', 'van', 'Hasselt',
    'Wang', 'Sutton', 'Barto', 'DRN', 'SlateQ', 'RecSim', 'qshop', 'Ctrl', 'Esc', 'Space', 'Shift', 'Enter', 'Tab', 'et', 'al', 'DP', 'Polyak',
  ].map((word) => word.toLowerCase()),
);

/** Visible texts and labels without Chinese that hold Latin words other than KEPT_WORDS, outside maths, code and the language picker. */
async function untranslated(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      const text = node.textContent?.trim() ?? '';
      if (!element || text.length === 0) continue;
      if (element.closest('.katex, code, kbd, .language-picker, [translate="no"], a[href^="http"], cite')) continue;
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden' || element.closest('[hidden], details:not([open]) > :not(summary)')) continue;
      found.push(text);
    }
    for (const element of document.querySelectorAll<HTMLElement>('[aria-label], [title]')) {
      if (element.closest('.katex, .language-picker')) continue;
      for (const attribute of ['aria-label', 'title']) {
        const value = element.getAttribute(attribute);
        if (value) found.push(value);
      }
    }
    return found;
  });
  // A text with Chinese in it is translated (it may name a term or key in parentheses, e.g. “deal”（特价）);
  // one without is English unless every word in it is a kept name or symbol.
  return texts.filter((text) => !/[\u3400-\u9fff]/.test(text) && (text.match(/[A-Za-z][A-Za-z-]{2,}/g) ?? []).some((word) => !KEPT_WORDS.has(word.toLowerCase())));
}

test('the training page in Chinese: no English left in controls, charts, inspector, explanations or drawers', async ({ page }) => {
  test.setTimeout(120_000);
  const lab = new LabPage(page, 'zh');
  await lab.open();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page).toHaveTitle(ZH.app.title);
  await lab.playButton.click();
  await expect.poll(() => lab.steps(), { timeout: 30_000 }).toBeGreaterThan(2000);
  await lab.pauseButton.click();
  // Open every drawer and explanation the page has, so their text is checked too.
  for (const summary of await page.locator('details:not([open]) > summary').all()) if (await summary.isVisible()) await summary.click();
  const leftovers = await untranslated(page);
  expect(leftovers, leftovers.join('\n')).toEqual([]);
});

test('the play page in Chinese has no English left', async ({ page }) => {
  const play = new PlayPage(page, 'zh');
  await play.open('?page=play');
  await play.itemButtons.first().click();
  await expect.poll(() => play.stepLogRowCount()).toBe(1);
  const leftovers = await untranslated(page);
  expect(leftovers, leftovers.join('\n')).toEqual([]);
});

test('the compare page in Chinese has no English left, while both sides train', async ({ page }) => {
  test.setTimeout(120_000);
  const compare = new ComparePage(page, COMPARE_WORDS.zh);
  await compare.open('?page=compare&lang=zh&a=myopic&b=default&steps=4000');
  await compare.playButton.click();
  // Both sides have drawn a loss line before the scan.
  const lines = [ZH.ab.line('A', ZH.lab.presets.myopic.title), ZH.ab.line('B', ZH.lab.presets.default.title)];
  for (const line of lines) await expect.poll(() => compare.drawnPoints(ZH.ab.lossChart, line), { timeout: 60_000 }).toBeGreaterThan(1);
  const leftovers = await untranslated(page);
  expect(leftovers, leftovers.join('\n')).toEqual([]);
});

test('the lessons page in Chinese has no English left: the list, a lesson\'s callout and its check', async ({ page }) => {
  test.setTimeout(150_000);
  const lessons = new LessonsPage(page, 'zh');
  const lesson = lessons.lesson('discounting');
  await lessons.open('?page=lessons&steps=1000');
  expect(await untranslated(page)).toEqual([]);
  await lessons.lessonLink(lesson).click();
  await lessons.waitUntilReady();
  await lessons.choice(lesson, lesson.choices[0]).check();
  await lessons.runButton.click();
  await expect(lessons.callout).toBeVisible({ timeout: 90_000 });
  const during = await untranslated(page);
  expect(during, during.join('\n')).toEqual([]);
  await lessons.readCalloutsUntilCheck();
  const after = await untranslated(page);
  expect(after, after.join('\n')).toEqual([]);
});

test('the same scan finds the English of the English page (the check can fail)', async ({ page }) => {
  await new PlayPage(page, 'en').open('?page=play&lang=en');
  expect((await untranslated(page)).length).toBeGreaterThan(20);
});

test.describe('with a Chinese browser', () => {
  test.use({ locale: 'zh-CN' });
  test('a link without lang opens in Chinese and stays without lang', async ({ page }) => {
    await page.goto('/?page=play');
    await expect(new PlayPage(page, 'zh').heading).toBeVisible();
    expect(new URL(page.url()).searchParams.get('lang')).toBeNull();
  });
});

test('the header picker switches language in place, writes it into the link and remembers it', async ({ page }) => {
  await new LabPage(page, 'en').open('?page=train');
  await page.getByLabel(EN.app.languageLabel).selectOption('zh');
  await expect(new LabPage(page, 'zh').heading).toBeVisible();
  const playLink = page.getByRole('link', { name: ZH.app.pagePlay });
  await expect(playLink).toHaveAttribute('href', /lang=zh/);
  await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('zh');
  await playLink.click();
  await expect(new PlayPage(page, 'zh').heading).toBeVisible();
  // The choice is kept: a plain link opens in Chinese on the next visit.
  await page.goto('/?page=play');
  await expect(new PlayPage(page, 'zh').heading).toBeVisible();
  await page.getByLabel(ZH.app.languageLabel).selectOption('en');
  await expect(new PlayPage(page, 'en').heading).toBeVisible();
});

test('a link asking for a language the lab does not have says so and opens in English', async ({ page }) => {
  await new PlayPage(page, 'en').open('?page=play&lang=fr');
  await expect(page.getByRole('status').filter({ hasText: EN.app.unknownLanguage('fr') })).toBeVisible();
  expect(new URL(page.url()).searchParams.get('lang')).toBeNull();
});
