// User stories for "Compare A/B": an instructor opens a lesson pair from a link, trains both sides at once,
// reads both curves on shared charts, shares the link, and leaves the page without leaving workers behind.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { COMPARE_WORDS, ComparePage } from './pages/ComparePage';
import { LabPage } from './pages/LabPage';
import { escaped, wordsOf } from './pages/language';

// A small budget, and a small evaluation cohort evaluated often: both sides chart within a minute on a busy machine.
const LINK = '?page=compare&a=myopic&b=default&steps=20000&evaluationInterval=1000&evaluationShoppers=100';
// The sides are named by the lab's preset titles.
const LINE_A = 'A: Myopic (gamma = 0)';
const LINE_B = 'B: Far-sighted DQN';
const PERCENT_CHART = 'Greedy evaluation (% of oracle)';
const CHARTS = [PERCENT_CHART, 'Moving session return', 'Click rate', 'Trust at the end of a session', 'Loss'];
/** The reference policies every chart of returns shows, each with its value (brackets in a name matched as written). */
const REFERENCES = ['Random', 'Most popular', 'Myopic oracle', 'Heuristic (knows true preferences)', 'Best plan from what the agent sees', 'DP oracle'].map((name) =>
  expect.stringMatching(new RegExp(`^${name.replace(/[()]/g, '\\$&')} \\d`)),
);

test('an instructor trains myopic against default side by side and shares the same comparison', async ({ page }) => {
  test.setTimeout(240_000);
  const compare = new ComparePage(page);
  await compare.open(LINK);
  await expect(compare.differences).toContainText('B differs: γ 0 → 0.999');
  await expect(compare.setup.getByRole('button', { name: 'γ 0 vs 0.999' })).toHaveAttribute('aria-pressed', 'true');

  await compare.playButton.click();
  await expect(compare.pauseButton).toBeVisible();
  await expect.poll(() => compare.steps('A'), { timeout: 60_000, message: 'A trains' }).toBeGreaterThan(500);
  await expect.poll(() => compare.steps('B'), { timeout: 60_000, message: 'B trains' }).toBeGreaterThan(500);
  for (const line of [LINE_A, LINE_B]) {
    await expect.poll(() => compare.drawnPoints(PERCENT_CHART, line), { timeout: 90_000, message: `${line} is drawn` }).toBeGreaterThan(1);
    await expect.poll(() => compare.drawnPoints('Loss', line), { timeout: 30_000, message: `${line} loss is drawn` }).toBeGreaterThan(1);
  }
  for (const title of [PERCENT_CHART, 'Moving session return']) {
    const legend = await compare.legend(title);
    expect(legend.slice(0, 2)).toEqual([LINE_A, LINE_B]);
    expect(legend.slice(2)).toEqual(expect.arrayContaining(REFERENCES));
  }
  expect(await compare.legend('Click rate')).toEqual([LINE_A, LINE_B]);

  await compare.pauseButton.click();
  await expect(compare.playButton).toBeVisible();
  // The side ahead waits for the other: they stay within a few thousand steps of each other.
  expect(Math.abs((await compare.steps('A')) - (await compare.steps('B')))).toBeLessThan(5000);

  const shared = page.url();
  expect(new URL(shared).search).toBe(LINK.replace('page=compare&', 'page=compare&v=5&'));
  await compare.open(new URL(shared).search);
  await expect(compare.differences).toContainText('B differs: γ 0 → 0.999');
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
  await expect(compare.differences).toContainText('B differs: γ 0.999 → 0.5');
  await expect(compare.playButton).toBeEnabled({ timeout: 60_000 });
  await expect.poll(() => new URL(page.url()).search).toBe('?page=compare&v=5&a=default&b=default&steps=5000&bgamma=0.5');

  await page.getByRole('navigation').getByRole('link', { name: 'Play it yourself' }).click();
  await expect.poll(() => page.workers().length, { message: 'both training workers end' }).toBe(0);
});

