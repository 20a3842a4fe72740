// `npm run bench:learning`: how fast the lab learns and paces in Chromium against `vite preview`, the
// wall-clock figures the end-to-end stories leave out (they assert step budgets and orderings instead):
// seconds and environment steps until the default preset's greedy evaluation passes 40% of the oracle at
// the default (lecture) pace and at fast-forward, and the rounds per second at slow motion and fast-forward.

import { chromium } from 'playwright-core';
import { LabPage } from '../e2e/pages/LabPage';
import { CHROMIUM, startPreview } from './preview-server';
import { formatFigures, type BenchFigure } from './section';

// Each checkout on a shared machine benches on its own port.
const PORT = Number(process.env.BENCH_PORT ?? 4176);
/** The share of the oracle the training story asks for (e2e/train.spec.ts), and the pace it was once timed against. */
const ORACLE_SHARE = 40;
const ORACLE_TARGET_SECONDS = 90;
/** Longest wait for that share before the figure is reported as not reached. */
const ORACLE_WAIT_SECONDS = 180;
/** Seconds each speed runs before its rate is read (the page's rate readout averages over its own window). */
const SPEED_WINDOW_SECONDS = 8;

interface OracleFigures {
  seconds: number;
  steps: number;
}

/** Plays the default preset (opened afresh) at a speed until the greedy evaluation passes the share; NaN when it does not in time. */
async function timeToOracleShare(lab: LabPage, speed: string | null): Promise<OracleFigures> {
  await lab.open();
  if (speed) await lab.setSpeed(speed);
  await lab.playButton.click();
  const started = Date.now();
  while ((Date.now() - started) / 1000 < ORACLE_WAIT_SECONDS) {
    // Sampled four times a second: the figure is the first sample after the passing evaluation.
    if ((await lab.percent()) > ORACLE_SHARE) return { seconds: (Date.now() - started) / 1000, steps: await lab.steps() };
    await lab.page.waitForTimeout(250);
  }
  return { seconds: Number.NaN, steps: Number.NaN };
}

/** Rounds per second (the page's own rate readout over the shoppers served at once) after a window at a speed. */
async function roundsPerSecond(lab: LabPage, speed: string): Promise<number> {
  await lab.setSpeed(speed);
  await lab.page.waitForTimeout(SPEED_WINDOW_SECONDS * 1000);
  return (await lab.rate()) / (await lab.parallelShoppers());
}

function oracleFigures(pace: string, figures: OracleFigures): BenchFigure[] {
  const missed = Number.isNaN(figures.seconds) ? ` (not within ${ORACLE_WAIT_SECONDS} s)` : '';
  return [
    {
      label: `seconds until the greedy evaluation passes ${ORACLE_SHARE}% of the oracle, ${pace}${missed}`,
      value: Number.isNaN(figures.seconds) ? ORACLE_WAIT_SECONDS : figures.seconds,
      unit: 's',
      decimals: 1,
      target: { value: ORACLE_TARGET_SECONDS, higherIsBetter: false },
    },
    { label: `environment steps on the counter when it does, ${pace}`, value: figures.steps, unit: 'steps', decimals: 0 },
  ];
}

async function main(): Promise<void> {
  const server = await startPreview(PORT);
  const browser = await chromium.launch(CHROMIUM);
  try {
    // The page model opens pages by their search string, relative to the lab's address.
    const context = await browser.newContext({ baseURL: server.url, viewport: { width: 1400, height: 1000 } });
    const lab = new LabPage(await context.newPage());
    const { speeds } = lab.words.lab.run;
    const lecture = await timeToOracleShare(lab, null);
    const fast = await timeToOracleShare(lab, speeds.max);
    const slow = await roundsPerSecond(lab, speeds['2']);
    const fastest = await roundsPerSecond(lab, speeds.max);
    const figures: BenchFigure[] = [
      ...oracleFigures('default preset at the lecture pace', lecture),
      ...oracleFigures('default preset at fast-forward', fast),
      { label: 'rounds per second at slow motion (set to 2)', value: slow, unit: 'rounds/s', decimals: 2, target: { value: 3.5, higherIsBetter: false } },
      { label: 'rounds per second at fast-forward', value: fastest, unit: 'rounds/s', decimals: 0 },
      { label: 'fast-forward over slow motion', value: fastest / slow, unit: '×', decimals: 1, target: { value: 5, higherIsBetter: true } },
    ];
    process.stdout.write(`\nLearning and pace (Chromium at /usr/bin/chromium, vite preview)\n${formatFigures(figures)}\n`);
  } finally {
    await browser.close();
    server.stop();
  }
}

await main();
