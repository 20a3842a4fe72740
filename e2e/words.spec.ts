// User stories for the lab's words: the advanced settings labelled in words (schema names stay in the link),
// a knob change's marker reading "γ 0.99 → 0" on the chart, on hover and in the data table, a fixed epsilon
// linked as the slider's value, and kept runs told apart by labelled settings, with dates that read one way only.
import { expect, test } from '@playwright/test';
import { DEFAULT_LAB_CONFIG, applyPatch } from '../src/engine/lab-config';
import { CONFIG_SCHEMA } from '../src/preset/schema';
import { keptRunFixture } from '../src/testing/kept-run-fixture';
import { fieldLabels } from '../src/ui/i18n/en/lab-fields';
import { drawerSections } from '../src/ui/lab/advanced-fields';
import { LabPage } from './pages/LabPage';
import { RunsPanel } from './pages/RunsPanel';

const DRAWER_FIELDS = drawerSections(CONFIG_SCHEMA).flatMap((section) => section.fields);

test('the advanced settings name every field in words, and the link keeps the schema names', async ({ page }) => {
  const lab = new LabPage(page);
  await lab.open();
  await lab.advancedDrawer.locator('summary').click();
  for (const entry of DRAWER_FIELDS) await expect(lab.advancedDrawer.getByLabel(fieldLabels[entry.name as keyof typeof fieldLabels], { exact: true }), entry.name).toHaveCount(1);
  const shown = await lab.advancedDrawer.innerText();
  for (const entry of CONFIG_SCHEMA) if (/[A-Z]/.test(entry.name)) expect(shown, entry.name).not.toContain(entry.name);
  // Values in words too: the target network is copied every 125 updates, the optimizer is Adam.
  await expect(lab.advancedDrawer.getByLabel('Target network', { exact: true }).locator('option:checked')).toHaveText('copied every 125 updates');
  await expect(lab.advancedDrawer.getByLabel('Gradient optimizer', { exact: true }).locator('option:checked')).toHaveText('Adam');
  const clipping = lab.advancedDrawer.locator('.advanced__field', { has: page.getByLabel('Gradient clipping norm', { exact: true }) });
  await expect(clipping).toContainText('Largest global L2 norm of the gradient');

  await lab.advancedDrawer.getByLabel('Hidden layer width', { exact: true }).fill('32');
  await expect(page).toHaveURL(/hiddenWidth=32/);
});

test('a knob turned mid-run is marked "γ 0.99 → 0" on the charts, on hover and in the data table; a fixed epsilon links as the slider shows it', async ({ page }) => {
  test.setTimeout(120_000);
  const lab = new LabPage(page);
  await lab.open('?page=train&evaluationShoppers=100');
  await lab.playButton.click();
  await expect.poll(() => lab.steps(), { timeout: 45_000 }).toBeGreaterThan(300);
  await lab.pauseButton.click();
  await expect(lab.playButton).toBeVisible();

  await lab.gammaSlider.focus();
  await page.keyboard.press('Home');
  await expect(lab.knobChanges).toHaveCount(1, { timeout: 10_000 });
  await expect(lab.knobChanges.first()).toContainText('γ 0.99 → 0');
  const chart = 'Exploration rate ε';
  await expect(lab.chart(chart).getByText('γ 0.99 → 0', { exact: true })).toBeVisible();
  const readout = await lab.pointAtMarker(chart);
  await expect(readout).toContainText('γ 0.99 → 0');
  await page.mouse.move(0, 0);
  const table = await lab.dataTable(chart);
  await expect(table.getByRole('columnheader', { name: 'Knob change' })).toBeVisible();
  await expect(table.getByRole('cell', { name: 'γ 0.99 → 0', exact: true })).toHaveCount(1);

  // Fixed mid-decay: epsilon is fixed at the slider's step, so the link holds the value on screen, not 0.9812…
  await lab.fixedEpsilon.check();
  const shown = (await lab.epsilonValue.textContent()) ?? '';
  expect(shown).toMatch(/^0\.\d\d$/);
  await expect(page).toHaveURL(new RegExp(`epsilon=${Number(shown)}(&|$)`));
});

test.describe('kept runs', () => {
  test.use({ timezoneId: 'UTC' });

  test('kept runs are told apart by a labelled setting, and end on a date that reads one way only', async ({ page }) => {
    const lab = new LabPage(page);
    const runs = new RunsPanel(page);
    const steps = [0, 800, 1600];
    const kept = [150_000, 20_000].map((totalSteps, index) =>
      keptRunFixture({
        id: `budget-${index + 1}`,
        number: index + 1,
        endedAt: Date.UTC(2026, 11, 3 + index, 9, 41),
        config: applyPatch(DEFAULT_LAB_CONFIG, { training: { totalSteps } }),
        returns: { steps, values: [1, 2, 3 + index] },
        loss: { steps, values: [0.3, 0.2, 0.1] },
      }),
    );
    await page.goto('/');
    await runs.store(kept.reverse());
    await lab.open();
    await expect(runs.row('Far-sighted DQN #1')).toContainText('Step budget 150,000');
    await expect(runs.row('Far-sighted DQN #2')).toContainText('Step budget 20,000');
    await expect(runs.row('Far-sighted DQN #1').locator('time')).toHaveText('3 Dec 2026, 09:41');
    await expect(runs.row('Far-sighted DQN #2').locator('time')).toHaveText('4 Dec 2026, 09:41');

    await runs.overlayCheckbox('Far-sighted DQN #1').check();
    await runs.overlayCheckbox('Far-sighted DQN #2').check();
    const legend = lab.chart('Session return').getByRole('list', { name: 'Kept runs (moving average)' });
    await expect(legend.getByRole('listitem')).toHaveText(['Far-sighted DQN #1 · Step budget 150,000', 'Far-sighted DQN #2 · Step budget 20,000']);
    await expect(lab.chart('Session return')).not.toContainText('totalSteps');
  });
});
