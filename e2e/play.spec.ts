// User stories for "Play it yourself": play a whole seeded session, compare, reload, and survive bad links.
import { expect, test } from '@playwright/test';
import { PlayPage } from './pages/PlayPage';

const REFERENCE_LABELS = ['Random', 'Most popular', 'Myopic oracle', 'Heuristic (knows true preferences)', 'Best plan from what the agent sees', 'DP oracle'];
/** Each displayed reward is rounded to 0.01, so a sum of n of them may be off by n half-hundredths. */
const roundingAllowance = (steps: number) => 0.005 * (steps + 1) + 1e-9;

test('a student plays a whole session and sees how the reference policies did on the same shopper', async ({ page }) => {
  const play = new PlayPage(page);
  await play.open('?seed=7&shopper=3');
  await expect(play.itemButtons).toHaveCount(24);
  await expect(play.runningReturn).toHaveText('0.00');
  await expect(play.trustMeter).toBeVisible();
  await expect(page.getByText('hidden from the agent')).toBeVisible();

  // Cycle through the items so that the session sees several categories and tiers.
  const picks = ['Electronics solid', 'Fashion premium', 'Home solid', 'Books deal', 'Sports budget', 'Beauty solid'];
  let step = 0;
  while (!(await play.sessionIsOver())) {
    const [category, tier] = picks[step % picks.length].split(' ');
    await play.item(category, tier).click();
    step += 1;
    await expect.poll(() => play.stepLogRowCount()).toBe(step);
    await expect(play.lastOutcome).toContainText(/Bought|Clicked|Ignored/);
    const rewards = await play.displayedRewards();
    const total = rewards.reduce((sum, reward) => sum + reward, 0);
    expect(Math.abs((await play.displayedReturn()) - total)).toBeLessThanOrEqual(roundingAllowance(step));
    expect(step).toBeLessThanOrEqual(50);
  }

  await expect(play.itemButtons.first()).toBeDisabled();
  await expect(page.getByRole('heading', { name: 'How you did on this shopper' })).toBeFocused();
  const rows = await play.comparisonRows();
  expect(rows.map((row) => row.policy)).toEqual(['You', ...REFERENCE_LABELS]);
  expect(rows[0].sessionReturn).toBeCloseTo(await play.displayedReturn(), 2);
  for (const row of rows) expect(row.sessionReturn).toBeGreaterThanOrEqual(0);
});

test('the same seed brings back the same shopper after a reload, and the next shopper is kept in the URL', async ({ page }) => {
  const play = new PlayPage(page);
  await play.open('?seed=7&shopper=3');
  const preferences = await play.preferencesText();
  expect(preferences).toMatch(/Electronics/);
  await play.item('Home', 'solid').click();
  await page.reload();
  await expect(play.heading).toBeVisible();
  expect(await play.preferencesText()).toBe(preferences);
  await expect(play.runningReturn).toHaveText('0.00');

  await play.nextShopperButton.click();
  await expect(page).toHaveURL(/[?&]seed=7&shopper=4$/);
  const nextPreferences = await play.preferencesText();
  expect(nextPreferences).not.toBe(preferences);
  await page.reload();
  expect(await play.preferencesText()).toBe(nextPreferences);
});

test('an invalid seed shows a notice, falls back to the default, and the page still works', async ({ page }) => {
  const play = new PlayPage(page);
  await play.open('?seed=banana');
  await expect(play.notice).toContainText('banana');
  await expect(page).toHaveURL(/[?&]seed=42&shopper=50$/);
  await play.item('Electronics', 'solid').click();
  await expect.poll(() => play.stepLogRowCount()).toBe(1);
  await play.dismissNoticeButton.click();
  await expect(play.notice).toHaveCount(0);
});

test('the agent observation panel lists the 20 named features', async ({ page }) => {
  const play = new PlayPage(page);
  await play.open('?seed=7');
  await expect(play.observation).toBeHidden();
  await play.observationToggle.click();
  await expect(play.observation.getByRole('row')).toHaveCount(20);
  await expect(play.observation).toContainText('engagement signal');
});

test('the header navigation marks the current page and the item cards work from the keyboard', async ({ page }) => {
  const play = new PlayPage(page);
  await play.open('?seed=7');
  const navigation = page.getByRole('navigation', { name: 'Pages' });
  await expect(navigation.getByRole('link', { name: 'Play it yourself' })).toHaveAttribute('aria-current', 'page');
  await play.item('Fashion', 'solid').focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => play.stepLogRowCount()).toBe(1);
});
