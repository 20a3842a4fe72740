// A control that a lecture link can hide from the audience (hide=advanced,alpha,...).
import type { ReactNode } from 'react';
import type { HideableControl } from '../../../preset/url-keys';
import { selectHiddenControls } from '../../../store/lab-link-selectors';
import { useLab } from '../../app/store-context';

export function useHidden(control: HideableControl): boolean {
  return useLab(selectHiddenControls).includes(control);
}

export function Hideable({ control, children }: { control: HideableControl; children: ReactNode }) {
  return useHidden(control) ? null : children;
}
