// The route table: one line per page, chosen by `?page=<id>`; the first page is the default.
import type { ComponentType } from 'react';
import { PlayPage } from '../play/PlayPage';

export interface PageRoute {
  /** The value of `?page=` (URL-safe, stable: links are shared). */
  id: string;
  /** The navigation label. */
  label: string;
  Component: ComponentType;
}

export const PAGES: readonly PageRoute[] = [
  { id: 'play', label: 'Play it yourself', Component: PlayPage },
];

/** The page a search string asks for, or the first page when it names none (or an unknown one). */
export function pageFromSearch(search: string, pages: readonly PageRoute[] = PAGES): PageRoute {
  const id = new URLSearchParams(search).get('page');
  return pages.find((page) => page.id === id) ?? pages[0];
}

/** The search string that opens a page, other parameters kept. */
export function searchForPage(search: string, pageId: string): string {
  const params = new URLSearchParams(search);
  params.set('page', pageId);
  return `?${params.toString()}`;
}
