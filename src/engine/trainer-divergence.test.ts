// The trainer on a run whose loss stops being finite: it stops cleanly, records where, and keeps finite weights.

import { describe, expect, it } from 'vitest';
import { TEST_BACKENDS, switchBackend } from '../testing/backends';
import { createAgent } from '../agents/create-agent';
import { liveKnobsOf } from '../contracts/lab-config';
import { createTrainer, dqnOf, smallConfig } from '../testing/small-trainer';
import { Trainer } from './trainer';

/**
 * Plain SGD with step 1, no clipping, squared loss, rewards x100 and the online network as its own
 * target at gamma 0.999: the loss overflows within about ten updates (measured on seeds 1-8, both backends).
 */
const EXPLODING = smallConfig({
  dqn: { optimizer: 'sgd', learningRate: 1, gradientClipNorm: 0, rewardScale: 100, loss: 'squared', targetUpdate: 'none', doubleDqn: false, discount: 0.999 },
  training: { totalSteps: 20_000, evaluationInterval: 10_000 },
});

describe('Trainer on a diverging run', () => {
  it.each(TEST_BACKENDS.flatMap((backend) => [1, 2].map((seed) => [backend, seed] as const)))('stops with status diverged at a recorded step, without throwing, keeping finite weights (%s, seed %i)', async (backend, seed) => {
    await switchBackend(backend);
    const trainer = createTrainer({ ...EXPLODING, training: { ...EXPLODING.training, trainingSeed: seed } });
    expect(() => trainer.runFor(60_000)).not.toThrow();
    expect(trainer.finished).toBe(false);
    expect(trainer.status).toBe('diverged');
    expect(trainer.diverged).toBe(true);
    const divergence = trainer.divergence!;
    expect(divergence.step).toBe(trainer.step);
    expect(divergence.step).toBeLessThan(EXPLODING.training.totalSteps);
    expect(divergence.update).toBe(trainer.updates);
    expect(divergence.reason).toMatch(/finite/);
    // The same as values, for the page to word.
    expect(divergence.cause).toMatchObject({ kind: 'non-finite' });
    // The offending update is charted (with its non-finite figures) and then nothing more happens.
    const last = trainer.metrics.updates.last()!;
    expect(Number.isFinite(last.loss) && Number.isFinite(last.maxQ)).toBe(false);
    trainer.tick();
    expect(trainer.step).toBe(divergence.step);
    // The DQN rejected the non-finite update: it reports it, but its weights are still the last finite ones.
    const agent = dqnOf(trainer);
    expect(agent.isFinite()).toBe(false);
    expect(agent.rejectedUpdateCount).toBe(1);
    expect(agent.networks.exportArrays().parameters.every(Number.isFinite)).toBe(true);
    trainer.dispose();
  });
});

describe('Trainer after a divergence', () => {
  it('recovers from an earlier checkpoint: status paused, divergence cleared, the agent finite again', async () => {
    await switchBackend('cpu');
    const trainer = createTrainer(EXPLODING);
    while (!trainer.agent.readyToLearn()) trainer.tick();
    const beforeLearning = trainer.saveCheckpoint();
    trainer.runFor(60_000);
    expect(trainer.status).toBe('diverged');
    trainer.loadCheckpoint(beforeLearning);
    expect(trainer.status).toBe('paused');
    expect(trainer.divergence).toBeUndefined();
    expect(trainer.step).toBe(beforeLearning.step);
    expect(trainer.agent.isFinite()).toBe(true);
    trainer.setKnobs({ learningRate: 1e-6 }); // the lesson's fix: a far smaller step
    for (let k = 0; k < 30; k++) trainer.tick();
    expect(trainer.status).toBe('running');
    expect(trainer.updates).toBeGreaterThan(beforeLearning.updates + 20);
    expect(trainer.agent.isFinite()).toBe(true);
    trainer.dispose();
  });
});

describe('Trainer when a learning step throws', () => {
  it('records the error as the divergence instead of letting it escape', async () => {
    await switchBackend('cpu');
    const config = smallConfig();
    const trainer = new Trainer(
      {
        sim: config.sim,
        training: config.training,
        createAgent: (catalog) => {
          const agent = createAgent('dqn', { dqn: config.dqn, tabular: config.tabular, sim: config.sim, catalog, seed: 1, sessions: config.training.parallelSessions });
          agent.learn = () => {
            throw new Error('the backend lost its context');
          };
          return agent;
        },
      },
      liveKnobsOf(config),
    );
    expect(() => trainer.runFor(10_000)).not.toThrow();
    expect(trainer.status).toBe('diverged');
    expect(trainer.divergence).toEqual({
      step: trainer.step,
      update: 0,
      reason: 'the backend lost its context',
      cause: { kind: 'error', message: 'the backend lost its context' },
    });
    expect(trainer.agent.readyToLearn()).toBe(true);
    trainer.dispose();
  });
});
