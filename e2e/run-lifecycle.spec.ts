// User stories of a run's life, in English and in Chinese: an instructor's run goes at a lecture's pace unless
// fast-forward is chosen; when its budget runs out the page says so, and a knob turned after the end offers to
// train on (which trains on) or to start anew; a digit key that replaces a running run can be undone; and a
// reload offers back the latest run by its preset and step, not the one it replaced.
import { expect, test } from '@playwright/test';
import { RunLifecyclePage, stepText } from './pages/RunLifecyclePage';

/** A short budget (a multiple of the 32 shoppers a round serves), evaluated on a small cohort. */
const BUDGET = 2048;
const SHORT_RUN = `?page=train&steps=${BUDGET}&evaluationShoppers=100`;

for (const language of ['en', 'zh'] as const) {
  test.describe(`in ${language}`, () => {
    test('the run goes at the lecture pace by default, and fast-forward is a choice that says what it does', async ({ page }) => {
      const lab = new RunLifecyclePage(page, language);
      await lab.open(SHORT_RUN);
      await expect(lab.speed.locator('option:checked')).toHaveText(lab.lectureSpeed());
      await expect(page.getByText(lab.words.lab.run.fastForwardNote)).toHaveCount(0);
      await lab.preset.selectOption({ label: lab.presetTitle('tabular') });
      await expect(lab.playButton).toBeEnabled({ timeout: 45_000 });
      // A preset keeps the pace the instructor chose.
      await expect(lab.speed.locator('option:checked')).toHaveText(lab.lectureSpeed());
      await lab.speed.selectOption({ label: lab.fastForward() });
      await expect(page.getByText(lab.words.lab.run.fastForwardNote)).toBeVisible();
      await lab.speed.selectOption({ label: lab.lectureSpeed() });
      await expect(page.getByText(lab.words.lab.run.fastForwardNote)).toHaveCount(0);
    });

    test('the end of the budget is said, and gamma turned after it offers to train on, which trains on', async ({ page }) => {
      test.setTimeout(180_000);
      const lab = new RunLifecyclePage(page, language);
      const { status, knobs, replaced } = lab.words.lab;
      await lab.open(SHORT_RUN);
      await lab.playButton.click();
      await lab.expectBudgetEnd(BUDGET);
      await expect(lab.budgetEnd).toContainText(status.finishedNext);
      await expect(lab.playButton).toBeDisabled();

      await lab.gammaSlider.focus();
      await page.keyboard.press('ArrowLeft');
      await expect(lab.budgetEnd).toContainText(status.knobsAfterEnd(knobs.discount));
      await lab.trainMoreButton(BUDGET).click();
      await expect.poll(() => lab.steps(), { timeout: 60_000 }).toBeGreaterThan(BUDGET);
      await lab.expectBudgetEnd(2 * BUDGET);
      expect(await lab.steps()).toBe(2 * BUDGET);
      // The link says the budget the run on screen has.
      await expect(page).toHaveURL(new RegExp(`[?&]steps=${2 * BUDGET}(&|$)`));

      // A new run instead: the finished one is put aside, and the new one starts at step 0.
      await lab.newRunButton.click();
      await expect(lab.replaced).toContainText(replaced.reset(lab.presetTitle('default'), stepText(2 * BUDGET)));
      await expect(lab.budgetEnd).toHaveCount(0);
      expect(await lab.steps()).toBe(0);
    });

    test('a digit key on a running run replaces it, and U brings it back where it was', async ({ page }) => {
      test.setTimeout(120_000);
      const lab = new RunLifecyclePage(page, language);
      const { replaced } = lab.words.lab;
      await lab.open('?page=train&steps=50000&evaluationShoppers=100');
      await lab.playButton.click();
      await expect.poll(() => lab.steps(), { timeout: 60_000 }).toBeGreaterThan(1000);
      await page.keyboard.press('2');
      await expect(lab.replaced).toBeVisible({ timeout: 45_000 });
      await expect(lab.preset.locator('option:checked')).toHaveText(lab.presetTitle('myopic'));
      expect(await lab.steps()).toBe(0);
      const notice = (await lab.replaced.textContent()) ?? '';

      await page.keyboard.press('u');
      await expect(lab.preset.locator('option:checked')).toHaveText(lab.presetTitle('default'), { timeout: 45_000 });
      await expect(lab.playButton).toBeEnabled({ timeout: 45_000 });
      const step = await lab.steps();
      expect(step).toBeGreaterThan(1000);
      // The notice named the run and the very step it comes back at, paused.
      expect(notice).toContain(replaced.preset(lab.presetTitle('default'), stepText(step)));
      // The myopic run had not trained: nothing else is put aside.
      await expect(lab.replaced).toHaveCount(0);
      await lab.playButton.click();
      await expect.poll(() => lab.steps(), { timeout: 30_000 }).toBeGreaterThan(step);
    });

    test('after a reload the offer names the latest run by its preset and step, and Resume restores it', async ({ page }) => {
      test.setTimeout(180_000);
      const lab = new RunLifecyclePage(page, language);
      await lab.open(SHORT_RUN);
      await lab.playButton.click();
      await lab.expectBudgetEnd(BUDGET);
      await expect.poll(() => lab.autosavedStep(), { timeout: 45_000 }).toBe(BUDGET);

      // The myopic preset, trained on: it is saved a few seconds after it starts, and the page is reloaded while it trains.
      await page.keyboard.press('2');
      await expect(lab.preset.locator('option:checked')).toHaveText(lab.presetTitle('myopic'), { timeout: 45_000 });
      await lab.playButton.click();
      await expect.poll(() => lab.autosavedStep(), { timeout: 60_000 }).toBeGreaterThan(0);
      const saved = await lab.autosavedStep();
      await page.reload();

      await expect(lab.offer).toBeVisible({ timeout: 45_000 });
      await expect(lab.offer).toContainText(`“${lab.presetTitle('myopic')}”`);
      const offer = (await lab.offer.textContent()) ?? '';
      await lab.offer.getByRole('button', { name: lab.words.files.offer.resume }).click();
      await expect(lab.offer).toHaveCount(0, { timeout: 45_000 });
      await expect(lab.preset.locator('option:checked')).toHaveText(lab.presetTitle('myopic'));
      const resumed = await lab.steps();
      expect(resumed).toBeGreaterThanOrEqual(saved);
      expect(offer).toContain(stepText(resumed));
    });
  });
}
