// Opens the comparison the page's link describes (its two workers start), ends both workers when the
// reader leaves the page, and keeps the address bar equal to the comparison that runs (replaceState).
import { useEffect, useRef, useState } from 'react';
import { formatAbSearch, parseAbSearch } from '../../preset/ab-url';
import type { LinkCorrection } from '../../preset/lab-url';
import { FOREIGN_KEYS } from '../../preset/url-keys';
import { selectAbActions, selectAbPhase, selectAbSetup } from '../../store/ab-selectors';
import { useLab } from '../app/store-context';
import { useAddress } from '../app/use-address';


export interface AbLinkState {
  corrections: readonly LinkCorrection[];
  dismissCorrections(): void;
}

export function useAbLink(): AbLinkState {
  const { open, close } = useLab(selectAbActions);
  const setup = useLab(selectAbSetup);
  const phase = useLab(selectAbPhase);
  const [corrections, setCorrections] = useState<readonly LinkCorrection[]>([]);
  const [autoplay, setAutoplay] = useState(false);
  // The comparison of an earlier visit (the store keeps it after the workers end), read once on arrival.
  const earlier = useRef(setup);
  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    const describesOne = [...params.keys()].some((key) => !FOREIGN_KEYS.includes(key));
    if (!describesOne && earlier.current) void open(earlier.current, false);
    else {
      const parsed = parseAbSearch(window.location.search);
      setCorrections(parsed.corrections);
      setAutoplay(parsed.autoplay);
      void open(parsed.setup, parsed.autoplay);
    }
    return () => close();
  }, [open, close]);
  useAddress(setup && phase !== 'idle' ? formatAbSearch({ setup, autoplay }, 'compare') : null);
  return { corrections, dismissCorrections: () => setCorrections([]) };
}
