// The main-thread JavaScript each page fetches before it is usable, gzipped, per language.
// Counted from the page's own resource timeline (a worker's fetches are in the worker's, so they never count),
// every script whose request started before the moment of use, whether or not it had arrived: the training
// page is usable when its Play button is enabled (a mutation observer notes the moment, installed before the
// page's first script); the landing page when it has rendered and the network is idle. What the training page
// fetches once usable (charts, panels), until none of its placeholders is left, is listed too. Languages come
// from the browser's locale, as a first visit's would (no `lang=` in the link, nothing saved).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export interface PageWeight {
  /** Gzipped bytes of each main-thread script fetched before the page was usable, by file. */
  before: ReadonlyMap<string, number>;
  /** The same for the scripts fetched once it was, until its placeholders were gone. */
  after: ReadonlyMap<string, number>;
}

export const PAGE_LANGUAGES = { en: 'en-GB', zh: 'zh-CN' } as const;
export type PageName = 'train' | 'play';

const gzipped = (dist: string, file: string) => gzipSync(readFileSync(join(dist, 'assets', file))).length;
export const totalOf = (files: ReadonlyMap<string, number>) => [...files.values()].reduce((sum, bytes) => sum + bytes, 0);

/** The worker's own script is not main-thread JavaScript (its imports are fetched by the worker, so never listed). */
const isMainThreadScript = (file: string) => file.endsWith('.js') && !file.startsWith('training-worker-') && file !== 'sw.js';

/** Fetched scripts of one page, split at the moment it became usable. */
export async function pageWeight(browser: Browser, base: string, dist: string, page: PageName, locale: string): Promise<PageWeight> {
  const context = await browser.newContext({ locale, viewport: { width: 1400, height: 1000 } });
  try {
    const tab = await context.newPage();
    // Notes when the training page's Play button (the run controls' first) is first enabled.
    await tab.addInitScript(() => {
      const note = () => {
        const play = document.querySelector<HTMLButtonElement>('.run-controls button');
        if (play && !play.disabled && !('usableAt' in window)) Object.assign(window, { usableAt: performance.now() });
      };
      new MutationObserver(note).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled'] });
    });
    await tab.goto(`${base}/${page === 'train' ? '?page=train' : ''}`, { waitUntil: 'networkidle' });
    if (page === 'train') {
      await tab.waitForFunction(() => 'usableAt' in window, null, { timeout: 90_000 });
      // Then the parts that load once the lab has started: no placeholder is left when they all have.
      await tab.waitForFunction(() => document.querySelector('.lab-page [aria-busy="true"]') === null, null, { timeout: 90_000 });
    }
    const entries = await tab.evaluate(() => {
      const usableAt = (window as { usableAt?: number }).usableAt ?? Number.POSITIVE_INFINITY;
      return performance.getEntriesByType('resource').map((entry) => ({ url: entry.name, before: entry.startTime < usableAt }));
    });
    const before = new Map<string, number>();
    const after = new Map<string, number>();
    for (const { url, before: early } of entries) {
      const path = new URL(url).pathname;
      const file = path.slice(path.lastIndexOf('/') + 1);
      if (isMainThreadScript(file)) (early ? before : after).set(file, gzipped(dist, file));
    }
    return { before, after };
  } finally {
    await context.close();
  }
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const listed = (files: ReadonlyMap<string, number>) =>
  [...files.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([file, bytes]) => `      ${kb(bytes).padStart(9)}  ${file}`)
    .join('\n');
