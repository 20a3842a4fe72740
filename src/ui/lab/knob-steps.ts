// The epsilon knob's step, and the value a Fixed choice takes from a decaying epsilon.

/** The epsilon slider's step: a fixed epsilon is always one of its positions. */
export const EPSILON_STEP = 0.01;

/**
 * The epsilon slider position nearest a value. Choosing Fixed mid-run fixes the decayed epsilon of the
 * moment (0.2014933…): fixed at the slider's step, it is the value the slider shows and a link writes.
 */
export function epsilonStepValue(value: number): number {
  return Number((Math.round(value / EPSILON_STEP) * EPSILON_STEP).toFixed(2));
}
