// Short words for an observation, for the inspector's tables, in the reader's language.

import { ObservationLayout, favouriteObservedCategory } from '../../sim/observation';
import { CATEGORY_COUNT } from '../../sim/settings';
import { categoryName } from '../format';
import type { Messages } from '../i18n/messages';

/** e.g. "30% through · likes Books · last Fashion, clicked · engagement 0.62". */
export function describeObservation(observation: ArrayLike<number>, t: Pick<Messages, 'play' | 'inspector'>): string {
  const words = t.inspector.describe;
  const top = favouriteObservedCategory(observation);
  let last = -1;
  for (let category = 0; category < CATEGORY_COUNT; category++) if (observation[ObservationLayout.lastCategory + category] > 0.5) last = category;
  const outcome = observation[ObservationLayout.lastBought] > 0.5 ? 'bought' : observation[ObservationLayout.lastClicked] > 0.5 ? 'clicked' : 'ignored';
  const parts = [
    words.progress(Math.round(observation[ObservationLayout.progress] * 100)),
    words.likes(categoryName(top, t.play)),
    last < 0 ? words.firstStep : words.last(categoryName(last, t.play), words.outcomes[outcome]),
    words.engagement(observation[ObservationLayout.engagement].toFixed(2)),
  ];
  return parts.join(' · ');
}
