// User stories for comparing runs: a student trains gamma 0.999 (the default) and gamma 0 to the end of a short budget,
// finds both kept with gamma as what tells them apart, overlays both on the charts, and finds them after a
// reload; deletes one run, then all; meets the limit of four overlays; and reads the overlaid runs' values
// by pointing at a chart, in English and in Chinese. The last three start from runs stored in the browser.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { DEFAULT_LAB_CONFIG, applyPatch } from '../src/contracts/lab-config';
import { keptRunFixture } from '../src/testing/kept-run-fixture';
import type { KeptRun } from '../src/store/kept-runs';
import { LabPage } from './pages/LabPage';
import { escaped } from './pages/language';
import { RunsPanel } from './pages/RunsPanel';

/** Small enough to finish in seconds, past the 1,000 transitions the DQN waits for before its first update;
 * a multiple of the 32 shoppers a round serves, so the run ends on it exactly. */
const BUDGET = 1600;
const FIRST = 'Far-sighted DQN #1';
const SECOND = 'Far-sighted DQN #2';

test('a student keeps two runs that differ in gamma, overlays them, and finds them after a reload', async ({ page }) => {
  test.setTimeout(180_000);
  const lab = new LabPage(page);
  const runs = new RunsPanel(page);
  // A small evaluation cohort: the one greedy evaluation, at the end, is quick too.
  await lab.open(`?page=train&steps=${BUDGET}&evaluationShoppers=100`);
  await expect(runs.panel).toContainText('No run kept yet');

  // Run 1: the preset's gamma 0.999, to the end of its budget.
  await lab.playButton.click();
  await expect(runs.rows).toHaveCount(1, { timeout: 90_000 });
  await expect(runs.row(FIRST)).toContainText('finished');
  await expect(runs.row(FIRST)).toContainText(`at step ${BUDGET.toLocaleString('en-US')}`);
  await expect(runs.row(FIRST)).toContainText(/\d+\.\d% of oracle/);

  // Run 2: reset, gamma down to 0 before the first step, then train it to the end too.
  await lab.resetButton.click();
  await expect(lab.playButton).toBeEnabled({ timeout: 45_000 });
  await lab.gammaSlider.focus();
  await page.keyboard.press('Home');
  await expect(lab.knobChanges).toHaveCount(1, { timeout: 10_000 });
  await lab.playButton.click();
  await expect(runs.rows).toHaveCount(2, { timeout: 90_000 });

  // Newest first, each named by preset and number, gamma the one setting in which they differ.
  await expect(runs.rows.first().getByRole('rowheader')).toHaveText(SECOND);
  await expect(runs.differs(FIRST)).toHaveText('γ 0.999');
  await expect(runs.differs(SECOND)).toHaveText('γ 0');

  // Overlay both (one with the keyboard): each chart draws one path per run and names both in its legend.
  await runs.overlayCheckbox(FIRST).check();
  await runs.overlayCheckbox(SECOND).focus();
  await page.keyboard.press('Space');
  await expect(runs.overlayCheckbox(SECOND)).toBeChecked();
  for (const [title, legend] of [
    ['Session return', 'Kept runs (moving average)'],
    ['Loss', 'Kept runs'],
  ]) {
    const chart = lab.chart(title);
    const paths = runs.overlayPaths(chart);
    await expect(paths).toHaveCount(2);
    for (const path of await paths.all()) expect((await path.getAttribute('d'))?.length ?? 0).toBeGreaterThan(20);
    // Two colours, two dash patterns: the runs stay apart without colour too.
    const strokes = await paths.evaluateAll((elements) => elements.map((element) => `${element.getAttribute('stroke')} ${element.getAttribute('stroke-dasharray')}`));
    expect(new Set(strokes).size).toBe(2);
    await expect(runs.legend(chart, legend).getByRole('listitem')).toHaveText([`${FIRST} · γ 0.999`, `${SECOND} · γ 0`]);
    // The chart's data table gives the kept runs' numbers too.
    await chart.getByText('Show the data as a table').click();
    const table = chart.getByRole('table');
    await expect(table.getByRole('columnheader', { name: `${FIRST} · γ 0.999` })).toBeVisible();
    await expect(table.getByRole('columnheader', { name: `${SECOND} · γ 0` })).toBeVisible();
    await chart.getByText('Show the data as a table').click();
  }

  // The panel and the legends pass axe with runs listed and overlaid.
  const axe = await new AxeBuilder({ page }).include('.runs-panel').include('.overlay-legend').analyze();
  expect(axe.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => `${violation.id} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);

  // Unticking takes a run off the charts.
  await runs.overlayCheckbox(FIRST).uncheck();
  await expect(runs.overlayPaths(lab.chart('Loss'))).toHaveCount(1);

  // After a reload both runs are still listed, as they were.
  await page.reload();
  await expect(lab.heading).toBeVisible({ timeout: 30_000 });
  await expect(runs.rows).toHaveCount(2, { timeout: 20_000 });
  await expect(runs.differs(FIRST)).toHaveText('γ 0.999');
  await expect(runs.differs(SECOND)).toHaveText('γ 0');
  // A kept run overlays a fresh page's charts before any training: an instructor's comparison needs no new run.
  await expect(lab.playButton).toBeEnabled({ timeout: 45_000 });
  await runs.overlayCheckbox(FIRST).check();
  await expect(runs.overlayPaths(lab.chart('Loss'))).toHaveCount(1);
  await expect(runs.overlayPaths(lab.chart('Session return'))).toHaveCount(1);
});

/** The gamma of each stored run, in the order they were kept: one setting tells them apart. */
const STORED_GAMMAS = [0.99, 0.9, 0.5, 0.2, 0];

/**
 * Runs kept earlier, newest first: run k ended k minutes after noon and has curves over 0 to BUDGET steps,
 * its return rising from k to k + 2 and its loss falling from k / 10 to k / 100.
 */
function storedRuns(count: number): KeptRun[] {
  const runs = Array.from({ length: count }, (_, index) => {
    const number = index + 1;
    const steps = [0, BUDGET / 2, BUDGET];
    return keptRunFixture({
      id: `stored-${number}`,
      number,
      startedAt: Date.UTC(2026, 10, 20, 11, 50 + number),
      endedAt: Date.UTC(2026, 10, 20, 12, number),
      config: applyPatch(DEFAULT_LAB_CONFIG, { dqn: { discount: STORED_GAMMAS[index] } }),
      step: BUDGET,
      totalSteps: BUDGET,
      evaluation: { step: BUDGET, percentOfOracle: 50 + number },
      returns: { steps, values: [number, number + 1, number + 2] },
      loss: { steps, values: [number / 10, number / 20, number / 100] },
    });
  });
  return runs.reverse();
}

/** Opens the training page on a browser that kept these runs, and waits for the lab to start (the kept runs' panel loads then). */
async function openWithStoredRuns(page: Page, runs: readonly KeptRun[], search = '?page=train'): Promise<void> {
  await page.goto('/');
  await new RunsPanel(page).store(runs);
  await page.goto(`/${search}`);
  await expect(new LabPage(page).playButton).toBeEnabled({ timeout: 45_000 });
}

const stored = (number: number) => `Far-sighted DQN #${number}`;

test('a student deletes one kept run, then all of them, and they stay deleted after a reload', async ({ page }) => {
  const lab = new LabPage(page);
  const runs = new RunsPanel(page);
  await openWithStoredRuns(page, storedRuns(3));
  await expect(runs.rows.getByRole('rowheader')).toHaveText([stored(3), stored(2), stored(1)]);
  await expect(lab.playButton).toBeEnabled({ timeout: 45_000 });

  // An overlaid run that is deleted leaves the charts too.
  await runs.overlayCheckbox(stored(2)).check();
  await expect(runs.overlayPaths(lab.chart('Loss'))).toHaveCount(1);
  await runs.removeButton(stored(2)).click();
  await expect(runs.rows.getByRole('rowheader')).toHaveText([stored(3), stored(1)]);
  await expect(runs.overlayPaths(lab.chart('Loss'))).toHaveCount(0);
  await page.reload();
  await expect(lab.playButton).toBeEnabled({ timeout: 45_000 });
  await expect(runs.rows.getByRole('rowheader')).toHaveText([stored(3), stored(1)]);

  // Deleting them all asks first; cancelling keeps them.
  await runs.clearButton.click();
  await expect(runs.confirmClearButton(2)).toBeFocused();
  await runs.cancelClearButton.click();
  await expect(runs.rows).toHaveCount(2);
  await runs.clearButton.click();
  await runs.confirmClearButton(2).click();
  await expect(runs.empty).toBeVisible();
  await expect(runs.table).toHaveCount(0);
  await page.reload();
  await expect(lab.playButton).toBeEnabled({ timeout: 45_000 });
  await expect(runs.empty).toBeVisible();
  await expect(runs.table).toHaveCount(0);
});

test('a fifth run cannot be overlaid while four are: its checkbox is disabled and the panel says why', async ({ page }) => {
  const lab = new LabPage(page);
  const runs = new RunsPanel(page);
  await openWithStoredRuns(page, storedRuns(5));
  await expect(runs.rows).toHaveCount(5);
  await expect(lab.playButton).toBeEnabled({ timeout: 45_000 });
  for (const number of [1, 2, 3, 4]) await runs.overlayCheckbox(stored(number)).check();
  await expect(runs.overlayPaths(lab.chart('Session return'))).toHaveCount(4);

  const fifth = runs.overlayCheckbox(stored(5));
  await expect(fifth).toBeDisabled();
  await expect(fifth).not.toBeChecked();
  await expect(runs.overlayFull).toBeVisible();
  // The reason is the disabled checkbox's description, so a screen reader says it on the checkbox too.
  await expect(fifth).toHaveAccessibleDescription('Four runs are overlaid already: untick one to overlay another.');
  await expect(runs.overlayCheckbox(stored(1))).toBeEnabled();

  // Unticking one frees a slot: the fifth can be overlaid, in the freed slot's colour, and the reason goes.
  const loss = lab.chart('Loss');
  const before = await runs.swatches(runs.legend(loss, 'Kept runs'));
  await runs.overlayCheckbox(stored(2)).uncheck();
  await expect(runs.overlayFull).toHaveCount(0);
  await fifth.check();
  await expect(runs.overlayPaths(loss)).toHaveCount(4);
  await expect(runs.legend(loss, 'Kept runs').getByRole('listitem')).toHaveText([`${stored(1)} · γ 0.99`, `${stored(5)} · γ 0`, `${stored(3)} · γ 0.5`, `${stored(4)} · γ 0.2`]);
  expect(await runs.swatches(runs.legend(loss, 'Kept runs'))).toEqual(before);
  await expect(runs.overlayCheckbox(stored(2))).toBeDisabled();
});

test("pointing at a chart reads out each overlaid run's nearest point, by number, with its legend's colour and dash", async ({ page }) => {
  const lab = new LabPage(page);
  const runs = new RunsPanel(page);
  await openWithStoredRuns(page, storedRuns(2));
  await expect(lab.playButton).toBeEnabled({ timeout: 45_000 });
  await runs.overlayCheckbox(stored(1)).check();
  await runs.overlayCheckbox(stored(2)).check();

  // Near the first step each run reads its first point; past its end, its last, saying at which step.
  let readout = await lab.pointAt('Session return', 0.01);
  await expect(readout).toContainText('#1 · γ 0.99: 1');
  await expect(readout).toContainText('#2 · γ 0.9: 2');
  readout = await lab.pointAt('Session return', 0.99);
  await expect(readout).toContainText('#1 · γ 0.99: 3 (step 1,600)');
  await expect(readout).toContainText('#2 · γ 0.9: 4 (step 1,600)');
  const returns = lab.chart('Session return');
  expect(await runs.swatches(readout)).toEqual(await runs.swatches(runs.legend(returns, 'Kept runs (moving average)')));
  expect(new Set(await runs.swatches(readout)).size).toBe(2);

  readout = await lab.pointAt('Loss', 0.99);
  await expect(readout).toContainText('#1 · γ 0.99: 0.01 (step 1,600)');
  await expect(readout).toContainText('#2 · γ 0.9: 0.02 (step 1,600)');
  await page.mouse.move(0, 0);
  await expect(readout).toHaveCount(0);
});

test('a Chinese page reads out the overlaid runs in Chinese, by number and what tells them apart', async ({ page }) => {
  // Two runs apart in Double DQN alone: the setting is labelled and its value worded (是 / 否).
  const apart = storedRuns(2).map((run) => ({ ...run, config: applyPatch(DEFAULT_LAB_CONFIG, { dqn: { doubleDqn: run.number === 2 } }) }));
  await page.goto('/');
  const lab = new LabPage(page, 'zh');
  const runs = new RunsPanel(page, 'zh');
  const { runs: words, lab: labWords, charts } = lab.words;
  await runs.store(apart);
  await lab.open();
  const [first, second] = [1, 2].map((number) => words.runName(labWords.presets.default.title, number));
  await runs.overlayCheckbox(first).check();
  await runs.overlayCheckbox(second).check();
  const returns = lab.chart(charts.sessionReturn.title);
  const legend = runs.legend(returns, words.returnLegend);
  const { fieldLabels, fieldValues } = labWords.advanced;
  const [without, withDouble] = [fieldValues.no, fieldValues.yes].map((value) => `${fieldLabels.doubleDqn} ${value}`);
  await expect(legend.getByRole('listitem')).toHaveText([`${first} · ${without}`, `${second} · ${withDouble}`]);
  // Point near the plot's right end, past both runs' last step.
  const readout = await lab.pointAt(charts.sessionReturn.title, 0.99);
  await expect(readout).toContainText(new RegExp(`^${escaped(charts.readoutStep('§')).replace('§', '[\\d,]+')}`));
  await expect(readout).toContainText(`${words.runNumber(1)} · ${without}: 3${charts.readoutPointStep('1,600')}`);
  await expect(readout).toContainText(`${words.runNumber(2)} · ${withDouble}: 4${charts.readoutPointStep('1,600')}`);
  expect(await runs.swatches(readout)).toEqual(await runs.swatches(legend));
});
