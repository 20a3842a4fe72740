// Page routing by `?page=<id>`: pure functions over the route table, so they test without a browser.
import type { ComponentType } from 'react';

export interface PageRoute {
  /** The value of `?page=` (URL-safe, stable: links are shared). */
  id: string;
  /** The navigation label. */
  label: string;
  Component: ComponentType;
}

/** The page a search string asks for, or the first page when it names none (or an unknown one). */
export function pageFromSearch(search: string, pages: readonly PageRoute[]): PageRoute {
  const id = new URLSearchParams(search).get('page');
  return pages.find((page) => page.id === id) ?? pages[0];
}

/** The search string that opens a page, other parameters kept. */
export function searchForPage(search: string, pageId: string): string {
  const params = new URLSearchParams(search);
  params.set('page', pageId);
  return `?${params.toString()}`;
}
