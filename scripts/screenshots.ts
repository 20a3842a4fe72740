// `npm run screenshots`: takes the README's pictures in docs/ from the built lab (served by `vite preview`),
// through the same page models the end-to-end stories use. Not a test: it asserts nothing about the lab,
// it only waits until each page shows what the picture is meant to show. `npm run screenshots -- play train-zh`
// takes only the named pictures (docs/screenshot-<name>.png).
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM, startPreview } from '../bench/preview-server';
import { ComparePage } from '../e2e/pages/ComparePage';
import { InspectorPanel } from '../e2e/pages/InspectorPanel';
import { LabPage } from '../e2e/pages/LabPage';
import type { Language } from '../e2e/pages/language';
import { PlayPage } from '../e2e/pages/PlayPage';

// Its own port, so that it can run beside a checkout's tests or benchmarks.
const PORT = Number(process.env.SCREENSHOT_PORT ?? 4177);
/** Longest wait for a page to train far enough for its picture. */
const TRAINING_WAIT_MS = 180_000;

/** Waits until a step counter has passed a number of environment steps. */
async function trainPast(steps: () => Promise<number>, past: number): Promise<void> {
  const started = Date.now();
  while ((await steps()) <= past) {
    if (Date.now() - started > TRAINING_WAIT_MS) throw new Error(`training did not pass ${past} steps within ${TRAINING_WAIT_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function playSession(page: Page): Promise<void> {
  await page.setViewportSize({ width: 1360, height: 900 });
  const play = new PlayPage(page);
  // Shopper 12 of seed 7 ignores, buys and clicks within six steps: every outcome is on screen.
  await play.open('?seed=7&shopper=12');
  // A few sensible steps: the shopper's favourite category, trustworthy tiers, one tempting deal.
  const favourite = (await play.preferences.getByRole('listitem').first().innerText()).split(/\s/)[0] as Parameters<PlayPage['item']>[0];
  for (const tier of ['solid', 'solid', 'deal', 'premium', 'solid', 'solid'] as const) {
    if (await play.sessionIsOver()) break;
    await play.item(favourite, tier).click();
  }
  await play.observationToggle.click();
  await page.screenshot({ path: 'docs/screenshot-play.png', fullPage: true });
}

async function trainingPage(page: Page, language: Language, past: number, path: string, fullPage: boolean): Promise<void> {
  await page.setViewportSize({ width: 1360, height: 1000 });
  const lab = new LabPage(page, language);
  await lab.open('?page=train');
  await lab.playButton.click();
  // Long enough for several greedy evaluations to be charted.
  await trainPast(() => lab.steps(), past);
  await page.screenshot({ path, fullPage });
}

async function inspectorPanel(page: Page): Promise<void> {
  await page.setViewportSize({ width: 1360, height: 1000 });
  const lab = new LabPage(page);
  const inspector = new InspectorPanel(page);
  await lab.open('?page=train');
  await lab.playButton.click();
  await trainPast(() => lab.steps(), 3000);
  await lab.pauseButton.click();
  await inspector.stepShopperButton.click();
  await inspector.stepUpdateButton.click();
  await inspector.updateEffect.waitFor();
  await inspector.region.screenshot({ path: 'docs/screenshot-inspector.png' });
}

async function comparePage(page: Page): Promise<void> {
  // Taller than the others: the pair's lesson and each side's preset lesson sit above the charts.
  await page.setViewportSize({ width: 1360, height: 1500 });
  const compare = new ComparePage(page);
  await compare.open('?page=compare&a=myopic&b=default');
  await compare.playButton.click();
  await trainPast(() => compare.steps('B'), 20_000);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: 'docs/screenshot-compare.png' });
}

async function main(): Promise<void> {
  const server = await startPreview(PORT);
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch(CHROMIUM);
    const pictures: [string, (page: Page) => Promise<void>][] = [
      ['docs/screenshot-play.png', playSession],
      ['docs/screenshot-train.png', (page) => trainingPage(page, 'en', 22_000, 'docs/screenshot-train.png', true)],
      ['docs/screenshot-inspector.png', inspectorPanel],
      ['docs/screenshot-compare.png', comparePage],
      ['docs/screenshot-train-zh.png', (page) => trainingPage(page, 'zh', 15_000, 'docs/screenshot-train-zh.png', false)],
    ];
    const wanted = process.argv.slice(2);
    const unknown = wanted.filter((name) => !pictures.some(([path]) => path === `docs/screenshot-${name}.png`));
    if (unknown.length > 0) throw new Error(`no picture named ${unknown.join(', ')}: the pictures are ${pictures.map(([path]) => path.slice('docs/screenshot-'.length, -'.png'.length)).join(', ')}`);
    for (const [path, take] of pictures) {
      if (wanted.length > 0 && !wanted.includes(path.slice('docs/screenshot-'.length, -'.png'.length))) continue;
      // The page models open pages by their search string, relative to the lab's address.
      const context = await browser.newContext({ baseURL: server.url });
      await take(await context.newPage());
      await context.close();
      process.stdout.write(`${path}\n`);
    }
  } finally {
    await browser?.close();
    server.stop();
  }
}

await main();
