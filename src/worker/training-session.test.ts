import { describe, expect, it } from 'vitest';
import { DEFAULT_LAB_CONFIG, applyPatch, type LabConfig } from '../engine/lab-config';
import type { MetricsBatch } from './protocol';
import { TrainingSession, type LoopScheduler } from './training-session';

/** A hand-driven clock: `soon` callbacks run in order, `later` ones when the clock passes their time. */
class ManualScheduler implements LoopScheduler {
  time = 0;
  private readonly queue: Array<() => void> = [];
  private timers: Array<{ due: number; callback: () => void }> = [];

  now = () => this.time;
  soon(callback: () => void) {
    this.queue.push(callback);
  }
  later(milliseconds: number, callback: () => void) {
    this.timers.push({ due: this.time + milliseconds, callback });
  }

  /** Advances the clock in 1 ms steps (each tick of work costs nothing on this clock, so slices end by count). */
  advance(milliseconds: number): void {
    const end = this.time + milliseconds;
    while (this.time < end) {
      this.time += 1;
      for (let guard = 0; guard < 5 && this.queue.length > 0; guard++) this.queue.shift()?.();
      const due = this.timers.filter((timer) => timer.due <= this.time);
      this.timers = this.timers.filter((timer) => timer.due > this.time);
      for (const timer of due) timer.callback();
    }
  }
}

const WEBGL_ABSENT = () => ({ available: false, renderer: null, softwareRendered: false });

function heuristicConfig(totalSteps = 4000): LabConfig {
  return applyPatch(DEFAULT_LAB_CONFIG, {
    agent: 'heuristic',
    training: { backend: 'cpu', totalSteps, evaluationInterval: 1000, evaluationShoppers: 20, parallelSessions: 8 },
  });
}

async function started(config = heuristicConfig()) {
  const scheduler = new ManualScheduler();
  // A clock that never moved inside a slice would loop forever at full speed: each reading moves it 0.5 ms.
  const now = scheduler.now;
  scheduler.now = () => ((scheduler.time += 0.5), now());
  const session = new TrainingSession({ scheduler, probeWebgl: WEBGL_ABSENT, sliceMs: 5, batchIntervalMs: 200 });
  const batches: MetricsBatch[] = [];
  const ready = await session.init(config, (batch) => batches.push(batch));
  return { scheduler, session, batches, ready };
}

