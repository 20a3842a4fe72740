// Links between the lab's pages: the address of each (in the reader's language), and in-place navigation
// on a plain click, so the header and the landing page's guide open pages the same way.
import type { MouseEvent } from 'react';
import { useWithPageLanguage } from '../i18n/language-store';
import { searchForPage } from './routing';
import { navigateToSearch } from './use-location-search';

export function usePageLink(currentPageId: string) {
  const withPageLanguage = useWithPageLanguage();
  const href = (pageId: string) => withPageLanguage(searchForPage(pageId));
  const open = (event: MouseEvent<HTMLAnchorElement>, pageId: string) => {
    // Plain clicks navigate in place; modified clicks (new tab) keep the browser's default.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (pageId !== currentPageId) navigateToSearch(href(pageId));
  };
  return { href, open };
}
