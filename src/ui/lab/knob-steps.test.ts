// A fixed epsilon taken from a decaying one is a position of the epsilon slider, not the float of the moment.
import { describe, expect, it } from 'vitest';
import { epsilonStepValue } from './knob-steps';

describe('epsilonStepValue', () => {
  it('fixes a decayed epsilon at the slider position nearest it', () => {
    expect(epsilonStepValue(0.2014933333333333)).toBe(0.2);
    expect(epsilonStepValue(0.205)).toBe(0.21);
    expect(epsilonStepValue(0.1 + 0.2)).toBe(0.3);
    expect(epsilonStepValue(1)).toBe(1);
    expect(epsilonStepValue(0)).toBe(0);
  });

  it('gives values of at most two decimals over the whole range', () => {
    for (let i = 0; i <= 1000; i += 1) {
      const value = epsilonStepValue(i / 1000 + 1e-9);
      expect(String(value)).toMatch(/^(0|1)(\.\d{1,2})?$/);
    }
  });
});
