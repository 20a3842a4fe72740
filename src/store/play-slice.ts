// The "Play it yourself" slice: one seeded shopper session that the student drives, one item per step.
// Actions are thin: they call the simulator's ShopperSession and copy its state into immutable fields.

import type { StateCreator } from 'zustand';
import type { Catalog } from '../sim/catalog';
import type { ShopperSession, StepDetail } from '../sim/session';
import type { Shopper } from '../sim/shopper';
import { compareWithReferences, createPlayCatalog, createPlaySession, type PolicyReturn } from './play-session';
import { DEFAULT_SEED, MAX_SHOPPER_INDEX, type PlayLinkNotice, type PlaySetup } from './play-url';

export interface PlayState {
  setup: PlaySetup;
  /** Shown until dismissed, when the URL's seed or shopper was unusable. */
  notice: PlayLinkNotice | null;
  catalog: Catalog;
  /** The hidden shopper (preferences, price sensitivity, starting trust). */
  shopper: Shopper;
  steps: readonly StepDetail[];
  /** The longest session, in steps. */
  maxSteps: number;
  /** Trust now (hidden from the agent). */
  trust: number;
  sessionReturn: number;
  /** What the agent would observe now: the 20 features. */
  observation: readonly number[];
  done: boolean;
  /** Every reference policy's return on this shopper, once the session has ended. */
  comparison: readonly PolicyReturn[] | null;
}

export interface PlayActions {
  /** Starts the setup's shopper from the first step, with an optional notice for the student. */
  start(setup: PlaySetup, notice?: PlayLinkNotice | null): void;
  /** Recommends one item (0 to 23); ignored once the session has ended. */
  recommend(item: number): void;
  /** The next shopper of the same seed. */
  nextShopper(): void;
  /** The same shopper again, from the first step. */
  restart(): void;
  dismissNotice(): void;
}

export interface PlaySlice {
  play: PlayState;
  playActions: PlayActions;
}

function snapshot(setup: PlaySetup, catalog: Catalog, session: ShopperSession, notice: PlayLinkNotice | null): PlayState {
  return {
    setup,
    notice,
    catalog,
    shopper: session.shopper,
    steps: [...session.steps],
    maxSteps: session.settings.maxSteps,
    trust: session.trust,
    sessionReturn: session.sessionReturn,
    observation: Array.from(session.observation),
    done: session.done,
    comparison: session.done ? compareWithReferences(setup, catalog, session.settings) : null,
  };
}

export const createPlaySlice: StateCreator<PlaySlice, [], [], PlaySlice> = (set, get) => {
  const initialSetup: PlaySetup = { seed: DEFAULT_SEED, shopperIndex: 0 };
  const initialCatalog = createPlayCatalog(initialSetup.seed);
  // The live session is mutable, so it stays in this store's closure; state gets immutable copies.
  let session = createPlaySession(initialSetup, initialCatalog);

  const start = (setup: PlaySetup, notice: PlayLinkNotice | null = null) => {
    const current = get().play;
    const catalog = setup.seed === current.catalog.seed ? current.catalog : createPlayCatalog(setup.seed);
    session = createPlaySession(setup, catalog);
    set({ play: snapshot(setup, catalog, session, notice) });
  };

  return {
    play: snapshot(initialSetup, initialCatalog, session, null),
    playActions: {
      start,
      recommend(item) {
        if (session.done) return;
        session.step(item);
        const { setup, catalog, notice } = get().play;
        set({ play: snapshot(setup, catalog, session, notice) });
      },
      nextShopper() {
        const { setup, notice } = get().play;
        const shopperIndex = setup.shopperIndex >= MAX_SHOPPER_INDEX ? 0 : setup.shopperIndex + 1;
        start({ seed: setup.seed, shopperIndex }, notice);
      },
      restart() {
        const { setup, notice } = get().play;
        start(setup, notice);
      },
      dismissNotice() {
        set((state) => ({ play: { ...state.play, notice: null } }));
      },
    },
  };
};
