// Keeps the address bar equal to what a page shows: replaceState (no history entry per slider move), with
// the reader's explicit language kept in it, so the address is always a link to share.
import { useEffect } from 'react';
import { useWithPageLanguage } from '../i18n/language-store';

/** Writes `search` (null: nothing yet) into the address bar whenever it changes. */
export function useAddress(search: string | null): void {
  const withPageLanguage = useWithPageLanguage();
  const target = search === null ? null : withPageLanguage(search);
  useEffect(() => {
    if (target !== null && target !== window.location.search) window.history.replaceState(window.history.state, '', target + window.location.hash);
  }, [target]);
}