test('Reset takes both sides back to step 0 and clears the curves; a lesson pair sets up its two presets', async ({ page }) => {
  test.setTimeout(240_000);
  const compare = new ComparePage(page);
  await compare.open(LINK);
  const opened = new URL(page.url()).search;
  await compare.playButton.click();
  await expect.poll(() => compare.steps('A'), { timeout: 60_000, message: 'A trains' }).toBeGreaterThan(500);
  await expect.poll(() => compare.steps('B'), { timeout: 60_000, message: 'B trains' }).toBeGreaterThan(500);
  await expect.poll(() => compare.chartPoints('Loss'), { timeout: 60_000, message: 'the loss is charted' }).toBeGreaterThan(0);
  await compare.pauseButton.click();

  await compare.resetButton.click();
  await expect(compare.playButton).toBeEnabled({ timeout: 60_000 });
  await expect.poll(() => compare.steps('A'), { message: 'A is back at step 0' }).toBe(0);
  await expect.poll(() => compare.steps('B'), { message: 'B is back at step 0' }).toBe(0);
  for (const title of CHARTS) {
    expect(await compare.chartPoints(title), title).toBe(0);
    await expect(compare.chart(title)).toContainText('Waiting for data…');
  }
  // Reset keeps the comparison: the same pair, the same link.
  await expect(compare.differences).toHaveText('B differs: γ 0 → 0.999 · n-step return length 1 → 3');
  expect(new URL(page.url()).search).toBe(opened);

  await compare.lessonPair('With vs without target network').click();
  await expect(compare.lessonPair('With vs without target network')).toHaveAttribute('aria-pressed', 'true');
  await expect(compare.lessonPair('γ 0 vs 0.999')).toHaveAttribute('aria-pressed', 'false');
  await expect(compare.differences).toHaveText('B differs: Target network copied every 125 updates → none (the online network itself)');
  await expect(compare.sideField('A', 'Preset')).toHaveValue('one-step');
  await expect(compare.sideField('B', 'Preset')).toHaveValue('no-target-network');
  // The pair brings its own seeds and budget, as its link does: nothing of the short run before stays.
  await expect(compare.sharedField('Steps budget')).toHaveValue('60000');
  await expect.poll(() => new URL(page.url()).search).toBe('?page=compare&v=5&a=one-step&b=no-target-network');
  await expect(compare.playButton).toBeEnabled({ timeout: 90_000 });
});

test('a fixed epsilon on one side is applied and written into the link, and the header reopens the same comparison', async ({ page }) => {
  test.setTimeout(240_000);
  const compare = new ComparePage(page);
  await compare.open('?page=compare&a=default&b=default&steps=5000');
  await expect(compare.fixedEpsilon('B')).not.toBeChecked();
  await expect(compare.setup).toContainText('Decays from 1 to 0.05 over 15,000 steps');

  await compare.fixedEpsilon('B').check();
  // Fixed at the rate the schedule settles on, until another is typed.
  await expect(compare.sideField('B', 'Exploration ε')).toHaveValue('0.05');
  await compare.sideField('B', 'Exploration ε').fill('0.2');
  await compare.apply();
  await expect(compare.differences).toHaveText('B differs: ε at the start 1 → 0.2 · ε after the decay 0.05 → 0.2 · ε decay steps 15,000 → 0');
  const fixedLink = '?page=compare&v=5&a=default&b=default&steps=5000&bepsilon=0.2';
  await expect.poll(() => new URL(page.url()).search).toBe(fixedLink);

  // Away to another page (both workers end), then back by the header's link: the same comparison, from step 0.
  await compare.headerLink('Play it yourself').click();
  await expect.poll(() => page.workers().length, { message: 'both training workers end' }).toBe(0);
  await compare.openFromHeader();
  await expect(compare.fixedEpsilon('B')).toBeChecked();
  await expect(compare.sideField('B', 'Exploration ε')).toHaveValue('0.2');
  await expect(compare.fixedEpsilon('A')).not.toBeChecked();
  await expect(compare.differences).toHaveText('B differs: ε at the start 1 → 0.2 · ε after the decay 0.05 → 0.2 · ε decay steps 15,000 → 0');
  await expect.poll(() => new URL(page.url()).search).toBe(fixedLink);
  expect(await compare.steps('B')).toBe(0);
  expect(page.workers()).toHaveLength(2);

  // The shared training seed cannot be the evaluation cohort's: refused where it is typed, with the reason.
  await compare.sharedField('Training seed').fill('2024');
  await expect(page.getByRole('alert').filter({ hasText: 'would make the training seed the evaluation seed' })).toBeVisible();
  await expect(compare.sharedField('Evaluation cohort seed')).toHaveValue('2024');
});