describe('training session', () => {
  it('starts paused at step 0, with the backend report and the reference policies on the cohort', async () => {
    const { batches, ready } = await started();
    expect(ready.backend.backend).toBe('cpu');
    expect(ready.references.map((reference) => reference.policy)).toEqual(['random', 'most-popular', 'myopic-oracle', 'heuristic', 'observation-planner', 'dp-oracle']);
    expect(ready.references.at(-1)?.percentOfOracle).toBeCloseTo(100, 6);
    expect(batches).toHaveLength(1);
    expect(batches[0]).toMatchObject({ status: 'ready', step: 0, sequence: 0, runId: ready.runId });
  });

  it('steps once while paused and reports the followed shopper with its hidden state', async () => {
    const { session, batches } = await started();
    session.stepOnce();
    const batch = batches.at(-1);
    expect(batch?.step).toBe(8);
    expect(batch?.status).toBe('paused');
    expect(batch?.followed?.qValues).toHaveLength(24);
    expect(batch?.followed?.preferences).toHaveLength(6);
    expect(['ignored', 'clicked', 'bought']).toContain(batch?.followed?.outcome);
    expect(batch?.followed?.sessionStep).toBe(1);
  });

  it('plays in slices, batches a few times per second, and stops every counter on pause', async () => {
    const { scheduler, session, batches } = await started(heuristicConfig(1_000_000));
    session.play();
    scheduler.advance(450);
    const running = batches.filter((batch) => batch.status === 'running');
    expect(running.length).toBeGreaterThanOrEqual(2);
    expect(running.length).toBeLessThanOrEqual(5);
    expect(running.at(-1)?.step).toBeGreaterThan(0);
    session.pause();
    const pausedAt = batches.at(-1)?.step;
    expect(batches.at(-1)?.status).toBe('paused');
    scheduler.advance(1000);
    expect(batches.at(-1)?.step).toBe(pausedAt);
  });

  it('delivers every finished session exactly once across batches', async () => {
    const { scheduler, session, batches } = await started(heuristicConfig(2000));
    session.play();
    scheduler.advance(5000);
    expect(batches.at(-1)?.status).toBe('finished');
    const steps = batches.flatMap((batch) => Array.from(batch.sessions.step));
    expect(steps.length).toBeGreaterThan(10);
    expect([...steps].sort((a, b) => a - b)).toEqual(steps);
    expect(batches.flatMap((batch) => batch.evaluations).map((record) => record.step)).toEqual([1000, 2000]);
  });

  it('paces slow motion: about the asked steps per second of each shopper', async () => {
    const { scheduler, session, batches } = await started();
    session.setSpeed(4);
    session.play();
    scheduler.advance(2000);
    const step = batches.at(-1)?.step ?? 0;
    // 4 ticks per second for 2 s, 8 shoppers each.
    expect(step / 8).toBeGreaterThanOrEqual(7);
    expect(step / 8).toBeLessThanOrEqual(9);
  });

  it('records a knob change for the charts and applies it at once', async () => {
    const { session, batches } = await started(applyPatch(heuristicConfig(), { agent: 'tabular' }));
    session.stepOnce();
    session.setKnobs({ discount: 0.5 });
    const batch = batches.at(-1);
    expect(batch?.knobs.discount).toBe(0.5);
    expect(batch?.knobChanges).toEqual([{ step: 8, knob: 'discount', from: 0.99, to: 0.5 }]);
  });

  it('resets to a fresh run with a new id', async () => {
    const { session, batches, ready } = await started();
    session.stepOnce();
    const again = await session.reset();
    expect(again.runId).toBe(ready.runId + 1);
    expect(batches.at(-1)).toMatchObject({ runId: again.runId, step: 0, sequence: 0 });
  });

  it('steps one shopper, then a whole followed session, with the inspector\'s view in each batch', async () => {
    const { session, batches } = await started();
    session.stepShopper();
    expect(batches.at(-1)).toMatchObject({ step: 1, inspection: { round: { nextSlot: 1, sessions: 8 }, transition: { slot: 0, sessionStep: 1 } } });
    session.stepSession();
    const ended = batches.at(-1);
    expect(ended?.inspection?.transition).toMatchObject({ slot: 0, sessionEnded: true });
    expect(ended?.followed).toMatchObject({ sessionEnded: true, shopperIndex: ended?.inspection?.transition?.shopperIndex });
    expect(session.stepUpdate()).toBe('reference');
  });

  it('follows the shopper the inspector shows: after a round, after single shoppers, and through a followed session', async () => {
    const { session, batches } = await started();
    session.stepOnce();
    let batch = batches.at(-1);
    // A round ends with the last slot's turn: that transition, and that shopper, is the one on show.
    expect(batch?.inspection?.transition?.slot).toBe(7);
    expect(batch?.followed?.shopperIndex).toBe(batch?.inspection?.transition?.shopperIndex);
    session.stepShopper();
    session.stepShopper();
    batch = batches.at(-1);
    expect(batch?.inspection?.transition?.slot).toBe(1);
    expect(batch?.followed).toMatchObject({ shopperIndex: batch?.inspection?.transition?.shopperIndex, sessionStep: batch?.inspection?.transition?.sessionStep });
    const followed = batch?.followed?.shopperIndex;
    session.stepSession();
    batch = batches.at(-1);
    // "Step one session" ends the session of the shopper on show, not slot 0's.
    expect(batch?.inspection?.transition).toMatchObject({ slot: 1, sessionEnded: true, shopperIndex: followed });
    expect(batch?.followed).toMatchObject({ shopperIndex: followed, sessionEnded: true });
  });

  it('sends no inspection while playing at full speed', async () => {
    const { scheduler, session, batches } = await started();
    session.play();
    scheduler.advance(400);
    const running = batches.filter((batch) => batch.status === 'running');
    expect(running.length).toBeGreaterThan(0);
    expect(running.every((batch) => batch.inspection === null)).toBe(true);
  });
});
