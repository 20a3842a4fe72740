// User story for comparing runs: a student trains gamma 0.99 and gamma 0 to the end of a short budget,
// finds both kept with gamma as what tells them apart, overlays both on the charts, and finds them after a reload.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { LabPage } from './pages/LabPage';
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

  // Run 1: the preset's gamma 0.99, to the end of its budget.
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
  await expect(runs.differs(FIRST)).toHaveText('γ 0.99');
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
    await expect(runs.legend(chart, legend).getByRole('listitem')).toHaveText([`${FIRST} · γ 0.99`, `${SECOND} · γ 0`]);
    // The chart's data table gives the kept runs' numbers too.
    await chart.getByText('Show the data as a table').click();
    const table = chart.getByRole('table');
    await expect(table.getByRole('columnheader', { name: `${FIRST} · γ 0.99` })).toBeVisible();
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
  await expect(runs.differs(FIRST)).toHaveText('γ 0.99');
  await expect(runs.differs(SECOND)).toHaveText('γ 0');
  // A kept run overlays a fresh page's charts before any training: an instructor's comparison needs no new run.
  await expect(lab.playButton).toBeEnabled({ timeout: 45_000 });
  await runs.overlayCheckbox(FIRST).check();
  await expect(runs.overlayPaths(lab.chart('Loss'))).toHaveCount(1);
  await expect(runs.overlayPaths(lab.chart('Session return'))).toHaveCount(1);
});
