// Faults survived with nothing lost: a WebGL context lost in the middle of training.
import { expect, test } from '@playwright/test';
import { FilesPanel } from './pages/FilesPanel';
import { LabPage } from './pages/LabPage';

test('a WebGL context lost mid-training: the lab restores the last weights on another backend, keeps the charts and continues', async ({ page }) => {
  test.setTimeout(150_000);
  const lab = new LabPage(page);
  await lab.open('?page=train&backend=webgl');
  await expect(lab.backend).toContainText(/Backend: webgl/, { timeout: 30_000 });
  await lab.playButton.click();
  await expect.poll(() => lab.chartPoints('Loss'), { timeout: 90_000 }).toBeGreaterThan(3);
  const pointsBefore = await lab.chartPoints('Session return');
  const [worker] = page.workers();
  // tfjs keeps its engine on the worker's global object; its WebGL backend owns the context.
  const lost = await worker.evaluate(() => {
    const engine = (self as unknown as { _tfengine: { backend: { gpgpu?: { gl: WebGL2RenderingContext } } } })._tfengine;
    const extension = engine.backend.gpgpu?.gl.getExtension('WEBGL_lose_context');
    extension?.loseContext();
    return Boolean(extension);
  });
  expect(lost).toBe(true);
  const notice = page.getByRole('alert', { name: 'The lab recovered' });
  await expect(notice).toContainText('The WebGL context was lost', { timeout: 30_000 });
  await expect(notice).toContainText(/continues on (wasm|cpu)/);
  await expect(lab.backend).toContainText(/Backend: (wasm|cpu)/);
  await expect(lab.pauseButton).toBeVisible();
  const stepsAfter = await lab.steps();
  await expect.poll(() => lab.steps(), { timeout: 30_000 }).toBeGreaterThan(stepsAfter + 500);
  expect(await lab.chartPoints('Session return')).toBeGreaterThanOrEqual(pointsBefore);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
});

test('the training worker dies mid-training: the lab restarts it from the last checkpoint and says so', async ({ page }) => {
  test.setTimeout(150_000);
  const lab = new LabPage(page);
  await lab.open();
  await lab.playButton.click();
  await expect.poll(() => lab.steps(), { timeout: 60_000 }).toBeGreaterThan(3000);
  // The page pulls the worker's last good state every few seconds of training: count the pulls that reach
  // the worker from here on, so that the state the page holds was saved past the start of the run.
  const [worker] = page.workers();
  await worker.evaluate(() => {
    const counted = self as unknown as { checkpointPulls: number };
    counted.checkpointPulls = 0;
    self.addEventListener('message', (event: MessageEvent) => {
      const path: unknown = (event.data as { path?: unknown } | null)?.path;
      if (Array.isArray(path) && path.some((name) => /checkpoint/i.test(String(name)))) counted.checkpointPulls += 1;
    });
  });
  await expect.poll(() => worker.evaluate(() => (self as unknown as { checkpointPulls: number }).checkpointPulls), { timeout: 30_000 }).toBeGreaterThan(0);
  // The worker answers a pull before it sends its next metrics: once the counter moves on, the page holds the answer.
  const stepsAtPull = await lab.steps();
  await expect.poll(() => lab.steps(), { timeout: 10_000 }).toBeGreaterThan(stepsAtPull);
  const pointsBefore = await lab.chartPoints('Session return');
  await worker.evaluate(() => self.close());
  const notice = page.getByRole('alert', { name: 'The lab recovered' });
  await expect(notice).toContainText('The training worker stopped', { timeout: 40_000 });
  await expect(notice).toContainText(/restarted it from the checkpoint at step [\d,]+/);
  const [lostAt, checkpointStep] = ((await notice.textContent())?.match(/at step ([\d,]+)\..*checkpoint at step ([\d,]+)/) ?? [])
    .slice(1)
    .map((text) => Number(text.replaceAll(',', '')));
  expect(checkpointStep).toBeGreaterThan(0);
  expect(checkpointStep).toBeLessThanOrEqual(lostAt);
  await expect(lab.pauseButton).toBeVisible();
  const stepsAfter = await lab.steps();
  await expect.poll(() => lab.steps(), { timeout: 30_000 }).toBeGreaterThan(stepsAfter + 500);
  expect(await lab.chartPoints('Session return')).toBeGreaterThanOrEqual(pointsBefore);
});

test('a diverging run stops with an explanation, and its history stays on the charts and exportable', async ({ page }) => {
  test.setTimeout(120_000);
  const lab = new LabPage(page);
  const files = new FilesPanel(page);
  await lab.open('?page=train&optimizer=sgd&alpha=1&gradientClipNorm=0&rewardScale=100&loss=squared&targetUpdate=none&doubleDqn=false&gamma=0.999&learningStarts=500&replayCapacity=5000&backend=wasm');
  await lab.playButton.click();
  await expect(lab.divergedBanner).toBeVisible({ timeout: 90_000 });
  await expect(lab.divergedBanner).toContainText(/finite|diverged/i);
  await expect(lab.playButton).toBeDisabled();
  expect(await lab.chartPoints('Loss')).toBeGreaterThan(0);
  const updates = await files.downloadText('Updates CSV');
  const rows = updates.text.trimEnd().split('\r\n').slice(1);
  expect(rows.length).toBeGreaterThan(0);
  const sessions = await files.downloadText('Sessions CSV');
  expect(sessions.text.trimEnd().split('\r\n').length).toBeGreaterThan(1);
});
