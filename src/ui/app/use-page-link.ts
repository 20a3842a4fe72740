// Links between the lab's pages: the address of each (in the reader's language), and in-place navigation
// on a plain click, so the header and the landing page's guide open pages the same way.
import type { MouseEvent } from 'react';
import { formatAddress, type PageId } from '../../preset/address';
import { useLinkLanguage } from '../i18n/language-store';
import { openPage } from './address-bar';

export function usePageLink(currentPageId: PageId) {
  const language = useLinkLanguage();
  // A page link names the page alone: one page's keys mean something else on another (the play page's
  // seed is a catalog seed, the lab's a training seed), and each page writes its own state back.
  const href = (pageId: PageId) => formatAddress({ page: pageId, state: null, language });
  const open = (event: MouseEvent<HTMLAnchorElement>, pageId: PageId) => {
    // Plain clicks navigate in place; modified clicks (new tab) keep the browser's default.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (pageId !== currentPageId) openPage(pageId, language);
  };
  return { href, open };
}
