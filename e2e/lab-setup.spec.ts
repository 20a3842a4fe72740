// User stories for setting up a run on "Train the agent": the header's backend badge, a backend chosen by hand,
// an advanced field applied on reset, another agent (tabular, a reference policy), and epsilon back on its schedule.
import { expect, test } from '@playwright/test';
import { LabPage } from './pages/LabPage';

test('the header badge names the backend that trains, with the reason on hover and in its details', async ({ page }) => {
  const lab = new LabPage(page);
  await lab.open();
  const badge = lab.headerBackend;
  await expect(badge).toContainText(/Backend: (wasm|cpu|webgl)/);
  await expect(badge.locator('summary')).toHaveAttribute('title', /ms per update/);
  await expect(badge.getByText('chosen automatically')).toBeHidden();
  await badge.locator('summary').click();
  await expect(badge.getByText('chosen automatically')).toBeVisible();
  await expect(badge).toContainText(/fastest in a short trial/);
  // The badge and the panel beside the controls name the same backend.
  const name = (await badge.locator('.backend-badge__label').textContent())?.replace('Backend: ', '');
  await expect(lab.backend).toContainText(`Backend: ${name}`);
});

test('a student runs the lab on a backend they choose, it trains there, and its charts read out exact values', async ({ page }) => {
  test.setTimeout(90_000);
  const lab = new LabPage(page);
  await lab.open();
  await lab.chooseBackend('cpu');
  await expect(lab.headerBackend).toContainText('Backend: cpu');
  await expect(lab.backend).toContainText('chosen by you');
  await expect(lab.backend).toContainText('cpu: as chosen');
  await lab.playButton.click();
  await expect.poll(() => lab.steps(), { timeout: 30_000 }).toBeGreaterThan(200);
  await expect.poll(() => lab.chartPoints('Loss'), { timeout: 30_000 }).toBeGreaterThan(0);

  await lab.pauseButton.click();
  // Pointing at a chart reads out exact values at that step.
  const readout = await lab.pointAt('Loss', 0.5);
  await expect(readout).toContainText(/^Step [\d,]+/);
  await expect(readout).toContainText(/Loss: \d/);
  await lab.chooseBackend('auto');
  await expect(lab.backend).toContainText('chosen automatically');
  // auto measures again (on a loaded machine it may even pick cpu): the header gives the trial as the reason.
  await expect(lab.headerBackend.locator('summary')).toHaveAttribute('title', /fastest in a short trial/);
});

test('the advanced drawer applies a field on reset: a budget of 2,000 steps ends the run there', async ({ page }) => {
  test.setTimeout(90_000);
  const lab = new LabPage(page);
  await lab.open();
  await expect(lab.stepCounter).toContainText('of 150,000');
  await lab.applyAdvancedField('Step budget', '2000');
  await expect(lab.stepCounter).toContainText('of 2,000');
  await lab.playButton.click();
  await expect(lab.statusBanner).toContainText('Finished', { timeout: 45_000 });
  const steps = await lab.steps();
  // Every shopper steps together (32 by default), so the run stops within one tick past the budget.
  expect(steps).toBeGreaterThanOrEqual(2000);
  expect(steps).toBeLessThan(2000 + (await lab.parallelShoppers()));
  await expect(lab.playButton).toBeDisabled();
});

test('a student picks tabular Q-learning, then a reference policy, and each one trains a run', async ({ page }) => {
  test.setTimeout(120_000);
  const lab = new LabPage(page);
  await lab.open();
  await lab.chooseAgent('Tabular Q-learning');
  // No network to time: the lab says so rather than running a trial.
  await expect(lab.backend).toContainText('no neural network');
  await lab.playButton.click();
  await expect.poll(() => lab.chartPoints('Session return'), { timeout: 30_000 }).toBeGreaterThan(5);
  // It learns online (no loss to chart): its table's values show on the followed shopper, and it gets evaluated.
  await expect(lab.chart('Q-values of the followed shopper')).toContainText('One bar per item', { timeout: 30_000 });
  await expect.poll(() => lab.percent(), { timeout: 60_000, intervals: [1000] }).toBeGreaterThan(0);
  await expect(lab.chart('Loss')).toContainText('Tabular Q-learning updates its table on every step');

  await lab.chooseAgent('Reference: heuristic (knows true preferences)');
  await expect(lab.knobsPanel()).toContainText('A reference policy does not learn');
  expect(await lab.steps()).toBe(0);
  await lab.playButton.click();
  // Its greedy evaluation plays the same shoppers as the reference table's heuristic row.
  await expect.poll(() => lab.percent(), { timeout: 60_000, intervals: [1000] }).toBeGreaterThan(0);
  expect(Math.abs((await lab.percent()) - (await lab.referencePercent('Heuristic (knows true preferences)')))).toBeLessThanOrEqual(0.5);
  expect(await lab.chartPoints('Loss')).toBe(0);
  await expect(lab.chart('Q-values')).toContainText('A reference policy does not learn');
});

test('a fixed epsilon goes back onto the decay schedule mid-run, without a reset, and the charts mark it', async ({ page }) => {
  test.setTimeout(90_000);
  const lab = new LabPage(page);
  await lab.open();
  await lab.playButton.click();
  await expect.poll(() => lab.steps(), { timeout: 30_000 }).toBeGreaterThan(500);
  await lab.epsilonSlider.focus();
  for (let k = 0; k < 5; k++) await page.keyboard.press('Home');
  await expect(lab.knobChanges).toHaveCount(1, { timeout: 10_000 });
  await expect(lab.knobChanges.first()).toContainText(/ε [\d.]+ → 0$/);
  await expect(lab.fixedEpsilon).toBeChecked();
  await expect(lab.epsilonValue).toHaveText('0.00');

  await lab.decayEpsilon.check();
  await expect(lab.knobChanges).toHaveCount(2, { timeout: 10_000 });
  await expect(lab.knobChanges.nth(1)).toContainText(/ε 0 → decay schedule \([\d.]+ now\)/);
  // Past the default decay's 15,000 steps the schedule is at its end, 0.05; before, between 0.05 and 1.
  await expect.poll(async () => Number(await lab.epsilonValue.textContent()), { timeout: 10_000 }).toBeGreaterThanOrEqual(0.05);
  await expect(lab.chart('Exploration rate ε').locator('.knob-marker')).toHaveCount(2);
  expect(await lab.steps()).toBeGreaterThan(500);
});
