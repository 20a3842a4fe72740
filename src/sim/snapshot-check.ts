// Whether an environment snapshot could have come from a run of this environment. A model file's checksum
// proves that its bytes are whole, not that its numbers belong together: a crafted file can hold counters
// that are each in range and still describe no session the simulator could reach. Each seated shopper is
// drawn again from its index, so the hidden preferences, price sensitivity and logits must match to the last
// few bits (not every bit: a file saved by Node opens in a browser, whose Math.log and Math.pow may round the
// last bit of a draw differently), and the counters must tell one coherent session (purchases <= clicks <= steps, a session's first
// step with no last action, the last category that of the last item).

import { writeShopperLogits } from './dynamics';
import type { BatchedShopperEnv, EnvSnapshot } from './env';
import { Outcome } from './observation';
import { mulberry32Next } from './random';
import { CATEGORY_COUNT, ITEM_COUNT } from './settings';
import { drawShopperInto, emptyShopper } from './shopper';

/** The first array (as the snapshot names it) and slot whose value no run of this environment could hold. */
export interface SnapshotInconsistency {
  field: string;
  slot: number;
}

/** Thrown by BatchedShopperEnv.restore when a snapshot fits its arrays but not its simulator. */
export class InconsistentSnapshotError extends Error {
  constructor(readonly inconsistency: SnapshotInconsistency) {
    super(`environment snapshot is inconsistent: ${inconsistency.field} in slot ${inconsistency.slot}`);
    this.name = 'InconsistentSnapshotError';
  }
}

type EnvFacts = Pick<BatchedShopperEnv, 'settings' | 'catalog' | 'model' | 'sessions' | 'shopperSeed' | 'environmentSeed'>;
type Arrays = EnvSnapshot['arrays'];

/**
 * Relative difference two JavaScript engines' draws of the same value stay within: their maths libraries
 * may round a logarithm or a power one unit in the last place apart, which the draw carries on by a few
 * more. A crafted value has to change far more than this to tell another shopper.
 */
export const DRAW_TOLERANCE = 1e-10;

const sameDraw = (a: number, b: number): boolean => Object.is(a, b) || Math.abs(a - b) <= DRAW_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));

const sameRow = (a: ArrayLike<number>, b: ArrayLike<number>, offset: number, length: number): boolean => {
  for (let i = 0; i < length; i++) if (!sameDraw(a[offset + i], b[i])) return false;
  return true;
};

/** Why a seated shopper's hidden state is not the one its index draws, or null. */
function shopperProblem(env: EnvFacts, arrays: Arrays, slot: number, index: number): string | null {
  const shopper = emptyShopper();
  drawShopperInto(env.settings, env.shopperSeed, env.environmentSeed, index, shopper);
  if (!sameRow(arrays.preferences, shopper.preferences, slot * CATEGORY_COUNT, CATEGORY_COUNT)) return 'preferences';
  if (!sameRow(arrays.observedPreferences, shopper.observedPreferences, slot * CATEGORY_COUNT, CATEGORY_COUNT)) return 'observedPreferences';
  if (!sameDraw(arrays.priceSensitivity[slot], shopper.priceSensitivity)) return 'priceSensitivity';
  const click = new Float64Array(ITEM_COUNT);
  const buy = new Float64Array(ITEM_COUNT);
  writeShopperLogits(env.model, shopper.preferences, shopper.priceSensitivity, click, buy, 0);
  if (!sameRow(arrays.clickLogit, click, slot * ITEM_COUNT, ITEM_COUNT)) return 'clickLogit';
  if (!sameRow(arrays.buyLogit, buy, slot * ITEM_COUNT, ITEM_COUNT)) return 'buyLogit';
  if (arrays.steps[slot] === 0) {
    // A session that has not stepped yet: the arrival's trust, no return, and the two coins of its first observation.
    if (!sameDraw(arrays.trust[slot], shopper.startTrust)) return 'trust';
    if (arrays.sessionReturn[slot] !== 0) return 'sessionReturn';
    if (arrays.coinState[slot] !== mulberry32Next(mulberry32Next(shopper.coinSeed))) return 'coinState';
  }
  return null;
}

/** Why one seated session's counters tell no session the simulator could reach, or null. */
function sessionProblem(env: EnvFacts, arrays: Arrays, slot: number): string | null {
  const steps = arrays.steps[slot];
  const clicks = arrays.clicks[slot];
  const buys = arrays.buys[slot];
  const trust = arrays.trust[slot];
  const lastAction = arrays.lastAction[slot];
  const outcome = arrays.lastOutcome[slot];
  if (!(steps >= 0 && steps < env.settings.maxSteps)) return 'steps';
  if (!(clicks >= 0 && clicks <= steps)) return 'clicks';
  if (!(buys >= 0 && buys <= clicks)) return 'buys';
  if (!(trust >= 0 && trust <= 1)) return 'trust';
  if (!Number.isFinite(arrays.sessionReturn[slot])) return 'sessionReturn';
  if (steps === 0 ? lastAction !== -1 : !(lastAction >= 0 && lastAction < ITEM_COUNT)) return 'lastAction';
  if (arrays.lastCategory[slot] !== (lastAction < 0 ? -1 : env.catalog.category[lastAction])) return 'lastCategory';
  const outcomes: number[] = steps === 0 ? [Outcome.none] : [Outcome.ignored, Outcome.clicked, Outcome.bought];
  if (!outcomes.includes(outcome)) return 'lastOutcome';
  return null;
}

/** The first inconsistency of a snapshot whose arrays have this environment's shapes, or null. */
export function snapshotInconsistency(env: EnvFacts, snapshot: EnvSnapshot): SnapshotInconsistency | null {
  const { arrays, nextShopper, admitted } = snapshot;
  if (!(Number.isSafeInteger(nextShopper) && Number.isSafeInteger(admitted) && admitted >= 0 && admitted <= nextShopper)) return { field: 'admitted', slot: -1 };
  const firstShopper = nextShopper - admitted;
  const seated = new Set<number>();
  for (let slot = 0; slot < env.sessions; slot++) {
    const active = arrays.active[slot];
    const index = arrays.shopperIndex[slot];
    if (active !== 0 && active !== 1) return { field: 'active', slot };
    if (arrays.done[slot] !== 0 && arrays.done[slot] !== 1) return { field: 'done', slot };
    if (!active) {
      if (index !== -1) return { field: 'shopperIndex', slot };
      continue;
    }
    // Each shopper is seated once, in arrival order: an index the run has admitted and no other slot holds.
    if (!(index >= firstShopper && index < nextShopper) || seated.has(index)) return { field: 'shopperIndex', slot };
    seated.add(index);
    const field = sessionProblem(env, arrays, slot) ?? shopperProblem(env, arrays, slot, index);
    if (field !== null) return { field, slot };
  }
  return null;
}
