// The "Play it yourself" slice: one seeded shopper session that the student drives, one item per step.
// Actions are thin: they call the simulator's ShopperSession and copy its state into immutable fields.

import type { StateCreator } from 'zustand';
import type { Catalog } from '../sim/catalog';
import type { ExpectedReturn, ExpectedReturnWork } from '../sim/expected-return';
import type { ShopperSession, StepDetail } from '../sim/session';
import type { Shopper } from '../sim/shopper';
import { compareWithReferences, createExpectedReturnWork, createPlayCatalog, createPlaySession, type PolicyReturn } from './play-session';
import { DEFAULT_SEED, DEFAULT_SHOPPER, MAX_SHOPPER_INDEX, type PlayLinkNotice, type PlaySetup } from '../preset/play-url';

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
  /**
   * Every reference policy's expected return for this shopper (over all coin flips), once worked out:
   * the work starts at the student's first pick and runs in slices between frames.
   */
  expected: readonly ExpectedReturn[] | null;
}

export interface PlayActions {
  /** Starts the setup's shopper from the first step, with an optional notice for the student. */
  start(setup: PlaySetup, notice?: PlayLinkNotice | null): void;
  /** Starts the session the page's link describes, once: a later visit to the page keeps the session on screen. */
  openLink(setup: PlaySetup, notice: PlayLinkNotice | null): void;
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
  /** The page's link has been read into the session (the page reads it on its first visit only). */
  playLinkOpened: boolean;
  playActions: PlayActions;
}

/** Longest slice of expected-return work between two frames, in milliseconds. */
const WORK_SLICE_MS = 12;

const sameSetup = (a: PlaySetup, b: PlaySetup) => a.seed === b.seed && a.shopperIndex === b.shopperIndex;

function snapshot(
  setup: PlaySetup,
  catalog: Catalog,
  session: ShopperSession,
  notice: PlayLinkNotice | null,
  expected: readonly ExpectedReturn[] | null,
): PlayState {
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
    expected,
  };
}

export const createPlaySlice: StateCreator<PlaySlice, [], [], PlaySlice> = (set, get) => {
  const initialSetup: PlaySetup = { seed: DEFAULT_SEED, shopperIndex: DEFAULT_SHOPPER };
  const initialCatalog = createPlayCatalog(initialSetup.seed);
  // The live session and the expected-return work are mutable, so they stay in this store's closure;
  // state gets immutable copies.
  let session = createPlaySession(initialSetup, initialCatalog);
  let expectedWork: { setup: PlaySetup; work: ExpectedReturnWork } | null = null;
  let workTimer: ReturnType<typeof setTimeout> | null = null;

  const stopWork = () => {
    if (workTimer !== null) clearTimeout(workTimer);
    workTimer = null;
    expectedWork = null;
  };

  /** One slice of the expected-return work; the next slice waits for the page to draw. */
  const workOn = () => {
    workTimer = null;
    const current = expectedWork;
    if (!current) return;
    const started = performance.now();
    if (!current.work.advance(() => performance.now() - started >= WORK_SLICE_MS)) {
      workTimer = setTimeout(workOn, 0);
      return;
    }
    const { play } = get();
    if (sameSetup(play.setup, current.setup)) set({ play: { ...play, expected: current.work.results } });
  };

  /** Starts the work for the shopper on screen, unless it is under way or done. */
  const startWork = () => {
    const { setup, catalog, expected } = get().play;
    if (expected || (expectedWork && sameSetup(expectedWork.setup, setup))) return;
    stopWork();
    expectedWork = { setup, work: createExpectedReturnWork(setup, catalog) };
    workTimer = setTimeout(workOn, 0);
  };

  const start = (setup: PlaySetup, notice: PlayLinkNotice | null = null) => {
    const current = get().play;
    const catalog = setup.seed === current.catalog.seed ? current.catalog : createPlayCatalog(setup.seed);
    // The same shopper again keeps the expected returns worked out for them.
    const same = sameSetup(setup, current.setup) && catalog === current.catalog;
    if (!same) stopWork();
    session = createPlaySession(setup, catalog);
    set({ play: snapshot(setup, catalog, session, notice, same ? current.expected : null) });
  };

  return {
    play: snapshot(initialSetup, initialCatalog, session, null, null),
    playLinkOpened: false,
    playActions: {
      start,
      openLink(setup, notice) {
        if (get().playLinkOpened) return;
        set({ playLinkOpened: true });
        start(setup, notice);
      },
      recommend(item) {
        if (session.done) return;
        session.step(item);
        const { setup, catalog, notice, expected } = get().play;
        set({ play: snapshot(setup, catalog, session, notice, expected) });
        startWork();
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
