// Stepping by hand: a round of single-shopper steps is exactly one tick, and the inspector's numbers agree
// with each other and with the networks (the Bellman target recomputed from its own parts).

import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { switchBackend } from '../testing/backends';
import { StepThrough } from './step-through';
import { createTrainer, dqnOf, lossesSince, sessionReturnsSince, smallConfig, tickUntilReady } from '../testing/small-trainer';
import type { Trainer } from './trainer';

const SESSIONS = smallConfig().training.parallelSessions;

function stepShoppers(trainer: Trainer, count: number): void {
  for (let k = 0; k < count; k++) trainer.stepShopper();
}

describe('StepThrough', () => {
  beforeAll(async () => {
    await switchBackend('cpu');
  });

  it('takes a round of single-shopper steps as exactly one tick: same shoppers, replay, losses and weights', () => {
    const ticked = createTrainer(smallConfig());
    const stepped = createTrainer(smallConfig());
    const rounds = 60; // past learningStarts, so updates happen at round ends
    for (let k = 0; k < rounds; k++) ticked.tick();
    stepShoppers(stepped, rounds * SESSIONS);
    expect(stepped.step).toBe(ticked.step);
    expect(stepped.updates).toBe(ticked.updates);
    expect(stepped.updates).toBeGreaterThan(10);
    expect(lossesSince(stepped)).toEqual(lossesSince(ticked));
    expect(sessionReturnsSince(stepped)).toEqual(sessionReturnsSince(ticked));
    expect(stepped.env.snapshot()).toEqual(ticked.env.snapshot());
    expect(dqnOf(stepped).networks.exportArrays().parameters).toEqual(dqnOf(ticked).networks.exportArrays().parameters);
    ticked.dispose();
    stepped.dispose();
  });

  it('steps one shopper at a time, in turn, and a tick finishes the round under way', () => {
    const trainer = createTrainer(smallConfig());
    trainer.stepShopper();
    expect(trainer.step).toBe(1);
    expect(trainer.lastSlot).toBe(0);
    expect(trainer.nextSlot).toBe(1);
    trainer.stepShopper();
    expect(trainer.lastSlot).toBe(1);
    trainer.tick();
    expect(trainer.step).toBe(SESSIONS);
    expect(trainer.nextSlot).toBe(0);
    expect(trainer.lastSlot).toBe(SESSIONS - 1);
    trainer.dispose();
  });

  it('shows a transition whose one-step target is r + gamma max Q_target(s\', a*), recomputed from its parts', () => {
    const trainer = createTrainer(smallConfig({ dqn: { doubleDqn: false } }));
    tickUntilReady(trainer);
    for (let k = 0; k < 5; k++) trainer.tick();
    const through = new StepThrough(trainer);
    through.shopper();
    let transition = through.transition();
    // A transition that bootstraps (the shopper stayed), so every part of the target shows.
    while (transition && transition.sessionEnded) {
      through.shopper();
      transition = through.transition();
    }
    const bellman = transition?.bellman;
    if (!transition || !bellman) throw new Error('expected a DQN transition');
    expect(bellman.form).toBe('max');
    const agent = dqnOf(trainer);
    const nextQ = Array.from(agent.targetQValues(new Float32Array(transition.nextObservation), 1));
    expect(bellman.nextQ).toEqual(nextQ);
    expect(bellman.maxNextQ).toBe(Math.max(...nextQ));
    expect(bellman.bootstrapAction).toBe(nextQ.indexOf(Math.max(...nextQ)));
    expect(bellman.target).toBeCloseTo(transition.reward + bellman.discount * bellman.maxNextQ, 10);
    expect(bellman.qTaken).toBe(agent.networks.predict(new Float32Array(transition.observation), 1)[transition.action]);
    expect(bellman.tdError).toBeCloseTo(bellman.target - bellman.qTaken, 10);
    expect(bellman.loss).toBeGreaterThan(0);
    trainer.dispose();
  });

  it('uses the online network to pick a* in Double DQN, and y = r when the session ended', () => {
    const trainer = createTrainer(smallConfig({ dqn: { doubleDqn: true } }));
    tickUntilReady(trainer);
    const through = new StepThrough(trainer);
    through.session(0);
    const ended = through.transition();
    expect(ended?.slot).toBe(0);
    expect(ended?.sessionEnded).toBe(true);
    expect(ended?.bellman?.form).toBe('terminal');
    expect(ended?.bellman?.target).toBe(ended?.reward);
    expect(ended?.bellman?.nextQ).toEqual([]);
    through.shopper();
    let transition = through.transition();
    while (transition?.sessionEnded) {
      through.shopper();
      transition = through.transition();
    }
    const bellman = transition?.bellman;
    if (!bellman) throw new Error('expected a DQN transition');
    expect(bellman.form).toBe('double-dqn');
    expect(bellman.bootstrapAction).toBe(bellman.nextQOnline.indexOf(Math.max(...bellman.nextQOnline)));
    expect(bellman.maxNextQ).toBe(bellman.nextQ[bellman.bootstrapAction]);
    trainer.dispose();
  });

  it('refuses an update before the replay is ready, then shows how far one moved Q(s, a) toward y', () => {
    const trainer = createTrainer(smallConfig());
    const through = new StepThrough(trainer);
    through.shopper();
    expect(through.update()).toBe('replay-filling');
    expect(trainer.updates).toBe(0);
    tickUntilReady(trainer);
    through.shopper();
    const updatesBefore = trainer.updates;
    expect(through.update()).toBeNull();
    expect(trainer.updates).toBe(updatesBefore + 1);
    const effect = through.inspect().updateEffect;
    if (!effect) throw new Error('expected an update effect');
    expect(effect.update).toBe(trainer.updates);
    expect(effect.qAfter).not.toBe(effect.qBefore);
    expect(effect.movedFraction).toBeCloseTo((effect.qAfter - effect.qBefore) / (effect.target - effect.qBefore), 10);
    through.shopper();
    expect(through.inspect().updateEffect).toBeNull();
    trainer.dispose();
  });

  it('lists the last minibatch with targets that add up: y = R + gamma^m Q\', TD error = y - Q(s, a)', () => {
    const trainer = createTrainer(smallConfig());
    tickUntilReady(trainer);
    for (let k = 0; k < 20; k++) trainer.tick();
    const minibatch = new StepThrough(trainer).inspect().minibatch;
    if (!minibatch) throw new Error('expected a minibatch');
    expect(minibatch.rows).toHaveLength(smallConfig().dqn.batchSize);
    expect(minibatch.update).toBe(trainer.updates);
    for (const sample of minibatch.rows) {
      expect(sample.reward + sample.bootstrapValue).toBeCloseTo(sample.target, 5);
      expect(sample.tdError).toBeCloseTo(sample.target - sample.qBefore, 5);
      if (sample.done) expect(sample.bootstrapDiscount).toBe(0);
    }
    const losses = lossesSince(trainer);
    expect(minibatch.loss).toBeCloseTo(losses[losses.length - 1], 4);
    trainer.dispose();
  });

  it('shows tabular Q-learning\'s update with every number, and has no separate update step', () => {
    const trainer = createTrainer(smallConfig({ agent: 'tabular' }));
    const through = new StepThrough(trainer);
    for (let k = 0; k < 30; k++) through.shopper();
    const tabular = through.inspect().tabular;
    if (!tabular) throw new Error('expected a tabular update');
    const transition = through.transition();
    expect(tabular.action).toBe(transition?.action);
    expect(tabular.reward).toBeCloseTo(transition?.reward ?? Number.NaN, 6);
    const bootstrap = tabular.done ? 0 : tabular.maxNextValue;
    expect(tabular.newValue).toBeCloseTo(tabular.oldValue + tabular.learningRate * (tabular.reward + tabular.discount * bootstrap - tabular.oldValue), 12);
    expect(tabular.row[tabular.action]).toBe(tabular.newValue);
    expect(tabular.learningRate).toBe(smallConfig().tabular.learningRate);
    expect(through.update()).toBe('learns-every-step');
    trainer.dispose();
  });

  it('continues a checkpoint saved in the middle of a round exactly as the original', () => {
    const original = createTrainer(smallConfig());
    tickUntilReady(original);
    stepShoppers(original, 2);
    const checkpoint = original.saveCheckpoint();
    const restored = createTrainer(smallConfig());
    restored.loadCheckpoint(checkpoint);
    expect(restored.nextSlot).toBe(2);
    const updatesPushed = original.metrics.updates.pushed;
    for (let k = 0; k < 10; k++) {
      original.tick();
      restored.tick();
    }
    expect(lossesSince(restored)).toEqual(lossesSince(original, updatesPushed));
    original.dispose();
    restored.dispose();
  });

  it('leaves no tensor behind when inspecting and updating', () => {
    const trainer = createTrainer(smallConfig({ dqn: { doubleDqn: true } }));
    tickUntilReady(trainer);
    const through = new StepThrough(trainer);
    through.shopper();
    through.update();
    through.inspect();
    const tensors = tf.memory().numTensors;
    for (let k = 0; k < 5; k++) {
      through.shopper();
      through.update();
      through.inspect();
      through.session(1);
    }
    expect(tf.memory().numTensors).toBe(tensors);
    trainer.dispose();
  });
});
