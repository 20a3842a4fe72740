// User stories for the lab's words, in each language the lab speaks: the advanced settings labelled in words
// (schema names stay in the link, and no label is the other language's), a knob change's marker reading
// "γ 0.999 → 0" on the chart, on hover and in the data table, a fixed epsilon linked as the slider's value, and
// kept runs told apart by labelled settings, with dates that read one way only.
import { expect, test } from '@playwright/test';
import { DEFAULT_LAB_CONFIG, applyPatch } from '../src/contracts/lab-config';
import { CONFIG_SCHEMA } from '../src/preset/schema';
import { keptRunFixture } from '../src/testing/kept-run-fixture';
import { formatDateTime } from '../src/ui/i18n/language';
import { drawerSections } from '../src/ui/lab/advanced-fields';
import { LabPage } from './pages/LabPage';
import { LANGUAGES, wordsOf } from './pages/language';
import { RunsPanel } from './pages/RunsPanel';

const DRAWER_FIELDS = drawerSections(CONFIG_SCHEMA).flatMap((section) => section.fields);
type FieldName = keyof ReturnType<typeof wordsOf>['lab']['advanced']['fieldLabels'];

for (const language of LANGUAGES) {
  test(`the advanced settings name every field in words, and the link keeps the schema names (${language})`, async ({ page }) => {
    const lab = new LabPage(page, language);
    const { fieldLabels, fieldValues, fieldChoices, fields } = lab.words.lab.advanced;
    const otherLabels = wordsOf(language === 'en' ? 'zh' : 'en').lab.advanced.fieldLabels;
    await lab.open();
    await lab.openAdvanced();
    for (const entry of DRAWER_FIELDS) await expect(lab.advancedDrawer.getByLabel(fieldLabels[entry.name as FieldName], { exact: true }), entry.name).toHaveCount(1);
    const shown = await lab.advancedDrawer.innerText();
    for (const entry of CONFIG_SCHEMA) if (/[A-Z]/.test(entry.name)) expect(shown, entry.name).not.toContain(entry.name);
    // Every label is this language's: none is the other language's (the help may name Double DQN or Adam in either).
    const labels = await lab.advancedDrawer.locator('label').allInnerTexts();
    expect(labels).toHaveLength(DRAWER_FIELDS.length);
    for (const entry of DRAWER_FIELDS) expect(labels).not.toContain(otherLabels[entry.name as FieldName]);
    // Values in words too: the target network is copied every 125 updates, the optimizer is Adam.
    await expect(lab.advancedDrawer.getByLabel(fieldLabels.targetUpdate, { exact: true }).locator('option:checked')).toHaveText(fieldValues.copiedEvery('125'));
    await expect(lab.advancedDrawer.getByLabel(fieldLabels.optimizer, { exact: true }).locator('option:checked')).toHaveText(fieldChoices.adam);
    await expect(lab.advancedDrawer.getByText(fields.gradientClipNorm, { exact: true })).toBeVisible();

    await lab.advancedDrawer.getByLabel(fieldLabels.hiddenWidth, { exact: true }).fill('32');
    await expect(page).toHaveURL(/hiddenWidth=32/);
  });

  test(`a knob turned mid-run is marked "γ 0.999 → 0" on the charts, on hover and in the data table; a fixed epsilon links as the slider shows it (${language})`, async ({ page }) => {
    test.setTimeout(120_000);
    const lab = new LabPage(page, language);
    const { charts } = lab.words;
    await lab.open('?page=train&evaluationShoppers=100');
    await lab.playButton.click();
    await expect.poll(() => lab.steps(), { timeout: 45_000 }).toBeGreaterThan(300);
    await lab.pauseButton.click();
    await expect(lab.playButton).toBeVisible();

    await lab.gammaSlider.focus();
    await page.keyboard.press('Home');
    const change = charts.knobChange('γ', '0.999', '0');
    await expect(lab.knobChanges).toHaveCount(1, { timeout: 10_000 });
    await expect(lab.knobChanges.first()).toContainText(change);
    const chart = charts.exploration.title;
    await expect(lab.chart(chart).getByText(change, { exact: true })).toBeVisible();
    const readout = await lab.pointAtMarker(chart, change);
    await expect(readout).toContainText(change);
    await page.mouse.move(0, 0);
    const table = await lab.dataTable(chart);
    await expect(table.getByRole('columnheader', { name: charts.knobChangeColumn })).toBeVisible();
    await expect(table.getByRole('cell', { name: change, exact: true })).toHaveCount(1);

    // Fixed mid-decay: epsilon is fixed at the slider's step, so the link holds the value on screen, not 0.9812…
    await lab.fixedEpsilon.check();
    const shown = (await lab.epsilonValue.textContent()) ?? '';
    expect(shown).toMatch(/^0\.\d\d$/);
    await expect(page).toHaveURL(new RegExp(`epsilon=${Number(shown)}(&|$)`));
  });
}

test.describe('kept runs', () => {
  test.use({ timezoneId: 'UTC' });

  for (const language of LANGUAGES) {
    test(`kept runs are told apart by a labelled setting, and end on a date that reads one way only (${language})`, async ({ page }) => {
      const lab = new LabPage(page, language);
      const runs = new RunsPanel(page, language);
      const { runs: words, lab: labWords } = lab.words;
      const steps = [0, 800, 1600];
      const ended = [Date.UTC(2026, 11, 3, 9, 41), Date.UTC(2026, 11, 4, 9, 41)];
      const kept = [150_000, 20_000].map((totalSteps, index) =>
        keptRunFixture({
          id: `budget-${index + 1}`,
          number: index + 1,
          endedAt: ended[index],
          config: applyPatch(DEFAULT_LAB_CONFIG, { training: { totalSteps } }),
          returns: { steps, values: [1, 2, 3 + index] },
          loss: { steps, values: [0.3, 0.2, 0.1] },
        }),
      );
      await page.goto('/');
      await runs.store(kept.reverse());
      await lab.open();
      const [first, second] = [1, 2].map((number) => words.runName(labWords.presets.default.title, number));
      const [budget150, budget20] = ['150,000', '20,000'].map((steps) => `${labWords.advanced.fieldLabels.totalSteps} ${steps}`);
      await expect(runs.row(first)).toContainText(budget150);
      await expect(runs.row(second)).toContainText(budget20);
      // "3 Dec 2026, 09:41" in English, "2026年12月3日 09:41" in Chinese: the month by name, never 03/12.
      await expect(runs.row(first).locator('time')).toHaveText(formatDateTime(ended[0], language, 'UTC'));
      await expect(runs.row(second).locator('time')).toHaveText(formatDateTime(ended[1], language, 'UTC'));
      expect(formatDateTime(ended[0], language, 'UTC')).not.toMatch(/\b0?3\/12\b|\b12\/0?3\b/);

      await runs.overlayCheckbox(first).check();
      await runs.overlayCheckbox(second).check();
      const returns = lab.chart(lab.words.charts.sessionReturn.title);
      const legend = runs.legend(returns, words.returnLegend);
      await expect(legend.getByRole('listitem')).toHaveText([`${first} · ${budget150}`, `${second} · ${budget20}`]);
      await expect(returns).not.toContainText('totalSteps');
    });
  }
});
