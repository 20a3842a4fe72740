// Headless runs: the summary's fields, the reference comparison, progress reports and the time limit.

import { describe, expect, it } from 'vitest';
import { switchBackend } from '../testing/backends';
import { REFERENCE_POLICY_NAMES } from '../sim/policies';
import { runHeadless, type RunProgress } from './headless-run';
import { smallConfig } from '../testing/small-trainer';

describe('runHeadless', () => {
  it('trains to the budget and returns the summary, with the references on the same cohort', async () => {
    await switchBackend('wasm');
    const progress: RunProgress[] = [];
    const summary = runHeadless(smallConfig({ training: { totalSteps: 1000, evaluationInterval: 500 } }), {
      withReferences: true,
      progressInterval: 1,
      onProgress: (report) => progress.push(report),
    });
    expect(summary.status).toBe('finished');
    expect(summary.steps).toBe(1000);
    expect(summary.updates).toBeGreaterThan(100);
    expect(summary.wallSeconds).toBeGreaterThan(0);
    expect(summary.envStepsPerSecond).toBeCloseTo(summary.steps / summary.wallSeconds, 6);
    expect(summary.updatesPerSecond).toBeCloseTo(summary.updates / summary.wallSeconds, 6);
    expect(summary.divergence).toBeUndefined();
    expect(summary.evaluations.map((record) => record.step)).toEqual([500, 1000]);
    expect(summary.evaluation).toBe(summary.evaluations[1]); // the last periodic evaluation is the final one
    expect(summary.evaluation.sessions).toBe(30);
    expect(summary.references.map((reference) => reference.policy)).toHaveLength(REFERENCE_POLICY_NAMES.length);
    expect(summary.references[REFERENCE_POLICY_NAMES.indexOf('dp-oracle')].percentOfOracle).toBeCloseTo(100, 10);
    expect(Number.isFinite(summary.finalMeanMaxQ)).toBe(true);
    expect(summary.secondsTo75 === null || summary.secondsTo75 > 0).toBe(true);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.map((report) => report.step)).toEqual([...progress.map((report) => report.step)].sort((a, b) => a - b));
    expect(progress[progress.length - 1]).toMatchObject({ step: 1000, totalSteps: 1000 });
  });

  it('evaluates at the end of the budget even between intervals, and skips references unless asked', async () => {
    await switchBackend('wasm');
    const summary = runHeadless(smallConfig({ agent: 'heuristic', training: { totalSteps: 300, evaluationInterval: 10_000 } }));
    expect(summary.references).toEqual([]);
    expect(summary.evaluations.map((record) => record.step)).toEqual([300]); // the budget's end always evaluates
    expect(summary.updates).toBe(0);
  });

  it('stops at the time limit, well short of a huge budget', async () => {
    await switchBackend('wasm');
    const reported: number[] = [];
    const summary = runHeadless(smallConfig({ training: { totalSteps: 10_000_000, evaluationInterval: 10_000_000 } }), {
      timeLimitSeconds: 1,
      onProgress: (progress) => reported.push(progress.seconds),
    });
    expect(summary.steps).toBeLessThan(10_000_000);
    expect(summary.steps).toBeGreaterThan(0);
    expect(summary.status).toBe('running');
    expect(summary.wallSeconds).toBeGreaterThanOrEqual(1);
    // No chunk of training starts once the limit has passed: every report but the last is still inside it.
    // (How far the last chunk overshoots is the machine's speed, not the loop's logic, so it is not asserted.)
    expect(reported.at(-1)).toBe(summary.wallSeconds);
    expect(reported.slice(0, -1).every((seconds) => seconds < 1)).toBe(true);
  });
});
