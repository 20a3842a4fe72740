// User stories: after a short run on the compare page, an instructor follows one shopper through a session
// under A's agent and under B's, one step at a time: the card each picks, what the shopper did, trust and the
// running return, with the trust of both sessions drawn together; in English and in Chinese.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { COMPARE_WORDS, ComparePage } from './pages/ComparePage';
import { LANGUAGES, inLanguage } from './pages/language';
import { SideBySidePanel } from './pages/SideBySidePanel';

for (const language of LANGUAGES) {
  test(`one shopper under the myopic agent and under the far-sighted one, step by step (${language})`, async ({ page }) => {
    test.setTimeout(240_000);
    const compare = new ComparePage(page, COMPARE_WORDS[language]);
    const followed = new SideBySidePanel(page, language);
    const { ab, replay } = followed.words;
    await compare.open(inLanguage('?page=compare&a=myopic&b=default&steps=2000&evaluationInterval=1000&evaluationShoppers=100', language));
    // Before any training there is no agent to follow.
    await expect(followed.followButton).toBeDisabled();
    await expect(followed.region).toContainText(replay.sideBySide.needRuns);
    await compare.speed.selectOption({ label: compare.words.fastForward });
    await compare.playButton.click();
    for (const side of ['A', 'B'] as const) await expect(compare.status(side)).toHaveText(ab.status.finished, { timeout: 180_000 });

    await followed.follow(50);
    await expect(followed.region.getByRole('status')).toContainText(replay.sideBySide.followed(50, 42, '\u0000', '\u0000').split('\u0000')[0]);
    const first = await followed.rows(1);
    expect(first.map((row) => row.who)).toEqual([ab.sideName.a, ab.sideName.b]);
    // Card, outcome, trust, reward, running return and expected return for each side.
    for (const row of first) {
      expect(row.cells).toHaveLength(6);
      expect(row.cells[2]).toMatch(/^\d\.\d\d → \d\.\d\d$/);
      expect(row.cells[5]).toMatch(/^-?\d+\.\d\d ± \d+\.\d\d$/);
    }
    // The same shopper arrives for both: the same trust before the first pick.
    expect(first[0].cells[2].split(' → ')[0]).toBe(first[1].cells[2].split(' → ')[0]);

    // One step at a time, by button and by keyboard.
    await followed.nextButton.click();
    await expect(followed.region.getByRole('table', { name: replay.table.label(2) })).toBeVisible();
    await followed.slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect(followed.region.getByRole('table', { name: replay.table.label(3) })).toBeVisible();

    // Both trust curves, with their numbers: one row per step from the arrival, a column per side.
    await expect(followed.trustChart.locator('.recharts-line')).toHaveCount(2);
    const trust = await followed.trustRows();
    expect(trust[0]).toHaveLength(2);
    expect(trust[0][0]).toBe(trust[0][1]);
    expect(trust.length).toBe(Number(await followed.slider.getAttribute('max')) + 1);
  });
}

test('a shopper number that is not one is refused with a message, and the panel keeps working', async ({ page }) => {
  test.setTimeout(240_000);
  const compare = new ComparePage(page);
  const followed = new SideBySidePanel(page);
  await compare.open('?page=compare&a=myopic&b=default&steps=1000&evaluationInterval=1000&evaluationShoppers=100');
  await compare.speed.selectOption({ label: compare.words.fastForward });
  await compare.playButton.click();
  for (const side of ['A', 'B'] as const) await expect(compare.status(side)).toHaveText(followed.words.ab.status.finished, { timeout: 180_000 });
  await followed.shopperField.fill('-3');
  await followed.followButton.click();
  await expect(followed.region.getByRole('status')).toContainText(followed.words.replay.sideBySide.badShopper(2147483647));
  await followed.follow(7);
  expect((await followed.rows(1)).map((row) => row.who)).toEqual(['A', 'B']);
  // The followed shopper's panel, trust table open, has no serious accessibility violation.
  expect((await followed.trustRows()).length).toBeGreaterThan(1);
  const results = await new AxeBuilder({ page }).include('section.side-by-side').analyze();
  const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
});