test('starting A and B pauses a training-page run and says so; Pause shows both sides paused', async ({ page }) => {
  test.setTimeout(240_000);
  const lab = new LabPage(page);
  await lab.open('?page=train');
  await lab.playButton.click();
  await expect.poll(() => lab.steps(), { timeout: 60_000, message: 'the training page trains' }).toBeGreaterThan(0);

  const compare = new ComparePage(page);
  await compare.openFromHeader();
  await expect(compare.trainingPageNotice).toHaveCount(0);
  await compare.playButton.click();
  await expect(compare.trainingPageNotice).toBeVisible();
  await expect.poll(() => compare.steps('A'), { timeout: 60_000, message: 'A trains' }).toBeGreaterThan(0);
  await expect.poll(() => compare.steps('B'), { timeout: 60_000, message: 'B trains' }).toBeGreaterThan(0);

  await compare.pauseButton.click();
  await expect(compare.playButton).toBeVisible();
  await expect(compare.status('A')).toHaveText('Paused', { timeout: 30_000 });
  await expect(compare.status('B')).toHaveText('Paused', { timeout: 30_000 });
  const paused = await compare.steps('A');
  await compare.trainingPageNotice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(compare.trainingPageNotice).toHaveCount(0);
  expect(await compare.steps('A')).toBe(paused);

  // The training page's run kept its state, paused.
  await compare.headerLink('Train the agent').click();
  await expect(lab.statusBanner).toContainText('Paused at step');
  expect(await lab.steps()).toBeGreaterThan(0);
});

test('a lesson pair opened by its button runs on its own budget and says what to notice; each side says its preset\'s lesson', async ({ page }) => {
  test.setTimeout(180_000);
  const compare = new ComparePage(page);
  // A short run of the gamma pair first: its lesson is shown, with a word that this run is not the one it was measured on.
  await compare.open(LINK);
  await expect(compare.lesson).toContainText('The most clicks are not the most return.');
  await expect(compare.lesson).toContainText('That was measured on the pair\'s own seeds over its budget of 60,000 steps');
  await expect(compare.presetLesson('A')).toContainText('With gamma = 0 the agent values only the next reward');

  await compare.lessonPair('Clicks-only vs shop reward (tabular)').click();
  await expect(compare.playButton).toBeEnabled({ timeout: 90_000 });
  await expect(compare.lessonPair('Clicks-only vs shop reward (tabular)')).toHaveAttribute('aria-pressed', 'true');
  await expect(compare.sharedField('Steps budget')).toHaveValue('2000000');
  for (const side of ['A', 'B'] as const) await expect(compare.stepCounter(side)).toHaveText('0 of 2,000,000');
  // Both sides train at the lecture pace unless fast-forward is chosen: the table's 2M steps take minutes, not seconds.
  await expect(compare.speed.locator('option:checked')).toHaveText(compare.words.lecturePace);
  await expect(compare.speed.locator('option')).toHaveText([compare.words.lecturePace, compare.words.fastForward]);
  await expect(compare.lesson).toContainText('A is rewarded for clicks alone, B with the shop\'s reward');
  await expect(compare.lesson).not.toContainText('That was measured');
  await expect(compare.presetLesson('A')).toContainText('When the reward counts clicks and ignores purchases');
  await expect(compare.presetLesson('B')).toContainText('The Q-learning formula itself on a small table');
  await expect.poll(() => new URL(page.url()).search).toBe('?page=compare&v=5&a=clicks-only&b=tabular');

  // The same pair by its link: the same budget.
  await compare.open('?page=compare&a=clicks-only&b=tabular');
  await expect(compare.sharedField('Steps budget')).toHaveValue('2000000');
  await expect(compare.lessonPair('Clicks-only vs shop reward (tabular)')).toHaveAttribute('aria-pressed', 'true');
});

