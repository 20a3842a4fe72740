// Trainer tests: what a run records, when learning starts, live knobs, tensor leaks, determinism,
// and the tabular and reference agents through the same loop.

import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import type { TabularAgent } from '../agents/kinds/tabular/tabular';
import { switchBackend } from '../testing/backends';
import { linearSchedule } from '../contracts/schedules';
import { createTrainer, dqnOf, lossesSince, sessionReturnsSince, smallConfig, tickUntilReady } from '../testing/small-trainer';

const PROBE_INTERVAL = 50;

describe('Trainer with the DQN', () => {
  it('runs to its budget, recording sessions, updates, probes and an evaluation every interval', async () => {
    await switchBackend('cpu');
    const trainer = createTrainer(smallConfig());
    expect(trainer.status).toBe('ready');
    trainer.runFor(60_000);
    expect(trainer.status).toBe('finished');
    expect(trainer.step).toBe(2000);
    const { metrics } = trainer;
    expect(metrics.sessions.pushed).toBeGreaterThan(20);
    const session = metrics.sessions.last()!;
    expect(session.length).toBeGreaterThan(0);
    expect(session.clicks).toBeLessThanOrEqual(session.length);
    expect(session.buys).toBeLessThanOrEqual(session.clicks);
    expect(trainer.updates).toBeGreaterThan(400);
    expect(metrics.updates.pushed).toBe(trainer.updates);
    expect(metrics.updates.last()!.update).toBe(trainer.updates);
    expect(metrics.probes.pushed).toBe(Math.floor(trainer.updates / PROBE_INTERVAL));
    expect(metrics.evaluations.map((record) => record.step)).toEqual([1000, 2000]);
    for (const record of metrics.evaluations) {
      expect(record.policy).toBe('Double DQN');
      expect(record.sessions).toBe(30);
      expect(Number.isFinite(record.percentOfOracle)).toBe(true);
      expect(record.seconds).toBeGreaterThan(0);
    }
    expect(metrics.evaluations[1].seconds).toBeGreaterThan(metrics.evaluations[0].seconds);
    trainer.tick(); // past the budget nothing happens
    expect(trainer.step).toBe(2000);
    expect(metrics.evaluations).toHaveLength(2);
    trainer.dispose();
  });

  it('learns only once the agent is ready, then one update per trainFrequency transitions (no backlog burst)', async () => {
    await switchBackend('cpu');
    const trainer = createTrainer(smallConfig());
    let ticks = 0;
    while (!trainer.agent.readyToLearn()) {
      trainer.tick();
      ticks += 1;
      if (!trainer.agent.readyToLearn()) expect(trainer.updates).toBe(0);
    }
    // 3-step returns: the replay holds a transition once 3 steps followed it (or the session ended).
    expect(trainer.step).toBeGreaterThanOrEqual(64);
    expect(ticks).toBeGreaterThan(64 / 4);
    // 4 shoppers, trainFrequency 4, one update per learning step: exactly one update per tick from the first ready tick.
    expect(trainer.updates).toBe(1);
    expect(trainer.metrics.updates.last()!.step).toBe(trainer.step);
    for (let k = 0; k < 10; k++) trainer.tick();
    expect(trainer.updates).toBe(11);
    trainer.dispose();
  });

  it('does trainFrequency and updatesPerTrain arithmetic: 4 shoppers every 2 transitions x 3 updates = 6 per tick', async () => {
    await switchBackend('cpu');
    const trainer = createTrainer(smallConfig({ training: { trainFrequency: 2, updatesPerTrain: 3 } }));
    tickUntilReady(trainer);
    const before = trainer.updates;
    for (let k = 0; k < 5; k++) trainer.tick();
    expect(trainer.updates - before).toBe(30);
    trainer.dispose();
  });

  it('records exactly the real knob changes (step, from, to) and applies them; a hand-set epsilon replaces the schedule', async () => {
    await switchBackend('cpu');
    const trainer = createTrainer(smallConfig());
    tickUntilReady(trainer);
    for (let k = 0; k < 5; k++) trainer.tick();
    const step = trainer.step;
    const scheduled = linearSchedule(1, 0.05, 1000, step);
    expect(trainer.explorationRate()).toBeCloseTo(scheduled, 12);
    trainer.setKnobs({ learningRate: 0.005, discount: 0.99, explorationRate: 0.2 });
    expect(trainer.metrics.knobChanges).toEqual([
      { step, knob: 'learningRate', from: 1e-3, to: 0.005 },
      { step, knob: 'explorationRate', from: scheduled, to: 0.2 },
    ]);
    trainer.setKnobs({ learningRate: 0.005, explorationRate: 0.2 }); // no real change: nothing recorded
    expect(trainer.metrics.knobChanges).toHaveLength(2);
    expect(dqnOf(trainer).config.learningRate).toBe(0.005);
    expect(dqnOf(trainer).config.discount).toBe(0.99);
    for (let k = 0; k < 100; k++) trainer.tick();
    expect(trainer.explorationRate()).toBe(0.2); // the schedule would be at 0.05 by now
    expect(trainer.knobValues).toEqual({ learningRate: 0.005, discount: 0.99, explorationRate: 0.2 });
    expect(trainer.metrics.updates.last()!.explorationRate).toBe(0.2);
    trainer.setKnobs({ discount: 0.5 });
    expect(trainer.metrics.knobChanges[2]).toEqual({ step: trainer.step, knob: 'discount', from: 0.99, to: 0.5 });
    expect(dqnOf(trainer).config.discount).toBe(0.5);
    trainer.dispose();
  });

  it('puts a hand-set epsilon back on a decay schedule mid-run, marked on the charts, and keeps the schedule in a checkpoint', async () => {
    await switchBackend('cpu');
    const trainer = createTrainer(smallConfig());
    for (let k = 0; k < 5; k++) trainer.tick();
    trainer.setKnobs({ explorationRate: 0.3 });
    for (let k = 0; k < 5; k++) trainer.tick();
    const step = trainer.step;
    const configured = { explorationStart: 1, explorationEnd: 0.05, explorationDecaySteps: 1000 };
    trainer.setKnobs({ explorationSchedule: configured });
    const scheduled = linearSchedule(1, 0.05, 1000, step);
    expect(trainer.explorationRate()).toBeCloseTo(scheduled, 12);
    expect(trainer.metrics.knobChanges.at(-1)).toEqual({ step, knob: 'explorationRate', from: 0.3, to: scheduled, schedule: true });
    // Asking for the schedule it already follows changes nothing and marks nothing.
    const marked = trainer.metrics.knobChanges.length;
    trainer.setKnobs({ explorationSchedule: configured });
    expect(trainer.metrics.knobChanges).toHaveLength(marked);
    // Another schedule: epsilon is at this step's point of it, and keeps following it.
    const slower = { explorationStart: 0.5, explorationEnd: 0.1, explorationDecaySteps: 100_000 };
    trainer.setKnobs({ explorationSchedule: slower });
    expect(trainer.explorationRate()).toBeCloseTo(linearSchedule(0.5, 0.1, 100_000, step), 12);
    for (let k = 0; k < 5; k++) trainer.tick();
    expect(trainer.explorationRate()).toBeCloseTo(linearSchedule(0.5, 0.1, 100_000, trainer.step), 12);
    const restored = createTrainer(smallConfig());
    restored.loadCheckpoint(trainer.saveCheckpoint());
    expect(restored.explorationRate()).toBe(trainer.explorationRate());
    trainer.dispose();
    restored.dispose();
  });

  it.each(['cpu', 'wasm'])('holds tf.memory().numTensors flat across ticks with updates and a checkpoint round trip (%s)', async (backend) => {
    await switchBackend(backend);
    // Evaluations every 100 steps and a probe at update 50 fall between the counts too.
    const trainer = createTrainer(smallConfig({ training: { evaluationInterval: 100 } }));
    tickUntilReady(trainer);
    const counts: Record<number, number> = {};
    let updateTicks = 0;
    while (updateTicks < 60) {
      const before = trainer.updates;
      trainer.tick();
      if (trainer.updates > before) updateTicks += 1;
      if (updateTicks % 10 === 0) counts[updateTicks] = tf.memory().numTensors;
    }
    expect(counts[20]).toBe(counts[10]);
    expect(counts[60]).toBe(counts[10]);
    expect(trainer.metrics.evaluations.length).toBeGreaterThan(1);
    expect(trainer.metrics.probes.pushed).toBe(1);
    trainer.loadCheckpoint(trainer.saveCheckpoint());
    expect(tf.memory().numTensors).toBe(counts[60]);
    trainer.dispose();
  });

  it('probes only the start states the cohort has when it has fewer shoppers than probeStates', async () => {
    await switchBackend('cpu');
    const trainer = createTrainer(smallConfig({ training: { evaluationShoppers: 10, probeStates: 64, totalSteps: 600 } }));
    expect(trainer.probeCount).toBe(10);
    expect(trainer.probeObservations).toHaveLength(10 * 20);
    trainer.runFor(60_000);
    expect(trainer.status).toBe('finished');
    expect(trainer.metrics.probes.pushed).toBeGreaterThan(0);
    expect(Number.isFinite(trainer.metrics.probes.last()!.meanMaxQ)).toBe(true);
    trainer.dispose();
  });

  it('is deterministic on cpu: the same seed gives the same losses and session returns', async () => {
    await switchBackend('cpu');
    const runs = [0, 1].map(() => {
      const trainer = createTrainer(smallConfig({ training: { totalSteps: 800 } }));
      trainer.runFor(60_000);
      const run = { losses: lossesSince(trainer), returns: sessionReturnsSince(trainer), evaluation: trainer.metrics.latestEvaluation()!.meanReturn };
      trainer.dispose();
      return run;
    });
    expect(runs[0].losses.length).toBeGreaterThan(100);
    expect(runs[1]).toEqual(runs[0]);
    const other = createTrainer(smallConfig({ training: { totalSteps: 800, trainingSeed: 2 } }));
    other.runFor(60_000);
    expect(lossesSince(other)).not.toEqual(runs[0].losses);
    other.dispose();
  });
});

