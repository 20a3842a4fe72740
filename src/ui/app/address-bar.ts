// The one module that reads and writes the browser's address (besides the browser's own back and forward).
// Every page's link, page navigation and the language choice go through it, written by the one codec in
// src/preset/address.ts. A page's state replaces the current history entry (a slider turned twenty times
// adds none, and the address is always a link to share); opening another page pushes one, so back and
// forward move between pages.
import { useEffect, useSyncExternalStore } from 'react';
import { formatAddress, parseAddressLanguage, parsePageId, readPageState, withAddressLanguage, type Address, type PageId, type PageReading } from '../../preset/address';
import type { Language, LinkLanguage } from '../../preset/link-language';

/** Fired after the lab writes the address: pushState and replaceState fire no event of their own. */
const WRITTEN_EVENT = 'qshop-address-written';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(WRITTEN_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(WRITTEN_EVENT, onChange);
  };
}

const readSearch = () => window.location.search;
/** The page the address names now (main.tsx fetches its code at start). */
export const readPageId = () => parsePageId(readSearch());

/** The page the address names, as React state: it follows back, forward and page links. */
export function usePageId(): PageId {
  return useSyncExternalStore(subscribe, readPageId, () => parsePageId(''));
}

/** A page's part of the address as it is now: the page reads it once, on arrival (no other page's part is parsed). */
export function readPageAddress<P extends PageId>(page: P): PageReading<P> {
  return readPageState(readSearch(), page);
}

/** The language the address names, read once at start. */
export function readAddressLanguage(): LinkLanguage {
  return parseAddressLanguage(readSearch());
}

function write(search: string, entry: 'replace' | 'push'): void {
  if (entry === 'replace' && search === readSearch()) return;
  // The path and the fragment stay: the lab may be served from any sub-path.
  const url = window.location.pathname + search + window.location.hash;
  if (entry === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(window.history.state, '', url);
  window.dispatchEvent(new Event(WRITTEN_EVENT));
}

/** Writes an address over the current history entry. */
export function replaceAddress(address: Address): void {
  write(formatAddress(address), 'replace');
}

/** Opens another page: a new history entry, with the page alone (each page writes its own state back). */
export function openPage(page: PageId, language: Language | null): void {
  write(formatAddress({ page, state: null, language }), 'push');
}

/** Writes the reader's language (null: a guessed one, left out of links) into the current address, the rest kept. */
export function replaceAddressLanguage(language: Language | null): void {
  write(withAddressLanguage(readSearch(), language), 'replace');
}

/** The full address of an address, on this host and path: what Share copies. */
export function addressHref(address: Address): string {
  return new URL(window.location.pathname + formatAddress(address), window.location.href).href;
}

/** Keeps the address equal to what a page shows (null: nothing to write yet). */
export function useAddressWriter(address: Address | null): void {
  const search = address === null ? null : formatAddress(address);
  useEffect(() => {
    if (search !== null) write(search, 'replace');
  }, [search]);
}
