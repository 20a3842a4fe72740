// Faults survived with nothing lost: a WebGL context lost in the middle of training, and a training worker
// that dies (restarted from the run it kept in the browser's store).
import { expect, test } from '@playwright/test';
import { FilesPanel } from './pages/FilesPanel';
import { LabPage } from './pages/LabPage';
import { escaped, LANGUAGES, type Messages } from './pages/language';
import { readMessageSizes, recordMessageSizes, resetMessageSizes } from '../src/testing/message-sizes';

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
  // The run went on from the worker's last save of it (made every few seconds while training), no later than where it was lost.
  const { lostAt, restoredStep } = contextLostPattern(lab.words).exec(await notice.innerText())?.groups ?? {};
  const [lostStep, restored] = [lostAt, restoredStep].map((text) => Number(text.replaceAll(',', '')));
  expect(restored).toBeGreaterThan(0);
  expect(restored).toBeLessThanOrEqual(lostStep);
  await expect(lab.backend).toContainText(/Backend: (wasm|cpu)/);
  await expect(lab.pauseButton).toBeVisible();
  const stepsAfter = await lab.steps();
  await expect.poll(() => lab.steps(), { timeout: 30_000 }).toBeGreaterThan(stepsAfter + 500);
  expect(await lab.chartPoints('Session return')).toBeGreaterThanOrEqual(pointsBefore);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
});

/** The lost-context notice's steps, found by the catalog's own sentence in the page's language. */
function contextLostPattern(words: Messages): RegExp {
  const sentence = words.notices.contextLost('\u0001', '\u0002', '\u0003');
  const pattern = escaped(sentence).replace('\u0001', '(?<lostAt>[\\d,]+)').replace('\u0002', '(?<restoredStep>[\\d,]+)').replace('\u0003', '.+');
  return new RegExp(pattern);
}

/** The restart notice's steps and loss, found by the catalog's own sentence in the page's language. */
function restartPattern(words: Messages): RegExp {
  const sentence = words.notices.workerRestarted('\u0001', '\u0002', '\u0003');
  const pattern = escaped(sentence).replace('\u0001', '.+').replace('\u0002', '(?<lostAt>[\\d,]+)').replace('\u0003', '(?<checkpointStep>[\\d,]+)');
  return new RegExp(pattern);
}

for (const language of LANGUAGES) {
  test(`[${language}] the training worker is closed mid-training: the lab restarts it from the run the worker kept, with no steps lost beyond the last save, and no large message crosses to the page`, async ({ page }) => {
    test.setTimeout(180_000);
    // Every message between the page and its workers is measured: the run's state (tens of megabytes) must never cross.
    await page.addInitScript(recordMessageSizes);
    const lab = new LabPage(page, language);
    const files = new FilesPanel(page, language);
    await lab.open();
    await lab.playButton.click();
    await expect.poll(() => lab.steps(), { timeout: 60_000 }).toBeGreaterThan(2000);
    await page.evaluate(resetMessageSizes);
    // The page asks the worker to keep the run a few seconds after it starts training; from then on the worker
    // writes it to its store every few seconds by itself. The files panel shows the step of the page's last request.
    await expect.poll(() => files.autosavedStep(), { timeout: 30_000 }).toBeGreaterThan(0);
    const savedStep = await files.autosavedStep();
    await expect.poll(() => lab.steps(), { timeout: 30_000 }).toBeGreaterThan(savedStep + 1000);
    const pointsBefore = await lab.chartPoints(lab.chartTitle('sessionReturn'));
    const [worker] = page.workers();
    await worker.evaluate(() => self.close());

    const notice = page.getByRole('alert', { name: lab.words.lab.notice.label });
    await expect(notice).toContainText(restartPattern(lab.words), { timeout: 40_000 });
    const { lostAt, checkpointStep } = restartPattern(lab.words).exec(await notice.innerText())?.groups ?? {};
    const [lost, resumed] = [lostAt, checkpointStep].map((text) => Number(text.replaceAll(',', '')));
    // The run went on from a save at least as recent as the last one the page heard of, and no later than where it stopped.
    expect(resumed).toBeGreaterThanOrEqual(savedStep);
    expect(resumed).toBeLessThanOrEqual(lost);
    await expect(lab.pauseButton).toBeVisible();
    const stepsAfter = await lab.steps();
    expect(stepsAfter).toBeGreaterThanOrEqual(resumed);
    await expect.poll(() => lab.steps(), { timeout: 30_000 }).toBeGreaterThan(stepsAfter + 500);
    expect(await lab.chartPoints(lab.chartTitle('sessionReturn'))).toBeGreaterThanOrEqual(pointsBefore);

    // Saves, the restart and the resumed training: no message to or from a worker reached a megabyte.
    const sizes = await page.evaluate(readMessageSizes);
    expect(sizes.largestToWorker, sizes.largestWhat).toBeLessThan(1_000_000);
    expect(sizes.largestFromWorker, sizes.largestWhat).toBeLessThan(1_000_000);
  });
}

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
