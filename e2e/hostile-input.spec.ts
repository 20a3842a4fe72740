// Hostile input never breaks the lab: a hand-edited link full of script, huge numbers and prototype keys is
// corrected with a notice, nothing in it runs, and the lab trains as usual.
import { expect, test } from '@playwright/test';
import { SharedLabPage } from './pages/SharedLabPage';

const HOSTILE = [
  'page=train',
  'v=999',
  `gamma=${encodeURIComponent('<img src=x onerror="window.hostileRan=1">')}`,
  'alpha=1e999',
  'hiddenWidth=-5',
  '__proto__=polluted',
  'constructor=x',
  `preset=${encodeURIComponent('../../etc/passwd')}`,
  'observability=%E0%A4%A',
  'seed=NaN',
  `hide=${encodeURIComponent('<script>window.hostileRan=1</script>')}`,
].join('&');

test('a hostile link is corrected with a notice, runs nothing, and the lab still trains', async ({ page }) => {
  test.setTimeout(90_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const lab = new SharedLabPage(page);
  await lab.open(`?${HOSTILE}`);
  await expect(lab.corrections).toBeVisible();
  expect(await lab.corrections.getByRole('listitem').count()).toBeGreaterThanOrEqual(5);
  expect(await page.evaluate(() => (window as unknown as { hostileRan?: number }).hostileRan)).toBeUndefined();
  expect(await page.evaluate(() => ({} as Record<string, unknown>).polluted)).toBeUndefined();
  await expect(lab.gammaSlider).toHaveValue(/^0\.\d+$/);
  await lab.playButton.click();
  await expect.poll(() => lab.steps(), { timeout: 30_000 }).toBeGreaterThan(500);
  expect(errors).toEqual([]);
});
