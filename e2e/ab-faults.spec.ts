// A compare side survives its worker dying, as the training page's run does: the page restarts that side's
// worker, which resumes the run the side's worker kept in the browser's store, says so on the side's card, and
// both sides train on.
import { expect, test } from '@playwright/test';
import { ComparePage } from './pages/ComparePage';

// At the lecture pace (never above 500 steps per second), a budget that lasts minutes: the run is still going when
// the worker dies and long after its restart.
const LINK = '?page=compare&a=myopic&b=default&steps=100000';
/** Environment steps B has taken when at least 14 s of training have passed (500 steps/s at most): past a save of its run (every 5 s). */
const PAST_A_SAVE = 7000;

test('B\'s training worker dies mid-comparison: the page restarts it from the run it kept and both sides train on', async ({ page }) => {
  test.setTimeout(180_000);
  const compare = new ComparePage(page);
  await compare.open(LINK);
  await compare.playButton.click();
  // Each side's worker keeps its run in the browser's store every five seconds of training.
  await expect.poll(() => compare.steps('B'), { timeout: 90_000, message: 'B trains past a save' }).toBeGreaterThan(PAST_A_SAVE);
  const stepsAtClose = await compare.steps('B');
  await compare.closeWorker('B');

  const notice = compare.recoveryNotice('B');
  await expect(notice).toContainText("B's training worker stopped", { timeout: 40_000 });
  await expect(notice).toContainText(/restarted it from the checkpoint at step [\d,]+/);
  const checkpointStep = Number((await notice.innerText()).match(/checkpoint at step ([\d,]+)/)?.[1].replaceAll(',', ''));
  expect(checkpointStep).toBeGreaterThan(0);
  expect(checkpointStep).toBeLessThanOrEqual(stepsAtClose);
  // The side went back no further than that checkpoint, and trains on from there.
  const stepsAfterRestart = await compare.steps('B');
  expect(stepsAfterRestart).toBeGreaterThanOrEqual(checkpointStep);
  await expect(compare.pauseButton).toBeVisible();
  await expect.poll(() => compare.steps('B'), { timeout: 60_000, message: 'B trains on after its restart' }).toBeGreaterThan(stepsAfterRestart + 500);
  await expect.poll(() => compare.steps('A'), { timeout: 60_000, message: 'A trains on' }).toBeGreaterThan(stepsAtClose);
  await expect(compare.status('B')).not.toContainText('stopped');
  expect(page.workers()).toHaveLength(2);

  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
});
