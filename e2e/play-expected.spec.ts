// User stories: a student tells luck from skill on the play page. Each policy's expected return for the
// shopper stands beside its return on this session's coin flips; the landing page says what the lab's
// pages are; a shopper who leaves at once left after "1 step"; on a phone the result is in view.
import { expect, test } from '@playwright/test';
import { LabPage } from './pages/LabPage';
import { escaped, LANGUAGES } from './pages/language';
import { PlayPage } from './pages/PlayPage';

for (const language of LANGUAGES) {
  test(`on a lucky session the heuristic out-earns the DP oracle, and the expected returns show it was luck (${language})`, async ({ page }) => {
    const play = new PlayPage(page, language);
    const { policies, comparison } = play.words.play;
    // Seed 42, shopper 1: on these coin flips the heuristic earns 18.40 and the oracle 9.10.
    await play.open('?seed=42&shopper=1');
    await play.playToEnd('Books', 'solid');
    const rows = await play.expectedReturnsShown();
    const heuristic = rows.find((row) => row.policy === policies.heuristic);
    const oracle = rows.find((row) => row.policy === policies['dp-oracle']);
    expect(heuristic?.sessionReturn).toBeGreaterThan(oracle?.sessionReturn ?? Infinity);
    // ...but on average over every coin flip, no policy beats the oracle.
    for (const row of rows.slice(1)) expect(row.expected, row.policy).toBeLessThanOrEqual((oracle?.expected ?? 0) + 0.005 + parseCi(row.expectedText));
    expect(heuristic?.expected).toBeLessThan(oracle?.expected ?? 0);
    expect(rows[0]).toMatchObject({ policy: comparison.you, expectedText: expect.stringContaining('—') });
    await expect(play.comparisonNotes).toContainText(comparison.oracleOnAverage);
    // The lucky ones are named in the note (the heuristic among them).
    const [before, after] = comparison.luckier('\u0000').trim().split('\u0000').map(escaped);
    await expect(play.comparisonNotes).toContainText(new RegExp(`${before}.*${escaped(policies.heuristic)}.*${after}`));
    await expect(play.comparisonNotes).toContainText(comparison.explained.slice(-12));
  });

  test(`a shopper who leaves after the first pick left after "1 step", not "1 steps" (${language})`, async ({ page }) => {
    const play = new PlayPage(page, language);
    // Seed 42, shopper 0 leaves after any first pick; the whole sentence matches, so "1 steps" would not.
    await play.open('?seed=42&shopper=0');
    await play.item('Home', 'solid').click();
    await expect(page.getByText(play.words.play.scoreboard.left(1), { exact: true })).toBeVisible();
  });
}

test('the landing page names its five pages with links, and its shopper makes a typical first session', async ({ page }) => {
  const play = new PlayPage(page);
  await play.open();
  await expect(play.pageGuide).toContainText('This lab has 5 pages: Play it yourself (this page: you are the recommender)');
  await expect(play.pageGuide.getByRole('link')).toHaveText(['Train the agent', 'Compare A/B', 'Lessons', 'Class board']);
  await expect(page.getByText('Shopper 50', { exact: true })).toBeVisible();
  // No first pick sends this shopper away: a student's first session is not over at once.
  await play.item('Electronics', 'deal').click();
  await expect(play.comparison).toHaveCount(0);
  await play.playToEnd('Electronics', 'deal');
  const rows = await play.expectedReturnsShown();
  const oracle = rows.find((row) => row.policy === 'DP oracle');
  for (const row of rows.slice(1)) expect(row.sessionReturn, row.policy).toBeLessThanOrEqual(oracle?.sessionReturn ?? 0);
  // The guide's link opens the training page in place.
  await play.pageGuide.getByRole('link', { name: 'Train the agent' }).click();
  await expect(new LabPage(page).heading).toBeVisible();
  await expect(page).toHaveURL(/[?&]page=train/);
  await expect(play.pageGuide).toHaveCount(0);
});

test('on a 390 px phone the catalog stays compact, each pick shows its outcome in view, and the result comes into view at the end', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const play = new PlayPage(page);
  await play.open();
  const catalogBox = await play.catalog.boundingBox();
  expect(catalogBox?.height).toBeLessThan(844);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // The last card of the catalog: after the pick its outcome and the running return are on screen.
  const last = play.item('Books', 'premium');
  await last.scrollIntoViewIfNeeded();
  await last.click();
  await expect(play.lastOutcome).toBeInViewport();
  await expect(play.runningReturn).toBeInViewport();
  await play.playToEnd('Books', 'premium');
  await expect(play.comparisonHeading).toBeFocused();
  await expect(play.comparisonHeading).toBeInViewport();
  const rows = await play.expectedReturnsShown();
  // The table fits the phone: every row's expected return ends inside the screen's width, none cut off to the right.
  expect(rows.length).toBeGreaterThan(2);
  for (const cell of await play.comparison.locator('td[data-column="expected"]').all()) {
    const box = await cell.boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
  }
});

/** The ± half-width of an averaged expected return ("2.72 ± 0.19"), 0 for an exact one. */
function parseCi(text: string): number {
  const match = /±\s*([0-9.]+)/.exec(text);
  return match ? Number(match[1]) : 0;
}
