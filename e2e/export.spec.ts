// User stories for export and import: metrics as CSV, a chart as PNG, a model downloaded and loaded again
// in a fresh page, a corrupt file refused while the run goes on, and the last run offered back after a reload.
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { FilesPanel } from './pages/FilesPanel';
import { LabPage } from './pages/LabPage';

/** A small, fixed lab: a small replay (so files stay small) and one backend (the same results in every page). */
const SMALL_LAB = '?page=train&replayCapacity=5000&learningStarts=500&hiddenWidth=32&evaluationInterval=2000&evaluationShoppers=100&backend=wasm';

async function trainFor(lab: LabPage, steps: number): Promise<number> {
  await lab.playButton.click();
  await expect.poll(() => lab.steps(), { timeout: 45_000 }).toBeGreaterThan(steps);
  await lab.pauseButton.click();
  await expect(lab.playButton).toBeVisible();
  return lab.steps();
}

async function openLab(page: Page) {
  const lab = new LabPage(page);
  await lab.open(SMALL_LAB);
  return { lab, files: new FilesPanel(page) };
}

test('a student downloads the metrics as CSV that parses into the run’s records, and a chart as PNG', async ({ page }) => {
  test.setTimeout(120_000);
  const { lab, files } = await openLab(page);
  const step = await trainFor(lab, 2000);

  const sessions = await files.downloadText('Sessions CSV');
  expect(sessions.name).toBe(`q-shop-lab-sessions-step-${step}.csv`);
  const [header, ...rows] = sessions.text.trimEnd().split('\r\n');
  expect(header).toBe('step,shopper,sessionReturn,length,clicks,buys,finalTrust');
  expect(rows.length).toBeGreaterThan(10);
  const steps = rows.map((row) => Number(row.split(',')[0]));
  expect(steps.every((value, index) => Number.isInteger(value) && value <= step && (index === 0 || value >= steps[index - 1]))).toBe(true);

  // Every gradient update is a row: as many as the run's counter shows.
  const updates = await files.downloadText('Updates CSV');
  const updateRows = updates.text.trimEnd().split('\r\n').slice(1);
  expect(updateRows.length).toBe(Number((await page.getByLabel('Gradient updates').textContent())?.replace(/,/g, '')));
  expect(updateRows.at(-1)?.split(',').map(Number).every(Number.isFinite)).toBe(true);

  const json = JSON.parse((await files.downloadText('All metrics JSON')).text);
  expect(json.tables.sessions.step).toHaveLength(rows.length);
  expect(json.config.dqn.replayCapacity).toBe(5000);
  expect(json.link).toContain('replayCapacity=5000');

  const png = await files.download(lab.chart('Session return').getByRole('button', { name: /as PNG$/ }));
  expect(png.suggestedFilename()).toBe('q-shop-lab-session-return.png');
  const bytes = await readFile(await png.path());
  expect([...bytes.subarray(1, 4)].map((byte) => String.fromCharCode(byte)).join('')).toBe('PNG');

  // The picture carries the chart's legend between its title and the chart: every swatch colour of the page's legend is drawn there.
  const chart = lab.chart('Session return');
  const swatches = await chart.locator('.chart-legend__swatch').evaluateAll((spans) => spans.map((span) => getComputedStyle(span).borderTopColor));
  expect(swatches.length).toBeGreaterThan(3);
  const plotHeight = await chart.locator('svg.recharts-surface').evaluate((svg) => svg.getBoundingClientRect().height);
  const legendBand = await pngColours(page, bytes.toString('base64'), plotHeight);
  for (const colour of new Set(swatches)) expect(legendBand, colour).toContain(colour);
});

/**
 * The colours drawn in an exported chart's legend band: below its 32-pixel title, above the chart (the
 * picture's last plotHeight CSS pixels), at the picture's two device pixels per CSS pixel. As "rgb(r, g, b)".
 */
async function pngColours(page: Page, base64: string, plotHeight: number): Promise<string[]> {
  return page.evaluate(
    async ({ source, plot }) => {
      const image = new Image();
      image.src = source;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d') as CanvasRenderingContext2D;
      context.drawImage(image, 0, 0);
      const top = 32 * 2;
      const bottom = image.height - Math.round(plot * 2);
      if (bottom <= top) return [];
      const { data } = context.getImageData(0, top, image.width, bottom - top);
      const colours = new Set<string>();
      for (let index = 0; index < data.length; index += 4) colours.add(`rgb(${data[index]}, ${data[index + 1]}, ${data[index + 2]})`);
      return [...colours];
    },
    { source: `data:image/png;base64,${base64}`, plot: plotHeight },
  );
}

