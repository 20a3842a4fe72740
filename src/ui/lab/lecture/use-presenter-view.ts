// Presenter view restyles the whole page (header and footer too), so it is a class on the document while the lab is open.
import { useEffect } from 'react';
import { selectPresenting } from '../../../store/lab-link-selectors';
import { useLab } from '../../app/store-context';

export const PRESENTING_CLASS = 'presenting';

export function usePresenterView(): void {
  const presenting = useLab(selectPresenting);
  useEffect(() => {
    document.documentElement.classList.toggle(PRESENTING_CLASS, presenting);
    return () => document.documentElement.classList.remove(PRESENTING_CLASS);
  }, [presenting]);
}
