// The built site: no request ever leaves the page's origin, the Content Security Policy holds while the lab
// trains, the policy's header file reaches the workers on a static host, and the lab works from a sub-path and
// offline after the first visit.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { InspectorPanel } from './pages/InspectorPanel';
import { LabPage } from './pages/LabPage';
import { serveStatic, type StaticSite } from './support/static-server';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

/** Every request the context makes (the page, its training worker and the service worker) whose origin is not the site's. */
function foreignRequests(context: BrowserContext, origin: string): string[] {
  const foreign: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== origin) foreign.push(request.url());
  });
  return foreign;
}

/** Collects Content Security Policy violations reported to the page. */
async function watchPolicy(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { policyViolations: string[] }).policyViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { policyViolations: string[] }).policyViolations);
}

test('no request leaves the origin and the Content Security Policy holds while the lab trains', async ({ page, context, baseURL }) => {
  test.setTimeout(120_000);
  const foreign = foreignRequests(context, new URL(baseURL ?? '').origin);
  const violations = await watchPolicy(page);
  await page.goto('/?page=play');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  const scriptSources = policy?.split(';').map((directive) => directive.trim()).find((directive) => directive.startsWith('script-src '));
  expect(scriptSources).toBe("script-src 'self' 'wasm-unsafe-eval'");
  expect(await page.locator('script:not([src])').count()).toBe(0);

  const lab = new LabPage(page);
  const inspector = new InspectorPanel(page);
  await lab.open();
  await lab.playButton.click();
  await expect.poll(() => lab.steps(), { timeout: 30_000 }).toBeGreaterThan(2000);
  await lab.pauseButton.click();
  await inspector.stepShopperButton.click();
  await expect(inspector.region.getByLabel('TD target').locator('.katex')).toBeVisible();
  expect(await violations()).toEqual([]);
  expect(foreign).toEqual([]);
});

test.describe('from a sub-path of a static host', () => {
  let site: StaticSite;
  test.beforeAll(async () => {
    site = await serveStatic(DIST, '/courses/rl/q-shop-lab/');
  });
  test.afterAll(async () => {
    await site.close();
  });

  test('a host that reads the build\'s header file sends the policy with the page, the training worker and the service worker, and the lab trains under it', async ({ page, context }) => {
    test.setTimeout(120_000);
    const policies = new Map<string, string | undefined>();
    context.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      if (path.endsWith('/') || path.endsWith('.js')) policies.set(path.slice(path.lastIndexOf('/') + 1), response.headers()['content-security-policy']);
    });
    const lab = new LabPage(page);
    await page.goto(`${site.url}?page=train`);
    const metaPolicy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    await expect(lab.playButton).toBeEnabled({ timeout: 45_000 });
    await lab.playButton.click();
    await expect.poll(() => lab.steps(), { timeout: 45_000 }).toBeGreaterThan(1000);
    await lab.pauseButton.click();
    await page.evaluate(() => navigator.serviceWorker.ready);
    const worker = [...policies.keys()].find((file) => file.startsWith('training-worker-'));
    expect(worker).toBeDefined();
    expect(policies.get('')).toBe(metaPolicy);
    expect(policies.get(worker ?? '')).toBe(metaPolicy);
    expect(policies.get('sw.js')).toBe(metaPolicy);
  });

  test('the lab trains from a sub-path, and opens and steps offline after the first visit', async ({ page, context }) => {
    test.setTimeout(120_000);
    const foreign = foreignRequests(context, new URL(site.url).origin);
    const lab = new LabPage(page);
    const inspector = new InspectorPanel(page);
    await page.goto(`${site.url}?page=train`);
    await expect(lab.playButton).toBeEnabled({ timeout: 45_000 });
    await inspector.stepShopperButton.click();
    await expect(inspector.summary).toContainText('Shopper #');
    // The service worker has precached every built file once it controls the page.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    });

    await context.setOffline(true);
    await page.goto(`${site.url}?page=train&from=offline`);
    await expect(lab.heading).toBeVisible();
    await expect(lab.playButton).toBeEnabled({ timeout: 45_000 });
    await inspector.stepShopperButton.click();
    await expect(inspector.summary).toContainText('Shopper #');
    await page.goto(`${site.url}?page=play`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await context.setOffline(false);
    expect(foreign).toEqual([]);
  });
});
