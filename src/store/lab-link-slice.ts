// The training page's link: how the page presents the lab (controls hidden from the audience, the
// presenter view) and what the link that opened it had to have corrected.

import type { StateCreator } from 'zustand';
import type { LabConfig } from '../contracts/lab-config';
import type { LinkCorrection } from '../preset/lab-url';
import type { LectureView } from '../preset/url-keys';
import type { LabSlice } from './lab-slice';

export interface LabLinkState {
  view: LectureView;
  /** What the opening link asked for that the lab corrected, until the reader dismisses the notice. */
  corrections: readonly LinkCorrection[];
}

/** A link as read (src/preset/lab-url.ts reads it, on the page, so the store loads no schema code). */
export interface OpenedLink {
  presetName: string;
  config: LabConfig;
  view: LectureView;
  corrections: readonly LinkCorrection[];
}

export interface LabLinkActions {
  /** Starts the lab as the link describes; once: a later visit to the page keeps the lab that runs. */
  openLink(link: OpenedLink): Promise<void>;
  dismissCorrections(): void;
  setPresenting(present: boolean): void;
}

export interface LabLinkSlice {
  labLink: LabLinkState;
  labLinkActions: LabLinkActions;
}

const initialLink: LabLinkState = { view: { hidden: [], present: false, autoplay: false }, corrections: [] };

export const createLabLinkSlice: StateCreator<LabLinkSlice & LabSlice, [], [], LabLinkSlice> = (set, get) => {
  const update = (change: Partial<LabLinkState>) => set((state) => ({ labLink: { ...state.labLink, ...change } }));
  return {
    labLink: initialLink,
    labLinkActions: {
      async openLink({ presetName, config, view, corrections }) {
        if (get().lab.phase !== 'idle') return;
        update({ view, corrections });
        await get().labActions.connect({ presetName, config, autoplay: view.autoplay });
      },
      dismissCorrections: () => update({ corrections: [] }),
      setPresenting: (present) => update({ view: { ...get().labLink.view, present } }),
    },
  };
};
