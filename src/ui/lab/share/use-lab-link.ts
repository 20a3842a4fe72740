// Opens the lab as the page's link describes, then keeps the link equal to the lab: replaceState, so a
// slider turned twenty times adds no history entry, and the address bar is always a link to share.
import { useEffect } from 'react';
import { blankPageState } from '../../../preset/address';
import type { LabLink } from '../../../preset/lab-url';
import { isPresetName } from '../../../preset/presets';
import type { LectureView } from '../../../preset/url-keys';
import { selectLabLinkActions, selectLectureView } from '../../../store/lab-link-selectors';
import { selectDraft, selectPresetName } from '../../../store/lab-selectors';
import { addressHref, readPageAddress, useAddressWriter } from '../../app/address-bar';
import { useLab } from '../../app/store-context';
import { linkLanguage, useLinkLanguage } from '../../i18n/language-store';

/** The lab being edited as a link, or null until the engine has loaded it. */
export function useCurrentLink(view?: LectureView): LabLink | null {
  const presetName = useLab(selectPresetName);
  const draft = useLab(selectDraft);
  const pageView = useLab(selectLectureView);
  if (!draft || !isPresetName(presetName)) return null;
  return { presetName, config: draft, view: view ?? pageView };
}

/** The full address of a link, on this host and path, in the reader's chosen language. */
export function linkAddress(link: LabLink): string {
  return addressHref({ page: 'train', state: link, language: linkLanguage() });
}

export function useLabLink(): void {
  const { openLink } = useLab(selectLabLinkActions);
  const link = useCurrentLink();
  const language = useLinkLanguage();
  useEffect(() => {
    // An address naming the page alone opens the default lab.
    const opened = readPageAddress('train');
    void openLink({ ...(opened.state ?? blankPageState('train')), corrections: opened.notice });
  }, [openLink]);
  useAddressWriter(link ? { page: 'train', state: link, language } : null);
}
