// `npm run bench:soak`: trains at full speed in headless Chromium for ten minutes (or --minutes N) and
// reports the worker's tfjs tensors and the JS heaps of the worker and the page over time. Pass: tensors
// flat, and each heap grown by under 10% from the end of the warm-up to the end.

import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM, startPreview } from './preview-server';

const PORT = Number(process.env.SOAK_PORT ?? 4177);
const WARM_UP_FRACTION = 0.2;
const SAMPLES = 20;

interface Sample {
  seconds: number;
  steps: number;
  tensors: number;
  workerHeapMb: number;
  pageHeapMb: number;
}

function minutesFromArguments(): number {
  const index = process.argv.indexOf('--minutes');
  const minutes = index >= 0 ? Number(process.argv[index + 1]) : 10;
  if (!(minutes > 0)) throw new Error('--minutes needs a positive number');
  return minutes;
}

/** The training worker's used JS heap after a garbage collection, through the DevTools protocol (workers have no performance.memory). */
async function workerHeapReader(browser: Browser): Promise<() => Promise<number>> {
  const cdp: CDPSession = await browser.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets');
  const worker = targetInfos.find((target) => target.type === 'worker' && target.url.includes('training-worker'));
  if (!worker) throw new Error('the training worker is not running');
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
  let id = 0;
  const send = (method: string) =>
    new Promise<{ usedSize?: number }>((resolve) => {
      const request = ++id;
      const listener = (event: { message: string }) => {
        const message = JSON.parse(event.message) as { id?: number; result?: { usedSize?: number } };
        if (message.id !== request) return;
        cdp.off('Target.receivedMessageFromTarget', listener);
        resolve(message.result ?? {});
      };
      cdp.on('Target.receivedMessageFromTarget', listener);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: request, method }) });
    });
  return async () => {
    await send('HeapProfiler.collectGarbage');
    return (await send('Runtime.getHeapUsage')).usedSize ?? Number.NaN;
  };
}

/** The page's used JS heap after a garbage collection. */
async function pageHeap(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}
const readNumber = async (page: Page, label: string) => Number(await page.getByLabel(label, { exact: true }).getAttribute('data-value'));

async function soak(url: string, minutes: number): Promise<Sample[]> {
  const browser = await chromium.launch(CHROMIUM);
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    // A long budget, so that the run is still training at the end of the soak.
    await page.goto(`${url}/?page=train&steps=100000000`);
    const play = page.getByRole('button', { name: 'Play', exact: true });
    await play.waitFor();
    await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('.run-controls button')?.disabled, null, { timeout: 60_000 });
    await play.click();
    const workerHeap = await workerHeapReader(browser);
    const samples: Sample[] = [];
    const started = Date.now();
    for (let k = 1; k <= SAMPLES; k++) {
      await page.waitForTimeout(started + (k * minutes * 60_000) / SAMPLES - Date.now());
      samples.push({
        seconds: (Date.now() - started) / 1000,
        steps: await readNumber(page, 'Environment steps'),
        tensors: await readNumber(page, 'Tensors in memory'),
        workerHeapMb: (await workerHeap()) / 2 ** 20,
        pageHeapMb: (await pageHeap(page)) / 2 ** 20,
      });
      const last = samples[samples.length - 1];
      process.stdout.write(`  ${last.seconds.toFixed(0).padStart(5)} s  ${String(last.steps).padStart(9)} steps  ${String(last.tensors).padStart(4)} tensors  worker heap ${last.workerHeapMb.toFixed(1)} MB  page heap ${last.pageHeapMb.toFixed(1)} MB\n`);
    }
    return samples;
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const minutes = minutesFromArguments();
  const server = await startPreview(PORT);
  try {
    process.stdout.write(`\nSoak: the default preset at full speed for ${minutes} min in headless Chromium\n`);
    const samples = await soak(server.url, minutes);
    // Heaps after a forced collection still vary by a few MB from sample to sample (work in flight), so
    // growth compares the mean of the first quarter after the warm-up with the mean of the last quarter.
    const afterWarmUp = samples.slice(Math.ceil(samples.length * WARM_UP_FRACTION));
    const quarter = Math.max(1, Math.floor(afterWarmUp.length / 4));
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    const growth = (pick: (sample: Sample) => number) => (mean(afterWarmUp.slice(-quarter).map(pick)) / mean(afterWarmUp.slice(0, quarter).map(pick)) - 1) * 100;
    const warm = afterWarmUp[0];
    const last = samples[samples.length - 1];
    const tensorRange = Math.max(...afterWarmUp.map((sample) => sample.tensors)) - Math.min(...afterWarmUp.map((sample) => sample.tensors));
    const workerGrowth = growth((sample) => sample.workerHeapMb);
    const pageGrowth = growth((sample) => sample.pageHeapMb);
    const verdict = (pass: boolean) => (pass ? 'PASS' : 'FAIL');
    process.stdout.write(
      [
        `  environment steps trained                        ${last.steps}`,
        `  tensors after warm-up (${warm.seconds.toFixed(0)} s on): ${warm.tensors} -> ${last.tensors} (range ${tensorRange})   target flat   ${verdict(tensorRange === 0)}`,
        `  worker JS heap growth after warm-up (quarter means) ${workerGrowth.toFixed(1)}%   target < 10%   ${verdict(workerGrowth < 10)}`,
        `  page JS heap growth after warm-up (quarter means)   ${pageGrowth.toFixed(1)}%   target < 10%   ${verdict(pageGrowth < 10)}`,
      ].join('\n') + '\n',
    );
  } finally {
    server.stop();
  }
}

await main();
