// Kept runs: the settings a set of runs differs in, the capped newest-first list, and the thinned curves.

import { describe, expect, it } from 'vitest';
import { DEFAULT_LAB_CONFIG, applyPatch, type LabConfig } from '../contracts/lab-config';
import { keptRunFixture } from '../testing/kept-run-fixture';
import { KEPT_POINTS, differingSettings, keptSeries, runSettings, withRun, withoutRun, type KeptRun } from './kept-runs';

const config = (patch: Parameters<typeof applyPatch>[1]): LabConfig => applyPatch(DEFAULT_LAB_CONFIG, patch);

function run(id: string, endedAt: number): Omit<KeptRun, 'number'> {
  const { number: _number, ...rest } = keptRunFixture({ id, startedAt: endedAt - 10, endedAt });
  return rest;
}

describe('differingSettings', () => {
  it('names gamma alone for two DQN runs that differ only in their discount', () => {
    expect(differingSettings([config({ dqn: { discount: 0 } }), config({ dqn: { discount: 0.99 } })])).toEqual(['gamma']);
  });

  it('lists agent, alpha, gamma first, then the schema fields, each once', () => {
    const runs = [config({ dqn: { discount: 0.5, learningRate: 0.01, hiddenWidth: 32 }, training: { trainingSeed: 7 } }), config({}), config({ dqn: { discount: 0.9 } })];
    expect(differingSettings(runs)).toEqual(['alpha', 'gamma', 'hiddenWidth', 'trainingSeed']);
  });

  it('compares alpha and gamma of the chosen agent, and a learner field only among runs that have it', () => {
    // Same alpha and gamma for the chosen agents; the DQN's hidden width is not the tabular run's business.
    const tabular = config({ agent: 'tabular', tabular: { learningRate: 0.001, discount: 0.99 } });
    const dqn = config({ dqn: { learningRate: 0.001, discount: 0.99, hiddenWidth: 16 } });
    expect(runSettings(tabular).has('hiddenWidth')).toBe(false);
    expect(runSettings(tabular).get('gamma')).toBe(0.99);
    expect(differingSettings([tabular, dqn])).toEqual(['agent']);
    expect(differingSettings([tabular, dqn, config({ dqn: { learningRate: 0.001, discount: 0.99 } })])).toEqual(['agent', 'hiddenWidth']);
  });

  it('finds nothing to compare in one run or in equal runs', () => {
    expect(differingSettings([config({ dqn: { discount: 0 } })])).toEqual([]);
    expect(differingSettings([config({}), config({})])).toEqual([]);
  });
});

describe('withRun and withoutRun', () => {
  it('puts the newest run first and numbers it after the highest kept', () => {
    let runs = withRun([], run('a', 100));
    runs = withRun(runs, run('b', 200));
    runs = withRun(runs, run('c', 300));
    expect(runs.map((kept) => [kept.id, kept.number])).toEqual([
      ['c', 3],
      ['b', 2],
      ['a', 1],
    ]);
    expect(withoutRun(runs, 'b').map((kept) => kept.id)).toEqual(['c', 'a']);
  });

  it('drops the oldest run past the cap', () => {
    let runs: KeptRun[] = [];
    for (let k = 1; k <= 5; k++) runs = withRun(runs, run(`run-${k}`, k * 100), 3);
    expect(runs.map((kept) => kept.id)).toEqual(['run-5', 'run-4', 'run-3']);
    expect(runs[0].number).toBe(5);
  });

  it('numbers a run after the highest kept, whichever older runs were deleted', () => {
    const runs = withRun(withoutRun(withRun(withRun([], run('a', 100)), run('b', 200)), 'a'), run('c', 300));
    expect(runs.map((kept) => [kept.id, kept.number])).toEqual([
      ['c', 3],
      ['b', 2],
    ]);
  });
});

describe('keptSeries', () => {
  it('thins a long curve to at most KEPT_POINTS, keeping its first and last point, in plain arrays', () => {
    const steps = Array.from({ length: 20_000 }, (_, k) => k * 32);
    const values = steps.map((step) => Math.sin(step / 5000) + step / 1e5);
    const kept = keptSeries({ steps, values });
    expect(kept.steps.length).toBe(KEPT_POINTS);
    expect(kept.values.length).toBe(KEPT_POINTS);
    expect(kept.steps[0]).toBe(0);
    expect(kept.steps.at(-1)).toBe(steps.at(-1));
    expect(kept.values.at(-1)).toBe(values.at(-1));
    expect(Array.isArray(kept.steps)).toBe(true);
    // Steps stay in order: the thinned curve is still a curve.
    expect(kept.steps.every((step, index) => index === 0 || step > kept.steps[index - 1])).toBe(true);
  });

  it('keeps a short curve whole, sharing its arrays', () => {
    const series = { steps: [1, 2, 3], values: [4, 5, 6] };
    expect(keptSeries(series)).toBe(series);
  });
});