test('after a short budget both sides read finished, with the click rate, the trust and the reference lines charted', async ({ page }) => {
  test.setTimeout(240_000);
  const compare = new ComparePage(page);
  await compare.open('?page=compare&a=myopic&b=default&steps=3000&evaluationInterval=1000&evaluationShoppers=100');
  await compare.playButton.click();
  for (const side of ['A', 'B'] as const) await expect(compare.status(side)).toHaveText('Finished: the steps budget is spent', { timeout: 180_000 });
  await expect(compare.playButton).toBeDisabled();
  // Both ran their whole budget (to the end of the last round of shoppers), to the same step.
  expect(await compare.steps('A')).toBeGreaterThanOrEqual(3000);
  expect(await compare.steps('B')).toBe(await compare.steps('A'));

  for (const title of ['Click rate', 'Trust at the end of a session']) {
    for (const line of [LINE_A, LINE_B]) await expect.poll(() => compare.drawnPoints(title, line), { timeout: 30_000, message: `${line} in ${title}` }).toBeGreaterThan(1);
  }
  // The reference policies' lines cross the plots of % of the oracle and of the return, each named with its score in the legend.
  for (const title of [PERCENT_CHART, 'Moving session return']) {
    await expect(compare.referenceLines(title)).toHaveCount(REFERENCES.length, { timeout: 30_000 });
    expect(await compare.legend(title)).toEqual(expect.arrayContaining(REFERENCES));
  }
  expect(await compare.legend(PERCENT_CHART)).toEqual(expect.arrayContaining(['DP oracle 100']));
  await expect(compare.chart('Loss')).toContainText('A far-sighted side predicts larger values');
});

test('in Chinese: a lesson pair\'s button brings its own budget and words, and a short run ends finished on both sides', async ({ page }) => {
  test.setTimeout(240_000);
  const compare = new ComparePage(page, COMPARE_WORDS.zh);
  const { ab, lab, play } = wordsOf('zh');
  await compare.open('?page=compare&lang=zh&a=myopic&b=default&steps=20000');
  await expect(compare.lesson).toContainText(ab.lessons.gamma);
  // The link's budget is not the pair's own: the lesson says under which budget it was measured.
  await expect(compare.lesson).toContainText(ab.lessonOffTerms('60,000'));

  await compare.lessonPair(ab.quickStarts.clicksOnly).click();
  await expect(compare.playButton).toBeEnabled({ timeout: 90_000 });
  const budget = compare.sharedField(lab.advanced.fieldLabels.totalSteps);
  await expect(budget).toHaveValue('2000000');
  for (const side of ['A', 'B'] as const) await expect(compare.stepCounter(side)).toHaveText(`0 ${ab.stepsOf('2,000,000')}`);
  await expect(compare.lesson).toContainText(ab.lessons.clicksOnly);
  await expect(compare.presetLesson('B')).toContainText(lab.presets.tabular.description);

  // A short budget for both, applied: the table is quick, and both sides end finished.
  await budget.fill('60000');
  await compare.apply();
  await expect(compare.lesson).toContainText(ab.lessonOffTerms('2,000,000'));
  // Fast-forward, chosen explicitly (the lecture pace would spread even this short budget over two minutes), says what it costs a class.
  await expect(compare.speed.locator('option:checked')).toHaveText(compare.words.lecturePace);
  await compare.speed.selectOption({ label: compare.words.fastForward });
  await expect(compare.page.getByText(lab.run.fastForwardNote)).toBeVisible();
  await compare.playButton.click();
  for (const side of ['A', 'B'] as const) await expect(compare.status(side)).toHaveText(ab.status.finished, { timeout: 120_000 });
  for (const line of [ab.line('A', lab.presets['clicks-only'].title), ab.line('B', lab.presets.tabular.title)]) {
    await expect.poll(() => compare.drawnPoints(ab.clickRateChart, line), { timeout: 30_000 }).toBeGreaterThan(1);
  }
  await expect(compare.referenceLines(ab.percentChart)).toHaveCount(REFERENCES.length, { timeout: 30_000 });
  const named = [play.policies.heuristic, play.policies['dp-oracle']].map((name) => expect.stringMatching(new RegExp(`^${escaped(name)} \\d`)));
  expect(await compare.legend(ab.percentChart)).toEqual(expect.arrayContaining(named));
});
