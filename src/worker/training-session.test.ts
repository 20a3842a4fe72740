import { describe, expect, it } from 'vitest';
import { DEFAULT_LAB_CONFIG, applyPatch, type LabConfig } from '../contracts/lab-config';
import type { MetricsBatch } from '../contracts/protocol';
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
    expect(session.stepUpdate()).toBe('does-not-learn');
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

describe('the pace of a run and the end of its budget', () => {
  it('spreads the budget over five minutes at the lecture pace, and fast-forward goes faster', async () => {
    const { scheduler, session, batches } = await started(heuristicConfig(150_000));
    session.setSpeed('lecture');
    session.play();
    scheduler.advance(2000);
    session.pause(); // posts the step reached
    const lecture = batches.at(-1)?.step ?? 0;
    // 150,000 steps over 300 s is 500 steps per second: about 1,000 in these two seconds of the clock
    // (which also moves half a millisecond at each reading).
    expect(lecture).toBeGreaterThanOrEqual(900);
    expect(lecture).toBeLessThanOrEqual(1300);
    session.setSpeed('max');
    session.play();
    scheduler.advance(2000);
    session.pause();
    expect((batches.at(-1)?.step ?? 0) - lecture).toBeGreaterThan(3 * lecture);
  });

  it('keeps a larger budget watchable too: 2 million steps at the lecture pace take five minutes', async () => {
    const { scheduler, session, batches } = await started(heuristicConfig(2_000_000));
    session.setSpeed('lecture');
    session.play();
    scheduler.advance(1000);
    session.pause();
    const step = batches.at(-1)?.step ?? 0;
    // 2,000,000 over 300 s is 6,667 steps per second.
    expect(step).toBeGreaterThanOrEqual(6000);
    expect(step).toBeLessThanOrEqual(8700);
  });

  it('extends a finished run\'s budget: the run trains on from where it stopped and says the new budget', async () => {
    const { scheduler, session, batches } = await started(heuristicConfig(2000));
    session.play();
    scheduler.advance(5000);
    expect(batches.at(-1)).toMatchObject({ status: 'finished', totalSteps: 2000 });
    session.play();
    expect(batches.at(-1)?.status).toBe('finished');
    const config = session.extendBudget(2000);
    expect(config?.training.totalSteps).toBe(4000);
    expect(batches.at(-1)).toMatchObject({ status: 'paused', step: 2000, totalSteps: 4000 });
    session.play();
    scheduler.advance(5000);
    expect(batches.at(-1)).toMatchObject({ status: 'finished', step: 4000 });
    expect(batches.flatMap((batch) => batch.evaluations).map((record) => record.step)).toEqual([1000, 2000, 3000, 4000]);
  });

  it('refuses to extend by nothing', async () => {
    const { session } = await started(heuristicConfig(2000));
    expect(session.extendBudget(0)).toBeNull();
    expect(session.extendBudget(Number.NaN)).toBeNull();
  });
});
