// The plays of scripts/choice-diagnosis.ts: a greedy policy played as it is, or with half of each choice replaced
// by the observation's best rule (the favourite observed category's solid item below an engagement signal of 0.8,
// its premium item from 0.8 on), and a tally of the tiers it chose by engagement signal.

import { itemCategory, itemIndex, itemTier } from '../src/sim/catalog';
import { ObservationLayout, favouriteObservedCategory } from '../src/sim/observation';
import type { Policy } from '../src/sim/policies';
import { OBSERVATION_SIZE, TIER_COUNT, TIER_NAMES } from '../src/sim/settings';

export const ENGAGEMENT_BANDS = 5;
export const RULE_THRESHOLD = 0.8;
const SOLID = TIER_NAMES.indexOf('solid');
const PREMIUM = TIER_NAMES.indexOf('premium');

/** How a play reshapes the greedy policy's choice. */
export type Play = 'as trained' | 'its category, the rule tier' | 'favourite category, its tier';
export const PLAYS: readonly Play[] = ['as trained', 'its category, the rule tier', 'favourite category, its tier'];

/** What the 'as trained' play saw: steps per engagement band and tier, and steps in the favourite observed category. */
export interface ChoiceTally {
  tiers: number[][];
  favouriteSteps: number;
  steps: number;
}

export function emptyTally(): ChoiceTally {
  return { tiers: Array.from({ length: ENGAGEMENT_BANDS }, () => new Array<number>(TIER_COUNT).fill(0)), favouriteSteps: 0, steps: 0 };
}

/** The rule's tier for an engagement signal: solid below the threshold, premium from it on (scripts/observation-rules.ts sweeps the threshold). */
export function ruleTier(engagement: number, threshold = RULE_THRESHOLD): number {
  return engagement < threshold ? SOLID : PREMIUM;
}

/** The greedy policy reshaped by `play`; the 'as trained' play also counts its choices into `tally`. */
export function playOf(greedy: Policy, play: Play, tally: ChoiceTally): Policy {
  return {
    name: play,
    chooseActions(env, actions) {
      greedy.chooseActions(env, actions);
      for (let slot = 0; slot < env.sessions; slot++) {
        const offset = slot * OBSERVATION_SIZE;
        const favourite = favouriteObservedCategory(env.observations, offset);
        const engagement = env.observations[offset + ObservationLayout.engagement];
        const category = itemCategory(actions[slot]);
        const tier = itemTier(actions[slot]);
        if (play === 'as trained') {
          tally.steps += 1;
          if (category === favourite) tally.favouriteSteps += 1;
          tally.tiers[Math.min(ENGAGEMENT_BANDS - 1, Math.floor(engagement * ENGAGEMENT_BANDS))][tier] += 1;
        } else if (play === 'its category, the rule tier') {
          actions[slot] = itemIndex(category, ruleTier(engagement));
        } else {
          actions[slot] = itemIndex(favourite, tier);
        }
      }
    },
  };
}
