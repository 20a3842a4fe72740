// Keeps `?seed=&shopper=` in the address bar equal to the session on screen (replaceState: no history spam).
import { useEffect } from 'react';
import { selectPlaySetup } from '../../store/play-selectors';
import { formatPlaySearch } from '../../store/play-url';
import { useLab } from '../app/store-context';

export function usePlayUrl(): void {
  const setup = useLab(selectPlaySetup);
  useEffect(() => {
    const search = formatPlaySearch(window.location.search, setup);
    if (search !== window.location.search) window.history.replaceState(window.history.state, '', search + window.location.hash);
  }, [setup]);
}
