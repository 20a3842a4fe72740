// `npm run bench:browser`: the built lab in Chromium against the same training in Node, in alternating rounds.
// Each round trains the default preset from its first step in Node (wasm, this process) and in the lab's worker
// at fast-forward, on a budget neither can spend, for the same seconds, and measures steps per second after a warm-up, with the share of
// those seconds the training thread ran on a CPU and waited for one. Ratios are taken round by round, so a
// burst of other work moves one round, not the verdict. The page's frames per second and its longest
// main-thread task are measured in the same windows; then seconds to 75% of the oracle, first-paint JS, and the
// first minute on the held-out seeds (seconds to 75% and 88% of the oracle, % after 60 s: held-out-minute.ts).
// BENCH_BASE_DIST names a second build (e.g. the code before a change, built with `vite build --outDir`): its
// worker then joins every round as a third side, the order of the three rotating from round to round
// (served on BENCH_BASE_PORT, by default the port after BENCH_PORT).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { trainerFor } from '../src/engine/agent-for';
import { activateBackend } from '../src/engine/backends';
import { applyPatch } from '../src/contracts/lab-config';
import { presetConfig } from '../src/preset/presets';
import { PAGE_LANGUAGES, pageWeight, totalOf } from './page-weight';
import { CHROMIUM, startPreview } from './preview-server';
import { chromiumWorkerThreads, cpuShare, machineLoad, medianWithSpread, spreadOf, threadClock, type ThreadClock } from './machine';
import { formatFigures, median, type BenchFigure } from './section';
import { UNSPENDABLE_STEPS, heldOutMinutes, minuteFigures } from './held-out-minute';
import { readMessageSizes, recordMessageSizes, resetMessageSizes } from '../src/testing/message-sizes';
import { LAB_RUN_SLOT, RUN_STORE_DATABASE, RUN_STORE_NAME, runStoreKeys, type StoredRunMeta } from '../src/contracts/run-store-layout';

// Each checkout on a shared machine benches on its own port; BENCH_DIST compares another build (e.g. a saved baseline).
const PORT = Number(process.env.BENCH_PORT ?? 4175);
const BASE = `http://localhost:${PORT}`;
const DIST = process.env.BENCH_DIST ?? join(process.cwd(), 'dist');
const BASE_DIST = process.env.BENCH_BASE_DIST;
const BASE_PORT = Number(process.env.BENCH_BASE_PORT ?? PORT + 1);
const BASE_BUILD_URL = `http://localhost:${BASE_PORT}`;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
/** Seconds measured per round after the warm-up: long enough to hold several of the run store's saves (every 5 s) and a page autosave (every 30 s). */
const ROUND_SECONDS = Number(process.env.BENCH_SECONDS ?? 35);
const WARM_UP_SECONDS = 4;
/** Longest wait for 75% of the oracle before the figure is reported as not reached. */
const ORACLE_WAIT_SECONDS = 120;
const LONG_TASK_LIMIT_MS = 100;

interface Round {
  nodeStepsPerSecond: number;
  node: { running: number; waiting: number };
  browserStepsPerSecond: number;
  worker: { running: number; waiting: number };
  fps: number;
  longestTaskMs: number;
  longTasks: number;
  /** Bytes of the largest message between the page and its worker while training (either way). */
  largestMessage: number;
  largestWhat: string;
  /** The worker's saves of the run seen during the round (from the run store's meta): bytes written and ms its thread was held. */
  saves: Array<{ step: number; bytesWritten: number; bytes: number; cutMs: number }>;
  load: number;
  /** The BENCH_BASE_DIST build's worker in the same round, when one is given. */
  base?: { stepsPerSecond: number; worker: { running: number; waiting: number } };
}

