// User stories for the address bar: back and forward move between the pages, each page keeping what it
// showed; a page adds one history entry, a change on a page none; the language choice keeps the page's link.
import { expect, test } from '@playwright/test';
import { LabPage } from './pages/LabPage';
import { PlayPage } from './pages/PlayPage';

test('back and forward move between the pages, each keeping its shopper or its lab, in the language the reader chose', async ({ page }) => {
  const play = new PlayPage(page);
  await play.open('?seed=7&shopper=3');
  const preferences = await play.preferencesText();
  await play.item('Home', 'solid').click();
  await expect.poll(() => play.stepLogRowCount()).toBe(1);
  await expect(page).toHaveURL(/\?page=play&seed=7&shopper=3$/);
  const arrival = await page.evaluate(() => history.length);

  // Opening another page adds one history entry; choosing a preset there rewrites it in place.
  await play.pagesNavigation.getByRole('link', { name: 'Train the agent' }).click();
  const lab = new LabPage(page);
  await expect(lab.playButton).toBeEnabled({ timeout: 45_000 });
  await expect(page).toHaveURL(/\?page=train&v=5$/);
  await lab.choosePreset('Trust hidden');
  await expect(page).toHaveURL(/\?page=train&v=5&preset=trust-hidden$/);
  expect(await page.evaluate(() => history.length)).toBe(arrival + 1);

  // Back: the same shopper, with the pick the student made.
  await page.goBack();
  await expect(play.heading).toBeVisible();
  expect(await play.preferencesText()).toBe(preferences);
  await expect.poll(() => play.stepLogRowCount()).toBe(1);
  await expect(page).toHaveURL(/\?page=play&seed=7&shopper=3$/);

  // Forward: the lab as it was left; choosing Chinese keeps the lab's link and adds the language to it.
  await page.goForward();
  await expect(lab.heading).toBeVisible();
  await expect(lab.preset).toHaveValue('trust-hidden');
  await page.getByLabel('Language').selectOption('zh');
  await expect(page).toHaveURL(/\?page=train&v=5&preset=trust-hidden&lang=zh$/);

  // Back again: the play page in Chinese, its link written with the reader's language.
  await page.goBack();
  const chinesePlay = new PlayPage(page, 'zh');
  await expect(chinesePlay.heading).toBeVisible();
  await expect.poll(() => chinesePlay.stepLogRowCount()).toBe(1);
  await expect(page).toHaveURL(/\?page=play&seed=7&shopper=3&lang=zh$/);
});

test("the play page's keys mean nothing on the training page: opening the play page from there brings the default shopper", async ({ page }) => {
  const lab = new LabPage(page);
  // The play page's keys mean nothing on the training page: seed is the training seed there.
  await lab.open('?page=train&seed=7');
  await expect(page).toHaveURL(/\?page=train&v=5&seed=7$/);
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Play it yourself' }).click();
  const play = new PlayPage(page);
  await expect(play.heading).toBeVisible();
  await expect(page).toHaveURL(/\?page=play&seed=42&shopper=50$/);
});
