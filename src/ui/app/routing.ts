// Page routing: the route table's entry for the page the address names (src/preset/address.ts reads
// `?page=`), a pure function so it tests without a browser.
import type { ComponentType } from 'react';
import type { PageId } from '../../preset/address';
import type { Messages } from '../i18n/messages';

export interface PageRoute {
  /** The value of `?page=` (URL-safe, stable: links are shared). */
  id: PageId;
  /** The navigation label, in the page's language. */
  label: (t: Messages) => string;
  /** What the page is for, in a few words (the landing page's guide). */
  summary: (t: Messages) => string;
  Component: ComponentType;
  /** Starts fetching a page that loads on demand, before it first renders (main.tsx calls it while the words load). */
  preload?: () => unknown;
}

/** The route of a page, or the first route (the landing page) when the table has none for it. */
export function routeOf(pageId: PageId, pages: readonly PageRoute[]): PageRoute {
  return pages.find((page) => page.id === pageId) ?? pages[0];
}
