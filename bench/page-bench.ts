// `npm run bench:page`: the main-thread JavaScript the landing and training pages fetch before they are usable,
// gzipped, in English and in Chinese, with the files (how it is counted: page-weight.ts).

import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { kb, listed, PAGE_LANGUAGES, pageWeight, totalOf } from './page-weight';
import { CHROMIUM, startPreview } from './preview-server';

async function main(): Promise<void> {
  const port = Number(process.env.BENCH_PORT ?? 4176);
  const dist = process.env.BENCH_DIST ?? join(process.cwd(), 'dist');
  const server = await startPreview(port, dist);
  const browser = await chromium.launch(CHROMIUM);
  try {
    const lines: string[] = [];
    for (const page of ['train', 'play'] as const) {
      for (const [language, locale] of Object.entries(PAGE_LANGUAGES)) {
        const weight = await pageWeight(browser, server.url, dist, page, locale);
        const moment = page === 'train' ? 'before Play works' : 'rendered, network idle';
        lines.push(`${page === 'train' ? 'training page' : 'landing page'} (${language}): main-thread JS ${moment}, gzipped: ${kb(totalOf(weight.before))} in ${weight.before.size} files${page === 'train' ? ' (target < 200 KB)' : ''}`);
        lines.push(listed(weight.before));
        if (weight.after.size > 0) lines.push(`    then, once usable: ${kb(totalOf(weight.after))} in ${weight.after.size} files\n${listed(weight.after)}`);
      }
    }
    process.stdout.write(`\nPage weight (Chromium at /usr/bin/chromium, vite preview of ${dist})\n${lines.join('\n')}\n`);
  } finally {
    await browser.close();
    server.stop();
  }
}

await main();
