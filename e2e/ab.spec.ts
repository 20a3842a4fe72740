// User stories for "Compare A/B": an instructor opens a lesson pair from a link, trains both sides at once,
// reads both curves on shared charts, shares the link, and leaves the page without leaving workers behind.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { ComparePage } from './pages/ComparePage';

// A small budget, and a small evaluation cohort evaluated often: both sides chart within a minute on a busy machine.
const LINK = '?page=compare&a=myopic&b=default&steps=20000&evaluationInterval=1000&evaluationShoppers=100';
const LINE_A = 'A: Myopic (γ = 0)';
const LINE_B = 'B: Far-sighted DQN (default)';
const PERCENT_CHART = 'Greedy evaluation (% of oracle)';

test('an instructor trains myopic against default side by side and shares the same comparison', async ({ page }) => {
  test.setTimeout(240_000);
  const compare = new ComparePage(page);
  await compare.open(LINK);
  await expect(compare.differences).toContainText('B differs: γ 0 → 0.99');
  await expect(compare.setup.getByRole('button', { name: 'γ 0 vs 0.99' })).toHaveAttribute('aria-pressed', 'true');

  await compare.playButton.click();
  await expect(compare.pauseButton).toBeVisible();
  await expect.poll(() => compare.steps('A'), { timeout: 60_000, message: 'A trains' }).toBeGreaterThan(500);
  await expect.poll(() => compare.steps('B'), { timeout: 60_000, message: 'B trains' }).toBeGreaterThan(500);
  for (const line of [LINE_A, LINE_B]) {
    await expect.poll(() => compare.drawnPoints(PERCENT_CHART, line), { timeout: 90_000, message: `${line} is drawn` }).toBeGreaterThan(1);
    await expect.poll(() => compare.drawnPoints('Loss', line), { timeout: 30_000, message: `${line} loss is drawn` }).toBeGreaterThan(1);
  }
  expect(await compare.legend(PERCENT_CHART)).toEqual([LINE_A, LINE_B]);
  expect(await compare.legend('Moving session return')).toEqual([LINE_A, LINE_B]);

  await compare.pauseButton.click();
  await expect(compare.playButton).toBeVisible();
  // The side ahead waits for the other: they stay within a few thousand steps of each other.
  expect(Math.abs((await compare.steps('A')) - (await compare.steps('B')))).toBeLessThan(5000);

  const shared = page.url();
  expect(new URL(shared).search).toBe(LINK.replace('page=compare&', 'page=compare&v=1&'));
  await compare.open(new URL(shared).search);
  await expect(compare.differences).toContainText('B differs: γ 0 → 0.99');
  await expect(compare.sideField('A', 'Preset')).toHaveValue('myopic');
  await expect(compare.sideField('B', 'Preset')).toHaveValue('default');
  await expect(compare.sharedField('Steps budget')).toHaveValue('20000');
  expect(await compare.steps('A')).toBe(0);
});

test('a changed setting on one side restarts both and rewrites the link; leaving the page ends both workers', async ({ page }) => {
  test.setTimeout(150_000);
  const compare = new ComparePage(page);
  await compare.open('?page=compare&a=default&b=default&steps=5000&bgamma=oops');
  await expect(page.getByRole('region', { name: 'Link corrections' })).toContainText('bgamma “oops” is not a number');
  await expect(compare.differences).toContainText('A and B are the same configuration');
  expect(page.workers()).toHaveLength(2);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id)).toEqual([]);

  await compare.sideField('B', 'Discount γ').fill('0.5');
  await compare.setup.getByRole('button', { name: 'Apply and restart both' }).click();
  await expect(compare.differences).toContainText('B differs: γ 0.99 → 0.5');
  await expect(compare.playButton).toBeEnabled({ timeout: 60_000 });
  await expect.poll(() => new URL(page.url()).search).toBe('?page=compare&v=1&a=default&b=default&steps=5000&bgamma=0.5');

  await page.getByRole('navigation').getByRole('link', { name: 'Play it yourself' }).click();
  await expect.poll(() => page.workers().length, { message: 'both training workers end' }).toBe(0);
});
