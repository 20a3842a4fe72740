// Short words for an observation, for the inspector's tables.

import { ObservationLayout } from '../../sim/observation';
import { CATEGORY_COUNT, CATEGORY_NAMES } from '../../sim/settings';

/** e.g. "30% through · likes Books · last Fashion, clicked · engagement 0.62". */
export function describeObservation(observation: ArrayLike<number>): string {
  let top = 0;
  for (let category = 1; category < CATEGORY_COUNT; category++) {
    if (observation[ObservationLayout.observedPreferences + category] > observation[ObservationLayout.observedPreferences + top]) top = category;
  }
  let last = -1;
  for (let category = 0; category < CATEGORY_COUNT; category++) if (observation[ObservationLayout.lastCategory + category] > 0.5) last = category;
  const outcome = observation[ObservationLayout.lastBought] > 0.5 ? 'bought' : observation[ObservationLayout.lastClicked] > 0.5 ? 'clicked' : 'ignored';
  const parts = [
    `${Math.round(observation[ObservationLayout.progress] * 100)}% through`,
    `likes ${CATEGORY_NAMES[top]}`,
    last < 0 ? 'first step' : `last ${CATEGORY_NAMES[last]}, ${outcome}`,
    `engagement ${observation[ObservationLayout.engagement].toFixed(2)}`,
  ];
  return parts.join(' · ');
}
