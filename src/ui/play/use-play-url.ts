// Keeps `?seed=&shopper=` in the address bar equal to the session on screen (replaceState: no history spam).
import { selectPlaySetup } from '../../store/play-selectors';
import { formatPlaySearch } from '../../preset/play-url';
import { useLab } from '../app/store-context';
import { useAddress } from '../app/use-address';

export function usePlayUrl(): void {
  const setup = useLab(selectPlaySetup);
  useAddress(formatPlaySearch(window.location.search, setup));
}
