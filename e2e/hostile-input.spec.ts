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

test('an advanced setting typed out of its range is not applied, and the field says why', async ({ page }) => {
  test.setTimeout(60_000);
  const lab = new SharedLabPage(page);
  await lab.open();
  await lab.advancedDrawer.locator('summary').click();
  const field = lab.advancedDrawer.getByLabel('Hidden layer width', { exact: true });
  const before = await field.inputValue();
  await field.fill('99999');
  const problem = lab.advancedDrawer.getByRole('alert');
  await expect(problem).toContainText(`Enter a value from`);
  await expect(problem).toContainText(`Not applied: ${before} stays`);
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await field.fill('32');
  await expect(problem).toHaveCount(0);
  await expect(field).toHaveAttribute('aria-invalid', 'false');
  await lab.advancedDrawer.getByRole('button', { name: 'Apply and reset' }).click();
  await expect(lab.playButton).toBeEnabled({ timeout: 45_000 });
  expect(page.url()).toContain('hiddenWidth=32');
});
