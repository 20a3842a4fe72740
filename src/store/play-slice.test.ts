import { afterEach, describe, expect, it, vi } from 'vitest';
import { REFERENCE_POLICY_NAMES } from '../sim/policies';
import { itemIndex } from '../sim/catalog';
import { topCategory } from '../sim/shopper';
import { OBSERVATION_SIZE, TIER_NAMES } from '../sim/settings';
import { createLabStore } from './lab-store';
import { compareWithReferences, createPlayCatalog } from './play-session';
import { DEFAULT_SEED, DEFAULT_SHOPPER } from '../preset/play-url';
import { ITEM_COUNT } from '../sim/settings';

/** Plays the store's session to the end with a fixed item, returning how many steps it took. */
function playToEnd(store: ReturnType<typeof createLabStore>, item: number): number {
  let guard = 0;
  while (!store.getState().play.done && guard++ < 100) store.getState().playActions.recommend(item);
  return store.getState().play.steps.length;
}

describe('play slice', () => {
  it('starts on the default seed with the landing shopper, nothing played yet', () => {
    const { play } = createLabStore().getState();
    expect(play.setup).toEqual({ seed: DEFAULT_SEED, shopperIndex: DEFAULT_SHOPPER });
    expect(play.catalog.items).toHaveLength(24);
    expect(play.steps).toHaveLength(0);
    expect(play.sessionReturn).toBe(0);
    expect(play.trust).toBe(play.shopper.startTrust);
    expect(play.observation).toHaveLength(OBSERVATION_SIZE);
    expect(play.done).toBe(false);
    expect(play.comparison).toBeNull();
    expect(play.expected).toBeNull();
  });

  // The landing shopper was chosen for a typical first session; these are the properties it was chosen for.
  it('lands on a shopper whom no first pick sends away at once, and on whose coin flips the DP oracle earns the most', () => {
    for (let item = 0; item < ITEM_COUNT; item++) {
      const store = createLabStore();
      store.getState().playActions.recommend(item);
      expect(store.getState().play.done, `first pick ${item}`).toBe(false);
    }
    const store = createLabStore();
    playToEnd(store, 0);
    const comparison = store.getState().play.comparison ?? [];
    const oracle = comparison.find((row) => row.policy === 'dp-oracle');
    for (const row of comparison) expect(row.sessionReturn, row.policy).toBeLessThanOrEqual(oracle?.sessionReturn ?? 0);
    expect(oracle?.steps).toBeGreaterThanOrEqual(10);
  });

  it('records each step, and the running return is the sum of the rewards', () => {
    const store = createLabStore();
    store.getState().playActions.start({ seed: 7, shopperIndex: 3 });
    const before = store.getState().play;
    store.getState().playActions.recommend(10);
    const after = store.getState().play;
    expect(after).not.toBe(before);
    expect(after.steps).toHaveLength(1);
    expect(after.steps[0].item.index).toBe(10);
    expect(after.steps[0].trustBefore).toBeCloseTo(before.trust, 12);
    expect(after.trust).toBe(after.steps[0].trustAfter);
    playToEnd(store, 10);
    const { steps, sessionReturn } = store.getState().play;
    const total = steps.reduce((sum, step) => sum + step.reward, 0);
    expect(sessionReturn).toBeCloseTo(total, 5);
  });

  it('is deterministic: the same seed and shopper give the same shopper and the same outcomes', () => {
    const first = createLabStore();
    const second = createLabStore();
    for (const store of [first, second]) store.getState().playActions.start({ seed: 123, shopperIndex: 5 });
    expect(Array.from(first.getState().play.shopper.preferences)).toEqual(Array.from(second.getState().play.shopper.preferences));
    playToEnd(first, 2);
    playToEnd(second, 2);
    expect(first.getState().play.steps.map((step) => step.outcome)).toEqual(second.getState().play.steps.map((step) => step.outcome));
    expect(first.getState().play.sessionReturn).toBe(second.getState().play.sessionReturn);
  });

  it('ends the session with a comparison against all five reference policies on the same shopper', () => {
    const store = createLabStore();
    store.getState().playActions.start({ seed: 7, shopperIndex: 1 });
    const length = playToEnd(store, 0);
    const { play } = store.getState();
    expect(play.done).toBe(true);
    expect(length).toBeGreaterThan(0);
    expect(length).toBeLessThanOrEqual(play.maxSteps);
    expect(play.comparison?.map((row) => row.policy)).toEqual([...REFERENCE_POLICY_NAMES]);
    expect(play.comparison).toEqual(compareWithReferences({ seed: 7, shopperIndex: 1 }, createPlayCatalog(7)));
    // Once ended, further recommendations change nothing.
    store.getState().playActions.recommend(3);
    expect(store.getState().play).toBe(play);
  });

  it('gives the student the same shopper and coin flips as the references: playing the heuristic by hand ties it', () => {
    const store = createLabStore();
    store.getState().playActions.start({ seed: 7, shopperIndex: 12 });
    // The heuristic: the solid item of the shopper's top category, every step.
    const solidOfFavourite = itemIndex(topCategory(store.getState().play.shopper.preferences), TIER_NAMES.indexOf('solid'));
    playToEnd(store, solidOfFavourite);
    const { comparison, sessionReturn, steps } = store.getState().play;
    const heuristic = comparison?.find((row) => row.policy === 'heuristic');
    expect(heuristic?.sessionReturn).toBe(sessionReturn);
    expect(heuristic?.steps).toBe(steps.length);
  });

  describe('expected returns', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('are worked out between frames from the first pick on, kept for a replay, and dropped for the next shopper', () => {
      vi.useFakeTimers();
      const store = createLabStore();
      store.getState().playActions.start({ seed: 7, shopperIndex: 2 });
      vi.runAllTimers();
      // Nothing is worked out for a shopper nobody has played yet (the page may be the training page).
      expect(store.getState().play.expected).toBeNull();
      store.getState().playActions.recommend(5);
      expect(store.getState().play.expected).toBeNull();
      vi.runAllTimers();
      const expected = store.getState().play.expected;
      expect(expected?.map((entry) => entry.policy)).toEqual([...REFERENCE_POLICY_NAMES]);
      const oracle = expected?.find((entry) => entry.policy === 'dp-oracle')?.mean ?? 0;
      expect(oracle).toBeGreaterThan(0);
      for (const entry of expected ?? []) expect(entry.mean).toBeLessThanOrEqual(oracle + entry.ci95 + 1e-9);
      store.getState().playActions.restart();
      expect(store.getState().play.expected).toBe(expected);
      store.getState().playActions.nextShopper();
      expect(store.getState().play.expected).toBeNull();
      vi.runAllTimers();
      expect(store.getState().play.expected).toBeNull();
    });

    it('never lands on another shopper: work under way for one shopper is dropped when the next arrives', () => {
      vi.useFakeTimers();
      const store = createLabStore();
      store.getState().playActions.start({ seed: 7, shopperIndex: 2 });
      store.getState().playActions.recommend(5);
      store.getState().playActions.nextShopper();
      vi.runAllTimers();
      expect(store.getState().play.expected).toBeNull();
      store.getState().playActions.recommend(5);
      vi.runAllTimers();
      const direct = createLabStore();
      direct.getState().playActions.start({ seed: 7, shopperIndex: 3 });
      direct.getState().playActions.recommend(5);
      vi.runAllTimers();
      expect(store.getState().play.expected).toEqual(direct.getState().play.expected);
    });
  });

  it('moves to the next shopper and restarts the same one', () => {
    const store = createLabStore();
    store.getState().playActions.start({ seed: 9, shopperIndex: 0 });
    const firstShopper = store.getState().play.shopper;
    store.getState().playActions.recommend(4);
    store.getState().playActions.nextShopper();
    const next = store.getState().play;
    expect(next.setup).toEqual({ seed: 9, shopperIndex: 1 });
    expect(next.steps).toHaveLength(0);
    expect(next.shopper.index).toBe(1);
    expect(Array.from(next.shopper.preferences)).not.toEqual(Array.from(firstShopper.preferences));
    store.getState().playActions.recommend(4);
    store.getState().playActions.restart();
    expect(store.getState().play.setup).toEqual({ seed: 9, shopperIndex: 1 });
    expect(store.getState().play.steps).toHaveLength(0);
  });

  it('keeps the catalog when only the shopper changes and rebuilds it for a new seed', () => {
    const store = createLabStore();
    const catalog = store.getState().play.catalog;
    store.getState().playActions.nextShopper();
    expect(store.getState().play.catalog).toBe(catalog);
    store.getState().playActions.start({ seed: 8, shopperIndex: 0 });
    expect(store.getState().play.catalog.seed).toBe(8);
  });

  it('shows a notice until it is dismissed, and keeps it across shoppers', () => {
    const store = createLabStore();
    const notice = [{ key: 'seed', given: 'banana', fallback: 42 }] as const;
    store.getState().playActions.start({ seed: 42, shopperIndex: 0 }, notice);
    store.getState().playActions.nextShopper();
    expect(store.getState().play.notice).toEqual(notice);
    store.getState().playActions.dismissNotice();
    expect(store.getState().play.notice).toBeNull();
  });

  it("opens the page's link once: a later visit keeps the session the student was playing", () => {
    const store = createLabStore();
    const notice = [{ key: 'shopper', given: 'x', fallback: DEFAULT_SHOPPER }] as const;
    store.getState().playActions.openLink({ seed: 7, shopperIndex: 3 }, notice);
    expect(store.getState().play.setup).toEqual({ seed: 7, shopperIndex: 3 });
    expect(store.getState().play.notice).toEqual(notice);
    store.getState().playActions.recommend(0);
    store.getState().playActions.openLink({ seed: 9, shopperIndex: 1 }, null);
    expect(store.getState().play.setup).toEqual({ seed: 7, shopperIndex: 3 });
    expect(store.getState().play.steps).toHaveLength(1);
  });
});
