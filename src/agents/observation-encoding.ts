// How the Q-network reads an observation: the 20 numbers as they are ("flat": 20 in, 24 Q-values out),
// or "per-category": one row per category holding that category's features plus the session's, fed
// through one shared network that returns the 4 tiers' Q-values of that category. Sharing the weights
// across categories means a lesson learned about one category is learned for all six.

import { ObservationLayout, favouriteObservedCategory } from '../sim/observation';
import { CATEGORY_COUNT, ITEM_COUNT, OBSERVATION_SIZE, TIER_COUNT } from '../sim/settings';

export type InputEncoding = 'flat' | 'per-category';

/** The session-wide features every category row repeats: last outcome, rates, progress, counts, engagement. */
const SESSION_FEATURES = OBSERVATION_SIZE - ObservationLayout.lastClicked;
/** Per category: observed preference, its gap to the favourite, is-favourite, last-recommended. */
const CATEGORY_FEATURES = 4;

export interface EncodingShape {
  /** Network rows per observation. */
  rowsPerObservation: number;
  /** Inputs of one network row. */
  inputSize: number;
  /** Outputs of one network row (the rows' outputs, concatenated, are the 24 Q-values in item order). */
  outputSize: number;
}

export function encodingShape(encoding: InputEncoding): EncodingShape {
  return encoding === 'flat'
    ? { rowsPerObservation: 1, inputSize: OBSERVATION_SIZE, outputSize: ITEM_COUNT }
    : { rowsPerObservation: CATEGORY_COUNT, inputSize: CATEGORY_FEATURES + SESSION_FEATURES, outputSize: TIER_COUNT };
}

/**
 * Writes the network input for `count` observations into out (count x rowsPerObservation x inputSize).
 * Item c * 4 + t is category c's row, output t, so the network's output rows read as the 24 Q-values.
 */
export function encodeObservations(encoding: InputEncoding, observations: Float32Array, count: number, out: Float32Array): void {
  if (encoding === 'flat') {
    out.set(observations.subarray(0, count * OBSERVATION_SIZE));
    return;
  }
  const width = CATEGORY_FEATURES + SESSION_FEATURES;
  for (let row = 0; row < count; row++) {
    const favourite = favouriteObservedCategory(observations, row * OBSERVATION_SIZE);
    for (let c = 0; c < CATEGORY_COUNT; c++) writeCategoryRow(observations, row, favourite, c, out, (row * CATEGORY_COUNT + c) * width);
  }
}

/**
 * Writes one per-category network row for each of `count` observations: observation i's row of category
 * categories[i] (count x inputSize). The same numbers as that row of encodeObservations, without the other five.
 */
export function encodeCategoryRows(observations: Float32Array, count: number, categories: ArrayLike<number>, out: Float32Array): void {
  const width = CATEGORY_FEATURES + SESSION_FEATURES;
  for (let row = 0; row < count; row++) writeCategoryRow(observations, row, favouriteObservedCategory(observations, row * OBSERVATION_SIZE), categories[row], out, row * width);
}

/** Category c's row of observation `row` (whose favourite observed category is given): its observed preference, the gap to the favourite's, is-favourite, last-recommended, then the session's features. */
function writeCategoryRow(observations: Float32Array, row: number, favourite: number, c: number, out: Float32Array, target: number): void {
  const source = row * OBSERVATION_SIZE;
  const preferences = source + ObservationLayout.observedPreferences;
  const preference = observations[preferences + c];
  out[target] = preference;
  out[target + 1] = preference - observations[preferences + favourite];
  out[target + 2] = c === favourite ? 1 : 0;
  out[target + 3] = observations[source + ObservationLayout.lastCategory + c];
  for (let f = 0; f < SESSION_FEATURES; f++) out[target + CATEGORY_FEATURES + f] = observations[source + ObservationLayout.lastClicked + f];
}
