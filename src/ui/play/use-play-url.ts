// Opens the session the page's link describes on the page's first visit (`?seed=&shopper=`; a later visit
// keeps the session on screen), then keeps the address equal to it (replaceState: no history spam).
import { useLayoutEffect } from 'react';
import { blankPageState } from '../../preset/address';
import { selectPlayActions, selectPlayLinkOpened, selectPlaySetup } from '../../store/play-selectors';
import { readPageAddress, useAddressWriter } from '../app/address-bar';
import { useLab } from '../app/store-context';
import { useLinkLanguage } from '../i18n/language-store';

export function usePlayUrl(): void {
  const setup = useLab(selectPlaySetup);
  const opened = useLab(selectPlayLinkOpened);
  const { openLink } = useLab(selectPlayActions);
  const language = useLinkLanguage();
  // Before the first paint, so the link's shopper is the first one the student sees.
  useLayoutEffect(() => {
    if (opened) return;
    const link = readPageAddress('play');
    openLink(link.state ?? blankPageState('play'), link.notice);
  }, [opened, openLink]);
  // Nothing is written until the link is read: the store's first session is not the link's.
  useAddressWriter(opened ? { page: 'play', state: setup, language } : null);
}