/** Gzipped bytes of the JS that index.html loads itself (entry and module preloads; the worker is not among them). */
function firstPaintGzipBytes(): number {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const sources = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g)].map((match) => match[1]);
  return sources.reduce((total, source) => total + gzipSync(readFileSync(join(DIST, source.replace(/^\.\//, '')))).length, 0);
}

/** The default preset trained from its first step in this process, as the worker trains it. */
async function nodeRound(): Promise<{ stepsPerSecond: number; share: { running: number; waiting: number } }> {
  await activateBackend('wasm');
  const trainer = trainerFor(applyPatch(presetConfig('default'), { training: { totalSteps: UNSPENDABLE_STEPS } }));
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  while (elapsed() < WARM_UP_SECONDS) trainer.tick();
  const steps = trainer.step;
  const clock = threadClock(process.pid) as ThreadClock;
  const from = elapsed();
  while (elapsed() < from + ROUND_SECONDS) trainer.tick();
  const seconds = elapsed() - from;
  const result = { stepsPerSecond: (trainer.step - steps) / seconds, share: cpuShare(clock, threadClock(process.pid) as ThreadClock, seconds) };
  trainer.dispose();
  return result;
}

const readSteps = async (page: Page) => Number((await page.getByLabel('Environment steps', { exact: true }).getAttribute('data-value')) || Number.NaN);

/** Counts animation frames and records long tasks on the page's main thread from now on. */
function watchMainThread(page: Page): Promise<void> {
  return page.evaluate(() => {
    const watch = { frames: 0, longTasks: [] as number[] };
    (window as unknown as { benchWatch: typeof watch }).benchWatch = watch;
    const count = () => {
      watch.frames += 1;
      requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) watch.longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
}

/** The training page's run-store meta, read in the page from IndexedDB (the worker writes it; a few hundred bytes). */
function readStoredMeta(page: Page): Promise<StoredRunMeta | null> {
  return page.evaluate(
    ({ database, store, key }) =>
      new Promise<StoredRunMeta | null>((resolve) => {
        const opening = indexedDB.open(database);
        opening.onerror = () => resolve(null);
        opening.onsuccess = () => {
          const db = opening.result;
          if (!db.objectStoreNames.contains(store)) return resolve(null);
          const request = db.transaction(store, 'readonly').objectStore(store).get(key);
          request.onsuccess = () => resolve((request.result as StoredRunMeta | undefined) ?? null);
          request.onerror = () => resolve(null);
        };
      }),
    { database: RUN_STORE_DATABASE, store: RUN_STORE_NAME, key: runStoreKeys.meta(LAB_RUN_SLOT) },
  );
}

const readWatch = (page: Page) => page.evaluate(() => (window as unknown as { benchWatch: { frames: number; longTasks: number[] } }).benchWatch);

async function openLab(page: Page, url = BASE): Promise<void> {
  await page.goto(`${url}/?page=train&steps=${UNSPENDABLE_STEPS}${process.env.BENCH_QUERY ?? ''}`);
  const play = page.getByRole('button', { name: 'Play', exact: true });
  await play.waitFor();
  await page.waitForFunction(() => document.querySelector<HTMLButtonElement>('.run-controls button')?.disabled === false, null, { timeout: 60_000 });
  await page.getByLabel('Speed', { exact: true }).selectOption('max');
  await play.click();
}

/** The default preset trained from its first step in the lab's worker at fast-forward. */
async function browserRound(url = BASE): Promise<Omit<Round, 'nodeStepsPerSecond' | 'node' | 'load' | 'base'>> {
  const browser = await chromium.launch(CHROMIUM);
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.addInitScript(recordMessageSizes);
    await openLab(page, url);
    // The store's saves from the first on: the page asks for the first a few seconds into training.
    const saves = new Map<number, Round['saves'][number]>();
    const noteSave = async () => {
      const meta = await readStoredMeta(page);
      if (meta && !saves.has(meta.save)) saves.set(meta.save, { step: meta.step, bytesWritten: meta.bytesWritten, bytes: meta.bytes, cutMs: meta.cutMs });
    };
    const polling = setInterval(() => void noteSave().catch(() => {}), 1000);
    await page.waitForTimeout(WARM_UP_SECONDS * 1000);
    const worker = chromiumWorkerThreads()[0];
    if (!worker) throw new Error('no training worker thread found under this process');
    await watchMainThread(page);
    await page.evaluate(resetMessageSizes);
    const steps = await readSteps(page);
    const started = performance.now();
    await page.waitForTimeout(ROUND_SECONDS * 1000);
    const [after, watch, clock] = [await readSteps(page), await readWatch(page), threadClock(worker.pid, worker.tid)];
    clearInterval(polling);
    const sizes = await page.evaluate(readMessageSizes);
    const seconds = (performance.now() - started) / 1000;
    if (!clock) throw new Error('the training worker thread ended during the round');
    return {
      browserStepsPerSecond: (after - steps) / seconds,
      worker: cpuShare(worker.clock, clock, seconds),
      fps: watch.frames / seconds,
      longestTaskMs: Math.max(0, ...watch.longTasks),
      longTasks: watch.longTasks.filter((duration) => duration >= LONG_TASK_LIMIT_MS).length,
      largestMessage: Math.max(sizes.largestToWorker, sizes.largestFromWorker),
      largestWhat: sizes.largestWhat,
      saves: [...saves.values()].sort((a, b) => a.step - b.step),
    };
  } finally {
    await browser.close();
  }
}

/** Gzipped bytes of the main-thread JS the training page fetches before its Play button works, per language (page-weight.ts). */
async function trainingPageGzipBytes(): Promise<Record<keyof typeof PAGE_LANGUAGES, { bytes: number; files: number }>> {
  const browser = await chromium.launch(CHROMIUM);
  try {
    const weigh = async (locale: string) => {
      const { before } = await pageWeight(browser, BASE, DIST, 'train', locale);
      return { bytes: totalOf(before), files: before.size };
    };
    return { en: await weigh(PAGE_LANGUAGES.en), zh: await weigh(PAGE_LANGUAGES.zh) };
  } finally {
    await browser.close();
  }
}

/** Seconds from Play until the greedy evaluation reaches 75% of the oracle, at fast-forward. */
async function secondsTo75(): Promise<number> {
  const browser = await chromium.launch(CHROMIUM);
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await openLab(page);
    const started = Date.now();
    while ((Date.now() - started) / 1000 < ORACLE_WAIT_SECONDS) {
      const percent = Number((await page.getByLabel('Percent of oracle', { exact: true }).getAttribute('data-value')) || Number.NaN);
      if (percent >= 75) return (Date.now() - started) / 1000;
      await page.waitForTimeout(250);
    }
    return Number.NaN;
  } finally {
    await browser.close();
  }
}

/** The run store's saves seen in the rounds: the first of each round, the later ones (steady state), and the thread time they took. */
function saveFigures(rounds: Round[]): BenchFigure[] {
  const firsts = rounds.map((round) => round.saves[0]).filter((save) => save !== undefined);
  const steady = rounds.flatMap((round) => round.saves.slice(1));
  const all = rounds.flatMap((round) => round.saves);
  if (all.length === 0) return [{ label: 'run store: no save seen during the rounds', value: 0, unit: '', decimals: 0 }];
  return [
    { label: `run store, bytes written by a run's first save (rounds ${spreadOf(firsts.map((save) => save.bytesWritten / 1024), 0)})`, value: median(firsts.map((save) => save.bytesWritten)) / 1024, unit: 'KB', decimals: 0 },
    { label: `run store, bytes written per later save, every 5 s (${steady.length} saves, ${spreadOf(steady.map((save) => save.bytesWritten / 1024), 0)})`, value: median(steady.map((save) => save.bytesWritten)) / 1024, unit: 'KB', decimals: 0 },
    { label: `run store, the run's state as stored at the last save`, value: Math.max(...all.map((save) => save.bytes)) / 1024 / 1024, unit: 'MB', decimals: 1 },
    { label: `run store, worker thread held per save to cut the parts out (${all.length} saves, ${spreadOf(all.map((save) => save.cutMs), 1)})`, value: median(all.map((save) => save.cutMs)), unit: 'ms', decimals: 1 },
  ];
}

const share = (value: { running: number; waiting: number }[]) => `${medianWithSpread(value.map((v) => v.running * 100), 0)}% on a CPU, ${medianWithSpread(value.map((v) => v.waiting * 100), 0)}% waiting for one`;

async function main(): Promise<void> {
  const bytes = firstPaintGzipBytes();
  const server = await startPreview(PORT, DIST);
  const baseServer = BASE_DIST ? await startPreview(BASE_PORT, BASE_DIST) : null;
  const loadAtStart = machineLoad();
  const rounds: Round[] = [];
  try {
    for (let round = 0; round < ROUNDS; round++) {
      const load = machineLoad().load1;
      // Rotate which side goes first, so a trend in the machine's load falls on every side.
      const sides = baseServer ? ['node', 'lab', 'base'] : ['node', 'lab'];
      const order = sides.map((_, index) => sides[(index + round) % sides.length]);
      const results: Record<string, unknown> = {};
      for (const side of order) results[side] = side === 'node' ? await nodeRound() : await browserRound(side === 'lab' ? BASE : BASE_BUILD_URL);
      const node = results.node as Awaited<ReturnType<typeof nodeRound>>;
      const browser = results.lab as Awaited<ReturnType<typeof browserRound>>;
      const baseBrowser = results.base as Awaited<ReturnType<typeof browserRound>> | undefined;
      const base = baseBrowser ? { stepsPerSecond: baseBrowser.browserStepsPerSecond, worker: baseBrowser.worker } : undefined;
      rounds.push({ nodeStepsPerSecond: node.stepsPerSecond, node: node.share, ...browser, load, base });
      const baseText = base ? `, base build's worker ${base.stepsPerSecond.toFixed(0)} steps/s` : '';
      process.stderr.write(`round ${round + 1} (${order.join(', ')}): node ${node.stepsPerSecond.toFixed(0)} steps/s, worker ${browser.browserStepsPerSecond.toFixed(0)} steps/s${baseText}, load ${load.toFixed(2)}\n`);
    }
    const to75 = await secondsTo75();
    const minutes = await heldOutMinutes(BASE);
    const trainingPage = await trainingPageGzipBytes();
    const ratios = rounds.map((round) => round.browserStepsPerSecond / round.nodeStepsPerSecond);
    // Steps per second of CPU time: what each side makes of the CPU it gets, whatever the other load.
    const perCpu = rounds.map((round) => round.browserStepsPerSecond / round.worker.running / (round.nodeStepsPerSecond / round.node.running));
    const loadAtEnd = machineLoad();
    const figures: BenchFigure[] = [
      { label: `Node, default preset, wasm: steps/s, median (rounds ${spreadOf(rounds.map((r) => r.nodeStepsPerSecond), 0)})`, value: median(rounds.map((r) => r.nodeStepsPerSecond)), unit: 'steps/s', decimals: 0 },
      { label: `  its thread: ${share(rounds.map((r) => r.node))}`, value: median(rounds.map((r) => r.node.running * 100)), unit: '% CPU', decimals: 0 },
      { label: `lab worker at fast-forward: steps/s, median (rounds ${spreadOf(rounds.map((r) => r.browserStepsPerSecond), 0)})`, value: median(rounds.map((r) => r.browserStepsPerSecond)), unit: 'steps/s', decimals: 0 },
      { label: `  its thread: ${share(rounds.map((r) => r.worker))}`, value: median(rounds.map((r) => r.worker.running * 100)), unit: '% CPU', decimals: 0 },
      { label: `worker / Node steps/s, same round (rounds ${spreadOf(ratios, 2)})`, value: median(ratios), unit: 'x', decimals: 2, target: { value: 1, higherIsBetter: true } },
      { label: `worker / Node steps per CPU-second (rounds ${spreadOf(perCpu, 2)})`, value: median(perCpu), unit: 'x', decimals: 2 },
      ...baseFigures(rounds),
      { label: `main-thread frames per second while training (rounds ${spreadOf(rounds.map((r) => r.fps), 1)})`, value: median(rounds.map((r) => r.fps)), unit: 'fps', decimals: 1, target: { value: 55, higherIsBetter: true } },
      { label: `longest main-thread task while training, all rounds (tasks >= ${LONG_TASK_LIMIT_MS} ms: ${rounds.map((r) => r.longTasks).join(' / ')})`, value: Math.max(...rounds.map((r) => r.longestTaskMs)), unit: 'ms', decimals: 0, target: { value: LONG_TASK_LIMIT_MS, higherIsBetter: false } },
      { label: `largest message between the page and its worker while training, all rounds (${rounds.map((r) => r.largestWhat).join(' / ')})`, value: Math.max(...rounds.map((r) => r.largestMessage)) / 1024, unit: 'KB', decimals: 1, target: { value: 1024, higherIsBetter: false } },
      ...saveFigures(rounds),
      { label: 'first-paint JS, gzipped (what index.html loads itself, before any worker)', value: bytes / 1024, unit: 'KB', decimals: 1 },
      ...(['en', 'zh'] as const).map((language) => ({
        label: `training page's main-thread JS fetched before Play works, ${language}, gzipped (${trainingPage[language].files} files; bench:page lists them)`,
        value: trainingPage[language].bytes / 1024,
        unit: 'KB',
        decimals: 1,
        target: { value: 200, higherIsBetter: false },
      })),
      {
        label: `seconds until the greedy evaluation reaches 75% of the oracle, fast-forward${Number.isNaN(to75) ? ` (not within ${ORACLE_WAIT_SECONDS} s)` : ''}`,
        value: Number.isNaN(to75) ? ORACLE_WAIT_SECONDS : to75,
        unit: 's',
        decimals: 1,
        target: { value: 60, higherIsBetter: false },
      },
      ...minuteFigures(minutes),
      { label: `1-minute load average at the end (${loadAtStart.cores} cores; at the start ${loadAtStart.load1.toFixed(2)}, before each round ${rounds.map((r) => r.load.toFixed(2)).join(' / ')})`, value: loadAtEnd.load1, unit: '', decimals: 2 },
    ];
    process.stdout.write(`\nBrowser (Chromium at /usr/bin/chromium, vite preview) against Node, ${ROUNDS} alternating rounds of ${ROUND_SECONDS} s\n${formatFigures(figures)}\n`);
  } finally {
    server.stop();
    baseServer?.stop();
  }
}

/** The BENCH_BASE_DIST build's worker beside this build's and Node, round by round (none without a base build). */
function baseFigures(rounds: Round[]): BenchFigure[] {
  const withBase = rounds.flatMap((round) => (round.base ? [{ ...round, base: round.base }] : []));
  if (withBase.length === 0) return [];
  const gain = withBase.map((round) => round.browserStepsPerSecond / round.base.stepsPerSecond);
  const baseToNode = withBase.map((round) => round.base.stepsPerSecond / round.nodeStepsPerSecond);
  const gainPerCpu = withBase.map((round) => round.browserStepsPerSecond / round.worker.running / (round.base.stepsPerSecond / round.base.worker.running));
  return [
    { label: `base build's worker (${BASE_DIST}): steps/s, median (rounds ${spreadOf(withBase.map((r) => r.base.stepsPerSecond), 0)})`, value: median(withBase.map((r) => r.base.stepsPerSecond)), unit: 'steps/s', decimals: 0 },
    { label: `  its thread: ${share(withBase.map((r) => r.base.worker))}`, value: median(withBase.map((r) => r.base.worker.running * 100)), unit: '% CPU', decimals: 0 },
    { label: `base build's worker / Node steps/s, same round (rounds ${spreadOf(baseToNode, 2)})`, value: median(baseToNode), unit: 'x', decimals: 2 },
    { label: `worker / base build's worker steps/s, same round (rounds ${spreadOf(gain, 2)})`, value: median(gain), unit: 'x', decimals: 2 },
    { label: `worker / base build's worker steps per CPU-second (rounds ${spreadOf(gainPerCpu, 2)})`, value: median(gainPerCpu), unit: 'x', decimals: 2 },
  ];
}

await main();
