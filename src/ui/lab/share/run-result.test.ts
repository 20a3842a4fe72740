// The run on show gives a class result the board accepts: its settings are the lab link of its preset and
// seed, and its figures are the latest evaluation and the steady figure.
import { describe, expect, it } from 'vitest';
import { parseLabSearch } from '../../../preset/lab-url';
import { decodeResult, encodeResult } from '../../../preset/result-code';
import { runResultOf } from './run-result';

const { config } = parseLabSearch('?preset=myopic&gamma=0.3&seed=9&steps=4096');
const evaluations = [20, 30, 40, 50, 60, 70].map((percentOfOracle) => ({ percentOfOracle }));

describe("the run's class result", () => {
  it('has nothing to give before the first evaluation', () => {
    expect(runResultOf({ presetName: 'myopic', config, steps: 0, evaluations: [] })).toBeNull();
    expect(runResultOf({ presetName: 'myopic', config: null, steps: 100, evaluations })).toBeNull();
  });

  it("carries the run's link, seed, steps and figures, and its code is accepted as it is", () => {
    const result = runResultOf({ presetName: 'myopic', config, steps: 4096, evaluations });
    expect(result).toEqual({
      kind: 'run',
      presetName: 'myopic',
      settings: '?v=5&preset=myopic&gamma=0.3&steps=4096&seed=9',
      trainingSeed: 9,
      steps: 4096,
      latestPercentOfOracle: 70,
      steady: { percentOfOracle: 60, min: 50, max: 70 },
    });
    expect(result && decodeResult(encodeResult(result))).toEqual({ ok: true, result });
  });

  it('has no steady figure while the last half holds too few evaluations', () => {
    expect(runResultOf({ presetName: 'myopic', config, steps: 1024, evaluations: evaluations.slice(0, 2) })?.steady).toBeNull();
  });
});
