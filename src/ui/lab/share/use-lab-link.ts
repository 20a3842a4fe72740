// Opens the lab as the page's link describes, then keeps the link equal to the lab: replaceState, so a
// slider turned twenty times adds no history entry, and the address bar is always a link to share.
import { useEffect } from 'react';
import { formatLabSearch, parseLabSearch, type LabLink } from '../../../preset/lab-url';
import { isPresetName } from '../../../preset/presets';
import type { LectureView } from '../../../preset/url-keys';
import { selectLabLinkActions, selectLectureView } from '../../../store/lab-link-selectors';
import { selectDraft, selectPresetName } from '../../../store/lab-selectors';
import { useLab } from '../../app/store-context';
import { useAddress } from '../../app/use-address';
import { withPageLanguage } from '../../i18n/language-store';

/** The lab being edited as a link, or null until the engine has loaded it. */
export function useCurrentLink(view?: LectureView): LabLink | null {
  const presetName = useLab(selectPresetName);
  const draft = useLab(selectDraft);
  const pageView = useLab(selectLectureView);
  if (!draft || !isPresetName(presetName)) return null;
  return { presetName, config: draft, view: view ?? pageView };
}

/** The page parameter of the address the reader is on, kept in every link the lab writes. */
export function currentPage(): string | null {
  return new URLSearchParams(window.location.search).get('page');
}

/** The full address of a link, on this host and path. */
export function linkAddress(link: LabLink): string {
  return new URL(withPageLanguage(formatLabSearch(link, currentPage())), window.location.href).href;
}

export function useLabLink(): void {
  const { openLink } = useLab(selectLabLinkActions);
  const link = useCurrentLink();
  useEffect(() => {
    void openLink(parseLabSearch(window.location.search));
  }, [openLink]);
  useAddress(link ? formatLabSearch(link, currentPage()) : null);
}
