// Page routing by `?page=<id>`: pure functions over the route table, so they test without a browser.
import type { ComponentType } from 'react';
import type { Messages } from '../i18n/messages';

export interface PageRoute {
  /** The value of `?page=` (URL-safe, stable: links are shared). */
  id: string;
  /** The navigation label, in the page's language. */
  label: (t: Messages) => string;
  /** What the page is for, in a few words (the landing page's guide). */
  summary: (t: Messages) => string;
  Component: ComponentType;
}

/** The page a search string asks for, or the first page when it names none (or an unknown one). */
export function pageFromSearch(search: string, pages: readonly PageRoute[]): PageRoute {
  const id = new URLSearchParams(search).get('page');
  return pages.find((page) => page.id === id) ?? pages[0];
}

/**
 * The search string that opens a page. The other parameters belong to the page that wrote them (the play
 * page's seed is a catalog seed, the lab's a training seed), and each page keeps its own state in the
 * store and writes it back, so none is carried over (the reader's language is added by the header, see useWithPageLanguage).
 */
export function searchForPage(pageId: string): string {
  return `?${new URLSearchParams({ page: pageId }).toString()}`;
}
