// Opens the comparison the page's link describes (its two workers start), ends both workers when the
// reader leaves the page, and keeps the address bar equal to the comparison that runs (replaceState).
import { useEffect, useRef, useState } from 'react';
import { formatAbSearch, parseAbSearch, type AbCorrection } from '../../preset/ab-url';
import { selectAbActions, selectAbPhase, selectAbSetup } from '../../store/ab-selectors';
import { useLab } from '../app/store-context';
import { useLanguageStore, withPageLanguage } from '../i18n/language-store';

/** Keys that say nothing about the comparison: a link with only these reopens the last one. */
const NEUTRAL_KEYS = ['page', 'lang'];

export interface AbLinkState {
  corrections: readonly AbCorrection[];
  dismissCorrections(): void;
}

export function useAbLink(): AbLinkState {
  const { open, close } = useLab(selectAbActions);
  const setup = useLab(selectAbSetup);
  const phase = useLab(selectAbPhase);
  const [corrections, setCorrections] = useState<readonly AbCorrection[]>([]);
  const [autoplay, setAutoplay] = useState(false);
  // The comparison of an earlier visit (the store keeps it after the workers end), read once on arrival.
  const earlier = useRef(setup);
  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    const describesOne = [...params.keys()].some((key) => !NEUTRAL_KEYS.includes(key));
    if (!describesOne && earlier.current) void open(earlier.current, false);
    else {
      const parsed = parseAbSearch(window.location.search);
      setCorrections(parsed.corrections);
      setAutoplay(parsed.autoplay);
      void open(parsed.setup, parsed.autoplay);
    }
    return () => close();
  }, [open, close]);
  // The language is read here so that a change of language rewrites the link too.
  useLanguageStore((state) => `${state.language}${state.explicit}`);
  const search = setup && phase !== 'idle' ? withPageLanguage(formatAbSearch({ setup, autoplay }, 'compare')) : null;
  useEffect(() => {
    if (search !== null && search !== window.location.search) window.history.replaceState(window.history.state, '', search + window.location.hash);
  }, [search]);
  return { corrections, dismissCorrections: () => setCorrections([]) };
}
