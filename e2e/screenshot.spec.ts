// Not a test: refreshes the README's pictures in docs/. Run with `SCREENSHOT=1 npx playwright test screenshot`.
import { expect, test, type Page } from '@playwright/test';
import { PlayPage } from './pages/PlayPage';

/** Waits until a step counter (found by its label) has passed a number of environment steps. */
async function trainPast(page: Page, counter: string, steps: number): Promise<void> {
  const value = page.getByLabel(counter, { exact: true }).first();
  await expect.poll(async () => Number(await value.getAttribute('data-value')), { timeout: 100_000 }).toBeGreaterThan(steps);
}

test('screenshot of a session in progress', async ({ page }) => {
  test.skip(!process.env.SCREENSHOT, 'only when SCREENSHOT=1');
  await page.setViewportSize({ width: 1360, height: 900 });
  const play = new PlayPage(page);
  // Shopper 12 of seed 7 ignores, buys and clicks within six steps: every outcome is on screen.
  await play.open('?seed=7&shopper=12');
  // A few sensible steps: the shopper's favourite category, trustworthy tiers, one tempting deal.
  const favourite = (await play.preferences.getByRole('listitem').first().innerText()).split(/\s/)[0];
  for (const tier of ['solid', 'solid', 'deal', 'premium', 'solid', 'solid']) {
    if (await play.sessionIsOver()) break;
    await play.item(favourite, tier).click();
  }
  await play.observationToggle.click();
  await page.screenshot({ path: 'docs/screenshot-play.png', fullPage: true });
});

test('screenshot of the lab training the default preset', async ({ page }) => {
  test.skip(!process.env.SCREENSHOT, 'only when SCREENSHOT=1');
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1360, height: 1000 });
  await page.goto('?page=train');
  await page.getByRole('button', { name: /play/i }).first().click();
  // Long enough for several greedy evaluations to be charted.
  await trainPast(page, 'Environment steps', 22_000);
  await page.screenshot({ path: 'docs/screenshot-train.png', fullPage: true });
});

test('screenshot of the step-through inspector after one shopper step and one update', async ({ page }) => {
  test.skip(!process.env.SCREENSHOT, 'only when SCREENSHOT=1');
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1360, height: 1000 });
  await page.goto('?page=train');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await trainPast(page, 'Environment steps', 3000);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  const inspector = page.getByRole('region', { name: 'Step through training' });
  await inspector.getByRole('button', { name: 'Step one shopper' }).click();
  await inspector.getByRole('button', { name: 'Step one update' }).click();
  await inspector.getByTestId('update-effect').waitFor();
  await inspector.screenshot({ path: 'docs/screenshot-inspector.png' });
});

test('screenshot of the compare page training myopic against default', async ({ page }) => {
  test.skip(!process.env.SCREENSHOT, 'only when SCREENSHOT=1');
  test.setTimeout(120_000);
  // Taller than the others: the pair's lesson and each side's preset lesson sit above the charts.
  await page.setViewportSize({ width: 1360, height: 1500 });
  await page.goto('?page=compare&a=myopic&b=default');
  await page.getByRole('button', { name: 'Play', exact: true }).first().click();
  await trainPast(page, 'B environment steps', 20_000);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: 'docs/screenshot-compare.png' });
});

test('screenshot of the training page in Chinese', async ({ page }) => {
  test.skip(!process.env.SCREENSHOT, 'only when SCREENSHOT=1');
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1360, height: 1000 });
  await page.goto('?page=train&lang=zh');
  await page.getByRole('button', { name: '开始', exact: true }).click();
  await trainPast(page, '环境步数', 15_000);
  await page.screenshot({ path: 'docs/screenshot-train-zh.png' });
});
