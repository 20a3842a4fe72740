// Page model of how a page arrives: every text the page paints (recorded from before its first script runs, so a
// word that shows for one frame is caught), the scripts its main thread fetches with what they hold, and the
// moment its Play button first worked. Install before opening the page.
import type { Page, Route } from '@playwright/test';

interface FetchedScript {
  url: string;
  body: string;
}

declare global {
  interface Window {
    /** Texts the page painted into its root, in order. */
    paintedTexts?: string[];
    /** performance.now() when the run controls' first button (Play) was first enabled. */
    usableAt?: number;
  }
}

export class PageLoading {
  readonly page: Page;
  private readonly scripts: FetchedScript[] = [];

  constructor(page: Page) {
    this.page = page;
  }

  /** Starts recording painted texts, fetched scripts and the moment Play works. */
  async watch(): Promise<void> {
    await this.page.addInitScript(() => {
      window.paintedTexts = [];
      const record = (mutations: MutationRecord[]) => {
        for (const mutation of mutations) {
          if (!(mutation.target instanceof Node) || !document.getElementById('root')?.contains(mutation.target)) continue;
          if (mutation.type === 'characterData') window.paintedTexts?.push(mutation.target.textContent ?? '');
          for (const node of mutation.addedNodes) if (node.textContent) window.paintedTexts?.push(node.textContent);
        }
        const play = document.querySelector<HTMLButtonElement>('.run-controls button');
        if (play && !play.disabled && window.usableAt === undefined) window.usableAt = performance.now();
      };
      new MutationObserver(record).observe(document, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['disabled'] });
    });
    this.page.on('response', async (response) => {
      const url = response.url();
      if (!url.endsWith('.js') || url.includes('training-worker-')) return;
      this.scripts.push({ url, body: await response.text().catch(() => '') });
    });
  }

  /** Makes every script that holds `text` fail to arrive, as when the network drops (others arrive as usual). */
  async dropScriptsHolding(text: string): Promise<void> {
    await this.page.route('**/*.js', async (route: Route) => {
      const response = await route.fetch();
      const body = await response.text();
      if (body.includes(text)) await route.abort('internetdisconnected');
      else await route.fulfill({ response, body });
    });
  }

  async paintedTexts(): Promise<string[]> {
    return this.page.evaluate(() => window.paintedTexts ?? []);
  }

  /** The fetched scripts that hold `text` (a catalog's sentence, a component's class name). */
  scriptsHolding(text: string): string[] {
    return this.scripts.filter((script) => script.body.includes(text)).map((script) => script.url);
  }

  /** Whether the page asked for each of these scripts only after its Play button worked (the page's own timeline). */
  async requestedAfterPlayWorked(urls: readonly string[]): Promise<boolean[]> {
    return this.page.evaluate((wanted) => {
      const usableAt = window.usableAt ?? Number.POSITIVE_INFINITY;
      return wanted.map((url) => {
        const entries = performance.getEntriesByName(url);
        return entries.length > 0 && entries.every((entry) => entry.startTime > usableAt);
      });
    }, urls);
  }
}
