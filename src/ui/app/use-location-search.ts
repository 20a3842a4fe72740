// The current `location.search` as React state, plus same-document navigation that keeps it in sync.
import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
}

const readSearch = () => window.location.search;

export function useLocationSearch(): string {
  return useSyncExternalStore(subscribe, readSearch, () => '');
}

/** Pushes a new search string and tells subscribers (pushState itself fires no event). */
export function navigateToSearch(search: string): void {
  window.history.pushState(null, '', search + window.location.hash);
  window.dispatchEvent(new PopStateEvent('popstate'));
}
