// User story for a browser without WebGL: the lab says so, trains on another backend, and falls back when asked for WebGL.
import { expect, test } from '@playwright/test';
import config from '../playwright.config';
import { LabPage } from './pages/LabPage';

// This file's browser starts without WebGL (a Playwright worker of its own, so the other files keep theirs).
// --disable-webgl alone still lets a Web Worker's OffscreenCanvas open WebGL (the training worker probes
// there); with no GPU process and no software rasteriser there is no WebGL anywhere.
const NO_WEBGL = ['--disable-webgl', '--disable-3d-apis', '--disable-gpu', '--disable-software-rasterizer'];
const launchOptions = config.use?.launchOptions ?? {};
test.use({ launchOptions: { ...launchOptions, args: [...(launchOptions.args ?? []), ...NO_WEBGL] } });

test('without WebGL the lab says so, trains on another backend, and falls back when WebGL is asked for', async ({ page }) => {
  test.setTimeout(120_000);
  // The page's own check agrees that this browser has no WebGL.
  expect(await page.evaluate(() => document.createElement('canvas').getContext('webgl') === null)).toBe(true);
  const lab = new LabPage(page);
  await lab.open();
  await expect(lab.backend.getByRole('note')).toContainText('WebGL is unavailable in this browser, so the lab trains on');
  await expect(lab.backend).toContainText(/Backend: (wasm|cpu)/);
  await expect(lab.headerBackend.getByLabel('WebGL is unavailable')).toBeVisible();
  await lab.playButton.click();
  await expect.poll(() => lab.steps(), { timeout: 30_000 }).toBeGreaterThan(200);
  await lab.pauseButton.click();

  await lab.chooseBackend('webgl');
  await expect(lab.backend).toContainText(/(wasm|cpu): webgl could not start \(WebGL is not available in this browser\), so the lab fell back to/);
  await expect(lab.headerBackend).toContainText(/Backend: (wasm|cpu)/);
  await lab.playButton.click();
  await expect.poll(() => lab.steps(), { timeout: 30_000 }).toBeGreaterThan(200);
});
