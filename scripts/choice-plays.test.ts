// The diagnosis's plays replace exactly the half of the greedy choice they name, and only the play as trained is tallied.

import { describe, expect, it } from 'vitest';
import { itemIndex } from '../src/sim/catalog';
import type { BatchedShopperEnv } from '../src/sim/env';
import { ObservationLayout } from '../src/sim/observation';
import type { Policy } from '../src/sim/policies';
import { OBSERVATION_SIZE, TIER_NAMES } from '../src/sim/settings';
import { emptyTally, playOf, ruleTier } from './choice-plays';

const tier = (name: string) => TIER_NAMES.indexOf(name as (typeof TIER_NAMES)[number]);

/** Two shoppers: the first prefers category 2 with an engagement signal of 0.5, the second category 4 with 0.9. */
function twoShoppers(): BatchedShopperEnv {
  const observations = new Float32Array(2 * OBSERVATION_SIZE);
  observations[ObservationLayout.observedPreferences + 2] = 0.7;
  observations[ObservationLayout.engagement] = 0.5;
  observations[OBSERVATION_SIZE + ObservationLayout.observedPreferences + 4] = 0.6;
  observations[OBSERVATION_SIZE + ObservationLayout.engagement] = 0.9;
  return { sessions: 2, observations } as unknown as BatchedShopperEnv;
}

/** A greedy policy that shows category 1's deal to everyone. */
const dealOfCategoryOne: Policy = {
  name: 'deal of category 1',
  chooseActions(env, actions) {
    for (let slot = 0; slot < env.sessions; slot++) actions[slot] = itemIndex(1, tier('deal'));
  },
};

const play = (name: Parameters<typeof playOf>[1]) => {
  const tally = emptyTally();
  const actions = new Int32Array(2);
  playOf(dealOfCategoryOne, name, tally).chooseActions(twoShoppers(), actions);
  return { actions: Array.from(actions), tally };
};

describe('the choice diagnosis plays', () => {
  it('the rule: solid below an engagement signal of 0.8, premium from it on', () => {
    expect([ruleTier(0.79), ruleTier(0.8), ruleTier(1)]).toEqual([tier('solid'), tier('premium'), tier('premium')]);
  });

  it('as trained keeps the choice and tallies it by engagement band and by favourite category', () => {
    const { actions, tally } = play('as trained');
    expect(actions).toEqual([itemIndex(1, tier('deal')), itemIndex(1, tier('deal'))]);
    expect(tally.steps).toBe(2);
    expect(tally.favouriteSteps).toBe(0);
    expect(tally.tiers[2][tier('deal')]).toBe(1);
    expect(tally.tiers[4][tier('deal')]).toBe(1);
    expect(tally.tiers.flat().reduce((sum, count) => sum + count, 0)).toBe(2);
  });

  it("its category with the rule's tier keeps category 1 and takes solid at 0.5, premium at 0.9", () => {
    const { actions, tally } = play('its category, the rule tier');
    expect(actions).toEqual([itemIndex(1, tier('solid')), itemIndex(1, tier('premium'))]);
    expect(tally.steps).toBe(0);
  });

  it('the favourite category with its tier keeps the deal and moves it to categories 2 and 4', () => {
    const { actions, tally } = play('favourite category, its tier');
    expect(actions).toEqual([itemIndex(2, tier('deal')), itemIndex(4, tier('deal'))]);
    expect(tally.steps).toBe(0);
  });
});
