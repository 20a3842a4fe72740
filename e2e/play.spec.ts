// User stories for "Play it yourself": play a whole seeded session (in each language the lab speaks), compare,
// reload, and survive bad links.
import { expect, test } from '@playwright/test';
import type { CATEGORY_NAMES, TierName } from '../src/sim/settings';
import { escaped, LANGUAGES } from './pages/language';
import { PlayPage } from './pages/PlayPage';

const REFERENCES = ['random', 'most-popular', 'myopic-oracle', 'heuristic', 'observation-planner', 'dp-oracle'] as const;
/** Each displayed reward is rounded to 0.01, so a sum of n of them may be off by n half-hundredths. */
const roundingAllowance = (steps: number) => 0.005 * (steps + 1) + 1e-9;
/** Picks that take the session through several categories and tiers. */
const PICKS: [(typeof CATEGORY_NAMES)[number], TierName][] = [
  ['Electronics', 'solid'],
  ['Fashion', 'premium'],
  ['Home', 'solid'],
  ['Books', 'deal'],
  ['Sports', 'budget'],
  ['Beauty', 'solid'],
];

for (const language of LANGUAGES) {
  test(`a student plays a whole session and sees how the reference policies did on the same shopper (${language})`, async ({ page }) => {
    const play = new PlayPage(page, language);
    const words = play.words.play;
    await play.open('?seed=7&shopper=3');
    await expect(page.locator('html')).toHaveAttribute('lang', language === 'en' ? 'en' : 'zh-Hans');
    await expect(play.itemButtons).toHaveCount(24);
    // Four cards a category, under the category's name.
    await expect(page.getByRole('group', { name: words.categories.Electronics }).getByRole('button')).toHaveCount(4);
    await expect(play.runningReturn).toHaveText('0.00');
    await expect(play.trustMeter).toBeVisible();
    await expect(play.hiddenBadge).toBeVisible();
    await expect(play.replayButton).toBeDisabled();

    let step = 0;
    while (!(await play.sessionIsOver())) {
      const [category, tier] = PICKS[step % PICKS.length];
      await play.item(category, tier).click();
      step += 1;
      await expect.poll(() => play.stepLogRowCount()).toBe(step);
      const outcomes = Object.values(words.outcomes).map(escaped).join('|');
      await expect(play.lastOutcome).toContainText(new RegExp(outcomes));
      // The scoreboard and the step log name the item as the catalog does.
      const item = words.itemName(words.categories[category], words.tiers[tier]);
      if (step === 1) {
        await expect(play.lastOutcome).toContainText(item);
        await expect(play.stepLog.locator('tbody tr').first().getByRole('cell').nth(1)).toHaveText(item);
      }
      const rewards = await play.displayedRewards();
      const total = rewards.reduce((sum, reward) => sum + reward, 0);
      expect(Math.abs((await play.displayedReturn()) - total)).toBeLessThanOrEqual(roundingAllowance(step));
      expect(step).toBeLessThanOrEqual(50);
    }

    await expect(play.itemButtons.first()).toBeDisabled();
    await expect(play.comparisonHeading).toBeFocused();
    const rows = await play.comparisonRows();
    expect(rows.map((row) => row.policy)).toEqual([words.comparison.you, ...REFERENCES.map((name) => words.policies[name])]);
    expect(rows[0].sessionReturn).toBeCloseTo(await play.displayedReturn(), 2);
    for (const row of rows) expect(row.sessionReturn).toBeGreaterThanOrEqual(0);
    const beaten = rows.slice(1).filter((row) => row.sessionReturn < rows[0].sessionReturn).length;
    // "You beat 3 of 6." or, once the oracle's expected return is known, "You beat 3 of 6, and earned ...".
    await expect(page.getByRole('region', { name: words.comparison.heading })).toContainText(words.comparison.summary(beaten, REFERENCES.length).slice(0, -1));
    await expect(page.getByText(words.catalog.over, { exact: true })).toBeVisible();
    await expect(play.replayButton).toBeEnabled();
  });
}

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

for (const language of LANGUAGES) {
  test(`an invalid seed is explained, falls back to the default, and the page still works (${language})`, async ({ page }) => {
    const play = new PlayPage(page, language);
    await play.open('?seed=banana');
    await expect(play.notice).toContainText(play.words.play.linkNotice.seed('banana', 4_294_967_295, 42));
    await expect(page).toHaveURL(/[?&]seed=42&/);
    // The language the link asked for stays in the address, last.
    await expect(page).toHaveURL(language === 'en' ? /[?&]shopper=50$/ : /[?&]shopper=50&lang=zh$/);
    await play.item('Electronics', 'solid').click();
    await expect.poll(() => play.stepLogRowCount()).toBe(1);
    await play.dismissNoticeButton.click();
    await expect(play.notice).toHaveCount(0);
  });

  test(`the agent observation panel lists the 20 named features (${language})`, async ({ page }) => {
    const play = new PlayPage(page, language);
    const { features, categories } = play.words.play;
    await play.open('?seed=7');
    await expect(play.observation).toBeHidden();
    await play.observationToggle.click();
    await expect(play.observation.getByRole('row')).toHaveCount(20);
    await expect(play.observation).toContainText(features.engagement);
    await expect(play.observation).toContainText(features.browsingHistory(categories.Books));
    await expect(play.observation).toContainText(features.lastClicked);
  });
}

test('the header navigation marks the current page and the item cards work from the keyboard', async ({ page }) => {
  const play = new PlayPage(page);
  await play.open('?seed=7');
  const navigation = page.getByRole('navigation', { name: 'Pages' });
  await expect(navigation.getByRole('link', { name: 'Play it yourself' })).toHaveAttribute('aria-current', 'page');
  await play.item('Fashion', 'solid').focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => play.stepLogRowCount()).toBe(1);
});
