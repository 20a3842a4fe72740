// Accessibility: axe-core finds no serious or critical violation on any view of the lab.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { formatLabSearch, parseLabSearch } from '../src/preset/lab-url';
import { encodeResult } from '../src/preset/result-code';
import { PLAIN_VIEW } from '../src/preset/url-keys';
import { ClassBoardPage } from './pages/ClassBoardPage';
import { InspectorPanel } from './pages/InspectorPanel';
import { LessonsPage } from './pages/LessonsPage';
import { PlayPage } from './pages/PlayPage';
import { SharedLabPage } from './pages/SharedLabPage';

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`);
}

test('the play page has no serious accessibility violation: at the start, after a pick, and with the end-of-session comparison', async ({ page }) => {
  test.setTimeout(60_000);
  const play = new PlayPage(page);
  await play.open('?page=play');
  expect(await seriousViolations(page)).toEqual([]);
  await play.itemButtons.first().click();
  expect(await seriousViolations(page)).toEqual([]);
  // The same item again and again: a shopper leaves within the step limit.
  for (let pick = 0; pick < 60 && !(await play.sessionIsOver()); pick++) await play.itemButtons.first().click();
  expect(await play.sessionIsOver()).toBe(true);
  expect(await seriousViolations(page)).toEqual([]);
});

test('with reduced motion asked for, nothing on the page animates', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const play = new PlayPage(page);
  await play.open('?page=play');
  const card = play.itemButtons.first();
  const durations = await card.evaluate((element) => getComputedStyle(element).transitionDuration.split(',').map((value) => parseFloat(value)));
  expect(durations.every((seconds) => seconds <= 0.001)).toBe(true);
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  const normal = await card.evaluate((element) => parseFloat(getComputedStyle(element).transitionDuration));
  expect(normal).toBeGreaterThan(0.05);
});

test('the training page has no serious accessibility violation: charts, inspector, explanations, share and shortcuts', async ({ page }) => {
  test.setTimeout(120_000);
  const lab = new SharedLabPage(page);
  const inspector = new InspectorPanel(page);
  await lab.open();
  expect(await seriousViolations(page)).toEqual([]);
  await lab.playButton.click();
  await expect.poll(() => lab.chartPoints('Loss'), { timeout: 45_000 }).toBeGreaterThan(3);
  await lab.pauseButton.click();
  await inspector.stepShopperButton.click();
  await expect(inspector.summary).toContainText('Shopper #');
  for (const summary of await page.locator('details > summary').all()) await summary.click();
  expect(await seriousViolations(page)).toEqual([]);
  await lab.shareButton.click();
  await expect(lab.shareDialog).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await lab.shortcutsButton.click();
  await expect(lab.shortcutHelp).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the presenter view and the tabular inspector have no serious accessibility violation', async ({ page }) => {
  test.setTimeout(90_000);
  const lab = new SharedLabPage(page);
  const inspector = new InspectorPanel(page);
  await lab.open('?page=train&preset=tabular&present=1');
  await inspector.stepShopperButton.click();
  await expect(inspector.region.getByLabel('Q-learning update with numbers')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('a keyboard user tabs to the inspector\'s step button, sees where focus is, and steps with Enter', async ({ page }) => {
  test.setTimeout(90_000);
  const lab = new SharedLabPage(page);
  const inspector = new InspectorPanel(page);
  await lab.open();
  let reached = false;
  for (let presses = 0; presses < 250 && !reached; presses++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.textContent?.trim() === 'Step one shopper');
  }
  expect(reached).toBe(true);
  const outline = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement as Element);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(outline.style).not.toBe('none');
  expect(outline.width).toBeGreaterThan(0);
  await page.keyboard.press('Enter');
  await expect(inspector.summary).toContainText('Shopper #');
});

test('every chart has a data-table alternative with the numbers it draws', async ({ page }) => {
  test.setTimeout(90_000);
  const lab = new SharedLabPage(page);
  await lab.open();
  await lab.playButton.click();
  await expect.poll(() => lab.chartPoints('Loss'), { timeout: 45_000 }).toBeGreaterThan(3);
  await lab.pauseButton.click();
  for (const title of ['Session return', 'Loss', 'Q-values', 'Q-values of the followed shopper']) {
    const chart = lab.chart(title);
    await chart.getByText('Show the data as a table').click();
    const table = chart.getByRole('table', { name: `${title}: data` });
    await expect(table).toBeVisible();
    const cells = await table.locator('tbody td').allTextContents();
    expect(cells.length, title).toBeGreaterThan(0);
    expect(cells.some((cell) => /\d/.test(cell)), title).toBe(true);
  }
});

test('the class board has no serious accessibility violation: empty, and with results, refusals, a lesson table, the histogram and Clear asked', async ({ page }) => {
  const board = new ClassBoardPage(page);
  await board.open();
  expect(await seriousViolations(page)).toEqual([]);
  const settings = formatLabSearch({ ...parseLabSearch('?preset=myopic&seed=4'), view: PLAIN_VIEW }, null);
  const run = encodeResult({ kind: 'run', presetName: 'myopic', settings, trainingSeed: 4, steps: 9000, latestPercentOfOracle: 41, steady: { percentOfOracle: 38, min: 30, max: 44 } });
  const lesson = encodeResult({ kind: 'lesson', lessonId: 'discounting', predicted: 'a', measured: 'b', figures: {}, trainingSeed: 1, steps: 500 });
  await board.paste([run, lesson, 'not a code'].join('\n'));
  await expect(board.runsTable).toBeVisible();
  await expect(board.refused).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await board.clearButton.click();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the lessons page has no serious accessibility violation: the list, a lesson with a callout, and the check', async ({ page }) => {
  test.setTimeout(150_000);
  const lessons = new LessonsPage(page, 'en');
  const lesson = lessons.lesson('reward-design');
  await lessons.open('?page=lessons&steps=2000');
  expect(await seriousViolations(page)).toEqual([]);
  await lessons.lessonLink(lesson).click();
  await lessons.waitUntilReady();
  await lessons.choice(lesson, 'less').check();
  await lessons.runButton.click();
  await expect(lessons.callout).toBeVisible({ timeout: 90_000 });
  expect(await seriousViolations(page)).toEqual([]);
  await lessons.readCalloutsUntilCheck();
  for (const summary of await lessons.check.locator('details > summary').all()) await summary.click();
  expect(await seriousViolations(page)).toEqual([]);
});
