// A background tab does not lose the run: training pauses while hidden when the user chose so, resumes on
// return, and by default keeps going.
import { expect, test, type Page } from '@playwright/test';
import { LabPage } from './pages/LabPage';

async function setVisibility(page: Page, state: 'hidden' | 'visible'): Promise<void> {
  await page.evaluate((visibility) => {
    Object.defineProperty(document, 'visibilityState', { value: visibility, configurable: true });
    Object.defineProperty(document, 'hidden', { value: visibility === 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  }, state);
}

test('training pauses while the tab is hidden when the user chose so, and resumes cleanly on return', async ({ page }) => {
  test.setTimeout(90_000);
  const lab = new LabPage(page);
  await lab.open();
  await page.getByLabel('When this tab is hidden').selectOption({ label: 'Pause, and resume when I return' });
  await lab.playButton.click();
  await expect.poll(() => lab.steps(), { timeout: 30_000 }).toBeGreaterThan(500);
  await setVisibility(page, 'hidden');
  await expect(lab.playButton).toBeVisible();
  const whileHidden = await lab.steps();
  // The page's own rate readout falls to 0 once the hidden tab's run has stopped: no step was taken meanwhile.
  await expect.poll(() => lab.rate(), { timeout: 10_000 }).toBe(0);
  expect(await lab.steps()).toBe(whileHidden);
  await setVisibility(page, 'visible');
  await expect(lab.pauseButton).toBeVisible();
  await expect.poll(() => lab.steps(), { timeout: 20_000 }).toBeGreaterThan(whileHidden);
  await expect(page.getByRole('group', { name: 'Run controls' }).getByRole('status')).toContainText('resumed when you came back');

  // The choice is kept for the next visit; "keep training" ignores the tab being hidden.
  await page.reload();
  await expect(page.getByLabel('When this tab is hidden')).toHaveValue('pause');
  await page.getByLabel('When this tab is hidden').selectOption({ label: 'Keep training' });
  await expect(lab.playButton).toBeEnabled({ timeout: 45_000 });
  await lab.playButton.click();
  await expect.poll(() => lab.steps(), { timeout: 30_000 }).toBeGreaterThan(300);
  await setVisibility(page, 'hidden');
  const before = await lab.steps();
  await expect.poll(() => lab.steps(), { timeout: 20_000 }).toBeGreaterThan(before);
  await expect(lab.pauseButton).toBeVisible();
});
