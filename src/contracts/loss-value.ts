// The TD losses on plain numbers (no tfjs), for inspectors on the page and for tests; losses.ts has the tensor form.

import type { LossName } from './agent-kinds';

/** Where the Huber loss turns from quadratic to linear (TD error units). */
export const HUBER_DELTA = 1;

/** The same losses on plain numbers, for inspectors and tests. */
export function tdLossValue(name: LossName, tdError: number): number {
  const magnitude = Math.abs(tdError);
  if (name === 'squared' || magnitude <= HUBER_DELTA) return 0.5 * tdError * tdError;
  return HUBER_DELTA * (magnitude - 0.5 * HUBER_DELTA);
}
