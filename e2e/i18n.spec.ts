// The whole page in Simplified Chinese: every visible text on both pages (controls, charts, inspector,
// explanations, drawers, dialogs) is Chinese apart from names and symbols, the language follows the
// browser when the link names none, and the header's picker switches language in place and in the link.
import { expect, test, type Page } from '@playwright/test';

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
  await page.goto('/?page=train&lang=zh');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page).toHaveTitle('Q-Shop 实验室');
  await expect(page.getByRole('heading', { level: 1, name: '训练智能体' })).toBeVisible();
  await page.getByRole('button', { name: '开始', exact: true }).click();
  await expect.poll(async () => Number((await page.getByLabel('环境步数', { exact: true }).textContent())?.replace(/[^0-9]/g, '')), { timeout: 30_000 }).toBeGreaterThan(2000);
  await page.getByRole('button', { name: '暂停', exact: true }).click();
  // Open every drawer and explanation the page has, so their text is checked too.
  for (const summary of await page.locator('details:not([open]) > summary').all()) if (await summary.isVisible()) await summary.click();
  const leftovers = await untranslated(page);
  expect(leftovers, leftovers.join('\n')).toEqual([]);
});

test('the play page in Chinese has no English left', async ({ page }) => {
  await page.goto('/?page=play&lang=zh');
  await page.getByRole('button', { name: /^推荐 / }).first().click();
  const leftovers = await untranslated(page);
  expect(leftovers, leftovers.join('\n')).toEqual([]);
});

test('the compare page in Chinese has no English left, while both sides train', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/?page=compare&lang=zh&a=myopic&b=default&steps=4000');
  await page.getByRole('button', { name: '开始', exact: true }).click();
  await expect(page.locator('.series-layer path[d^="M"]').nth(1)).toBeAttached({ timeout: 60_000 });
  const leftovers = await untranslated(page);
  expect(leftovers, leftovers.join('\n')).toEqual([]);
});

test('the same scan finds the English of the English page (the check can fail)', async ({ page }) => {
  await page.goto('/?page=play&lang=en');
  await expect(page.getByRole('heading', { level: 1, name: 'Play it yourself' })).toBeVisible();
  expect((await untranslated(page)).length).toBeGreaterThan(20);
});

test.describe('with a Chinese browser', () => {
  test.use({ locale: 'zh-CN' });
  test('a link without lang opens in Chinese and stays without lang', async ({ page }) => {
    await page.goto('/?page=play');
    await expect(page.getByRole('heading', { level: 1, name: '亲自试一试' })).toBeVisible();
    expect(new URL(page.url()).searchParams.get('lang')).toBeNull();
  });
});

test('the header picker switches language in place, writes it into the link and remembers it', async ({ page }) => {
  await page.goto('/?page=train');
  await expect(page.getByRole('heading', { level: 1, name: 'Train the agent' })).toBeVisible();
  await page.getByLabel('Language').selectOption('zh');
  await expect(page.getByRole('heading', { level: 1, name: '训练智能体' })).toBeVisible();
  await expect(page.getByRole('link', { name: '亲自试一试' })).toHaveAttribute('href', /lang=zh/);
  await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('zh');
  await page.getByRole('link', { name: '亲自试一试' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '亲自试一试' })).toBeVisible();
  // The choice is kept: a plain link opens in Chinese on the next visit.
  await page.goto('/?page=play');
  await expect(page.getByRole('heading', { level: 1, name: '亲自试一试' })).toBeVisible();
  await page.getByLabel('语言').selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'Play it yourself' })).toBeVisible();
});

test('a link asking for a language the lab does not have says so and opens in English', async ({ page }) => {
  await page.goto('/?page=play&lang=fr');
  await expect(page.getByRole('status').filter({ hasText: 'language "fr"' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Play it yourself' })).toBeVisible();
  expect(new URL(page.url()).searchParams.get('lang')).toBeNull();
});
