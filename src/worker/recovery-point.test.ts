// The recovery point keeps one copy of the run: each save writes the replay memory into the last
// point's arrays, and the point still restores the run exactly.
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTrainer, smallConfig, tickUntilReady } from '../testing/small-trainer';
import { RecoveryPoint } from './recovery-point';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('RecoveryPoint', () => {
  const config = smallConfig();
  const trainer = createTrainer(config);
  afterAll(() => trainer.dispose());

  it('writes each save into the arrays of the one before, with the state of the moment', () => {
    const point = new RecoveryPoint(5000);
    tickUntilReady(trainer);
    point.save(trainer, 0);
    const first = point.latest!.checkpoint.agent.arrays;
    const firstObservations = first.replayObservations;
    for (let i = 0; i < 40; i++) trainer.tick();
    point.save(trainer, 10_000);
    const second = point.latest!.checkpoint.agent.arrays;
    expect(second.replayObservations).toBe(firstObservations);
    const fresh = trainer.saveCheckpoint().agent.arrays;
    for (const name of Object.keys(fresh)) expect(Array.from(second[name]), name).toEqual(Array.from(fresh[name]));
    expect(point.latest!.step).toBe(trainer.step);
  });

  it('restores a run that continues exactly as the original', () => {
    const point = new RecoveryPoint(5000);
    point.save(trainer, 0);
    for (let i = 0; i < 10; i++) trainer.tick();
    point.save(trainer, 10_000);
    const restored = createTrainer(config);
    try {
      restored.loadCheckpoint(point.latest!.checkpoint);
      for (let i = 0; i < 20; i++) {
        trainer.tick();
        restored.tick();
      }
      expect(restored.step).toBe(trainer.step);
      expect(Array.from(restored.saveCheckpoint().agent.arrays.parameters)).toEqual(Array.from(trainer.saveCheckpoint().agent.arrays.parameters));
    } finally {
      restored.dispose();
    }
  });

  it('saves only when the interval has passed', () => {
    const point = new RecoveryPoint(5000);
    point.saveIfDue(trainer, 0);
    const step = point.latest!.step;
    for (let i = 0; i < 5; i++) trainer.tick();
    point.saveIfDue(trainer, 4999);
    expect(point.latest!.step).toBe(step);
    point.saveIfDue(trainer, 5000);
    expect(point.latest!.step).toBe(trainer.step);
  });
});
