// `npm run bench:browser`: the lab in Chromium against `vite preview` — training speed in the worker,
// main-thread frames per second while training, first-paint JS size, and seconds to 75% of the oracle.

import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { formatFigures, type BenchFigure } from './section';

// Each checkout on a shared machine benches on its own port; BENCH_DIST compares another build (e.g. a saved baseline).
const PORT = Number(process.env.BENCH_PORT ?? 4175);
const BASE = `http://localhost:${PORT}`;
const DIST = process.env.BENCH_DIST ?? join(process.cwd(), 'dist');
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
/** Longest wait for 75% of the oracle before the figure is reported as not reached. */
const ORACLE_WAIT_SECONDS = 120;

/** Gzipped bytes of the JS that index.html loads itself (entry and module preloads; the worker is not among them). */
function firstPaintGzipBytes(): number {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const sources = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g)].map((match) => match[1]);
  return sources.reduce((total, source) => total + gzipSync(readFileSync(join(DIST, source.replace(/^\.\//, '')))).length, 0);
}

async function startPreview(): Promise<ChildProcess> {
  // Its own process group, so that stopping it also stops the vite process npx starts.
  const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort', '--outDir', DIST], { stdio: 'ignore', detached: true });
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(BASE)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stopPreview(server);
  throw new Error(`vite preview did not start on port ${PORT} (run \`vite build\` first)`);
}

/** requestAnimationFrame callbacks per second over a window, counted on the page's main thread. */
function framesPerSecond(page: Page, seconds: number): Promise<number> {
  return page.evaluate(
    (windowMs) =>
      new Promise<number>((resolve) => {
        let frames = 0;
        const start = performance.now();
        const count = () => {
          frames += 1;
          if (performance.now() - start < windowMs) requestAnimationFrame(count);
          else resolve(frames / ((performance.now() - start) / 1000));
        };
        requestAnimationFrame(count);
      }),
    seconds * 1000,
  );
}

const readNumber = async (page: Page, label: string) => Number((await page.getByLabel(label, { exact: true }).getAttribute('data-value')) || Number.NaN);

async function measureTraining(): Promise<{ stepsPerSecond: number; fps: number; secondsTo75: number }> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(`${BASE}/?page=train${process.env.BENCH_QUERY ?? ''}`);
    const play = page.getByRole('button', { name: 'Play', exact: true });
    await play.waitFor();
    await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('.run-controls button')?.disabled, null, { timeout: 60_000 });
    await play.click();
    const started = Date.now();
    let secondsTo75 = Number.NaN;
    const samples: number[] = [];
    let stepsAtStart = Number.NaN;
    let timeAtStart = 0;
    let stepsPerSecond = Number.NaN;
    while ((Date.now() - started) / 1000 < ORACLE_WAIT_SECONDS) {
      const fps = await framesPerSecond(page, 2);
      const elapsed = (Date.now() - started) / 1000;
      const steps = await readNumber(page, 'Environment steps');
      // The first seconds include the worker's warm-up; rates are taken after it.
      if (elapsed > 4) {
        samples.push(fps);
        if (Number.isNaN(stepsAtStart)) [stepsAtStart, timeAtStart] = [steps, elapsed];
        else if (elapsed - timeAtStart > 0) stepsPerSecond = (steps - stepsAtStart) / (elapsed - timeAtStart);
      }
      const status = await page.getByRole('status').first().textContent();
      if (Number.isNaN(secondsTo75) && (await readNumber(page, 'Percent of oracle')) >= 75) secondsTo75 = elapsed;
      if (!Number.isNaN(secondsTo75) && samples.length >= 5) break;
      if (status?.startsWith('Finished')) break;
    }
    const fps = samples.reduce((sum, value) => sum + value, 0) / Math.max(1, samples.length);
    return { stepsPerSecond, fps, secondsTo75 };
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const bytes = firstPaintGzipBytes();
  const server = await startPreview();
  try {
    const { stepsPerSecond, fps, secondsTo75 } = await measureTraining();
    const figures: BenchFigure[] = [
      { label: 'env steps per second, default preset, in the worker', value: stepsPerSecond, unit: 'steps/s', decimals: 0, target: { value: 1000, higherIsBetter: true } },
      { label: 'main-thread frames per second while training at full speed', value: fps, unit: 'fps', decimals: 1, target: { value: 55, higherIsBetter: true } },
      { label: 'first-paint JS, gzipped (index.html, before any worker)', value: bytes / 1024, unit: 'KB', decimals: 1, target: { value: 200, higherIsBetter: false } },
      {
        label: `seconds until the greedy evaluation reaches 75% of the oracle${Number.isNaN(secondsTo75) ? ` (not within ${ORACLE_WAIT_SECONDS} s)` : ''}`,
        value: Number.isNaN(secondsTo75) ? ORACLE_WAIT_SECONDS : secondsTo75,
        unit: 's',
        decimals: 1,
        target: { value: 60, higherIsBetter: false },
      },
    ];
    process.stdout.write(`\nBrowser (Chromium at /usr/bin/chromium, vite preview)\n${formatFigures(figures)}\n`);
  } finally {
    stopPreview(server);
  }
}

function stopPreview(server: ChildProcess): void {
  if (server.pid !== undefined) process.kill(-server.pid, 'SIGTERM');
}

await main();