describe('Trainer with other agents', () => {
  it('trains tabular Q-learning online (no gradient updates) and evaluates its greedy table', () => {
    const trainer = createTrainer(smallConfig({ agent: 'tabular' }));
    trainer.runFor(60_000);
    expect(trainer.status).toBe('finished');
    expect(trainer.updates).toBe(0);
    expect(trainer.metrics.sessions.pushed).toBeGreaterThan(20);
    expect(trainer.metrics.evaluations.map((record) => [record.step, record.policy])).toEqual([
      [1000, 'Tabular Q-learning'],
      [2000, 'Tabular Q-learning'],
    ]);
    expect((trainer.agent as TabularAgent).values.some((value) => value !== 0)).toBe(true);
    trainer.dispose();
  });

  it('runs a reference policy through the same loop: the DP oracle scores 100% of itself', () => {
    const trainer = createTrainer(smallConfig({ agent: 'dp-oracle' }));
    trainer.runFor(60_000);
    expect(trainer.status).toBe('finished');
    expect(trainer.updates).toBe(0);
    expect(trainer.metrics.sessions.pushed).toBeGreaterThan(20);
    expect(trainer.metrics.latestEvaluation()!.percentOfOracle).toBeCloseTo(100, 10);
    trainer.dispose();
  });

  it('scores the random policy far below the oracle on the same cohort', () => {
    const trainer = createTrainer(smallConfig({ agent: 'random', training: { evaluationShoppers: 50 } }));
    const evaluation = trainer.evaluate();
    expect(evaluation.step).toBe(0);
    expect(evaluation.percentOfOracle).toBeLessThan(40);
    trainer.dispose();
  });
});