test('a model downloaded and loaded again in a fresh page evaluates to the same greedy return', async ({ page, context }) => {
  test.setTimeout(150_000);
  const { lab, files } = await openLab(page);
  const step = await trainFor(lab, 3000);
  const before = await files.evaluate();
  const model = await files.downloadModel();
  expect(model.name).toBe(`q-shop-lab-model-step-${step}.qshop`);

  const fresh = await context.newPage();
  const other = new LabPage(fresh);
  await other.open('?page=train');
  const otherFiles = new FilesPanel(fresh);
  await otherFiles.loadModel(model.path);
  await expect(otherFiles.done).toContainText(`at step ${step.toLocaleString('en-US')}`, { timeout: 45_000 });
  await expect.poll(() => other.steps()).toBe(step);
  await expect(fresh).toHaveURL(/replayCapacity=5000/);
  expect(await otherFiles.evaluate()).toBe(before);
  // And it trains on from there.
  await other.stepOnceButton.click();
  await expect.poll(() => other.steps()).toBeGreaterThan(step);
});

test('a model file trained by the command line (the play page\'s bundled agent) opens in the lab and evaluates', async ({ page }) => {
  test.setTimeout(120_000);
  const lab = new LabPage(page);
  await lab.open('?page=train');
  const files = new FilesPanel(page);
  // Trained in Node by `npm run bundled-agent`: its shoppers were drawn by Node's maths library, not this browser's.
  await files.loadModel('public/bundled-agent.qshop');
  await expect(files.done).toContainText(/at step 6\d,\d{3}/, { timeout: 45_000 });
  await expect(files.error).toHaveCount(0);
  expect(await lab.steps()).toBeGreaterThanOrEqual(60_000);
  // Its run used up its budget; the greedy policy it learned scores well above random (about 8% of the oracle).
  const percent = Number(/([\d.]+)%/.exec(await files.evaluate())?.[1]);
  expect(percent).toBeGreaterThan(50);
});

test('a corrupt model file gets a clear message and the run keeps going', async ({ page }) => {
  test.setTimeout(120_000);
  const { lab, files } = await openLab(page);
  await trainFor(lab, 1000);
  const model = await readFile((await files.downloadModel()).path);
  model[model.length - 7] ^= 0xff;
  await lab.playButton.click();
  await files.loadModel({ name: 'damaged.qshop', mimeType: 'application/octet-stream', buffer: model });
  await expect(files.error).toHaveText(/This file cannot be loaded: it is corrupt: its checksum does not match its contents\./);
  const stepAfter = await lab.steps();
  // Generous: on a loaded machine the counter can lag a few seconds behind a run that goes on.
  await expect.poll(() => lab.steps(), { timeout: 30_000 }).toBeGreaterThan(stepAfter);
  await expect(page).toHaveURL(/hiddenWidth=32/);
  await files.loadModel({ name: 'notes.qshop', mimeType: 'text/plain', buffer: Buffer.from('these are my lecture notes') });
  await expect(files.error).toHaveText(/This file cannot be loaded: it is not a Q-Shop Lab file/);
  await expect(lab.pauseButton).toBeVisible();
});

test('the last run is offered back after a reload and resumes at the saved step', async ({ page }) => {
  test.setTimeout(120_000);
  const { lab, files } = await openLab(page);
  const step = await trainFor(lab, 2000);
  await expect.poll(() => files.autosavedStep(), { timeout: 20_000 }).toBe(step);

  await page.reload();
  await expect(lab.playButton).toBeEnabled({ timeout: 45_000 });
  await expect(files.offer).toContainText(`Resume the “Far-sighted DQN” run saved just now, at step ${step.toLocaleString('en-US')}?`);
  await files.offer.getByRole('button', { name: 'Resume' }).click();
  await expect(files.offer).toHaveCount(0);
  await expect.poll(() => lab.steps(), { timeout: 45_000 }).toBe(step);
  await lab.playButton.click();
  await expect.poll(() => lab.steps()).toBeGreaterThan(step);
});
