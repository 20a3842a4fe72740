// Opens the comparison the page's link describes (its two workers start), ends both workers when the
// reader leaves the page, and keeps the address bar equal to the comparison that runs (replaceState).
import { useEffect, useRef, useState } from 'react';
import { blankPageState } from '../../preset/address';
import type { LinkCorrection } from '../../preset/lab-url';
import { selectAbActions, selectAbPhase, selectAbSetup } from '../../store/ab-selectors';
import { readPageAddress, useAddressWriter } from '../app/address-bar';
import { useLab } from '../app/store-context';
import { useLinkLanguage } from '../i18n/language-store';

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
  const language = useLinkLanguage();
  // The comparison of an earlier visit (the store keeps it after the workers end), read once on arrival.
  const earlier = useRef(setup);
  useEffect(() => {
    const opened = readPageAddress('compare');
    if (opened.state === null && earlier.current) void open(earlier.current, false);
    else {
      // An address naming the page alone opens the first lesson pair.
      const link = opened.state ?? blankPageState('compare');
      setCorrections(opened.notice);
      setAutoplay(link.autoplay);
      void open(link.setup, link.autoplay);
    }
    return () => close();
  }, [open, close]);
  useAddressWriter(setup && phase !== 'idle' ? { page: 'compare', state: { setup, autoplay }, language } : null);
  return { corrections, dismissCorrections: () => setCorrections([]) };
}
