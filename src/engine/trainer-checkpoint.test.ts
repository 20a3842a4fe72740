// Trainer checkpoints: a saved and restored run continues exactly as the original did; a checkpoint of
// another shape is refused with a readable error and changes nothing.

import { describe, expect, it } from 'vitest';
import { switchBackend } from '../testing/backends';
import { createTrainer, dqnOf, lossesSince, sessionReturnsSince, smallConfig } from '../testing/small-trainer';
import type { Trainer } from './trainer';

const SAVE_AFTER_TICKS = 60;
const CONTINUE_TICKS = 50;
/** Evaluations at 200 and 400 steps: both runs pass the second one after the save. */
const CONFIG = smallConfig({ training: { evaluationInterval: 200 } });

function ticks(trainer: Trainer, count: number): void {
  for (let k = 0; k < count; k++) trainer.tick();
}

describe('Trainer checkpoints', () => {
  it('continues identically on cpu: same losses, session returns and evaluations after a round trip', async () => {
    await switchBackend('cpu');
    const original = createTrainer(CONFIG);
    ticks(original, SAVE_AFTER_TICKS);
    original.setKnobs({ explorationRate: 0.3, learningRate: 2e-3 });
    const checkpoint = original.saveCheckpoint();
    const updatesPushed = original.metrics.updates.pushed;
    const sessionsPushed = original.metrics.sessions.pushed;
    const evaluationsBefore = original.metrics.evaluations.length;
    expect(updatesPushed).toBeGreaterThan(30);
    ticks(original, CONTINUE_TICKS);

    const restored = createTrainer(CONFIG);
    restored.loadCheckpoint(checkpoint);
    expect(restored.status).toBe('paused');
    expect(restored.step).toBe(SAVE_AFTER_TICKS * 4);
    expect(restored.knobValues).toEqual({ learningRate: 2e-3, discount: 0.99, explorationRate: 0.3 });
    expect(dqnOf(restored).config.learningRate).toBe(2e-3);
    ticks(restored, CONTINUE_TICKS);

    const losses = lossesSince(restored);
    expect(losses).toHaveLength(CONTINUE_TICKS);
    expect(losses).toEqual(lossesSince(original, updatesPushed));
    expect(sessionReturnsSince(restored).length).toBeGreaterThan(5);
    expect(sessionReturnsSince(restored)).toEqual(sessionReturnsSince(original, sessionsPushed));
    const evaluationsAfter = original.metrics.evaluations.slice(evaluationsBefore).map(({ step, meanReturn }) => ({ step, meanReturn }));
    expect(evaluationsAfter).toHaveLength(1);
    expect(restored.metrics.evaluations.map(({ step, meanReturn }) => ({ step, meanReturn }))).toEqual(evaluationsAfter);
    expect(restored.updates).toBe(original.updates);
    expect(dqnOf(restored).networks.exportArrays().parameters).toEqual(dqnOf(original).networks.exportArrays().parameters);
    original.dispose();
    restored.dispose();
  });

  it('a live checkpoint holds the replay buffer\'s own columns (valid until the next tick) and copies everything else', async () => {
    await switchBackend('cpu');
    const trainer = createTrainer(CONFIG);
    ticks(trainer, 30);
    const live = trainer.liveCheckpoint();
    const copied = trainer.saveCheckpoint();
    expect(live).toEqual(copied);
    // The same columns on every call: no copy of the memory is made.
    expect(trainer.liveCheckpoint().agent.arrays.replayObservations).toBe(live.agent.arrays.replayObservations);
    const parameters = live.agent.arrays.parameters.slice();
    ticks(trainer, 10);
    expect(live.agent.arrays.replayObservations).toEqual(trainer.saveCheckpoint().agent.arrays.replayObservations);
    expect(live.agent.arrays.replayObservations).not.toEqual(copied.agent.arrays.replayObservations);
    expect(live.agent.arrays.parameters).toEqual(parameters);
    expect(live.agent.arrays.parameters).not.toEqual(trainer.saveCheckpoint().agent.arrays.parameters);
    trainer.dispose();
  });

  it("continues a random-policy run identically: the policy's own stream is in the checkpoint", () => {
    const config = smallConfig({ agent: 'random', training: { evaluationInterval: 200 } });
    const original = createTrainer(config);
    ticks(original, SAVE_AFTER_TICKS);
    const checkpoint = original.saveCheckpoint();
    expect(checkpoint.agent.arrays.randomState).toBeInstanceOf(Float64Array);
    const sessionsPushed = original.metrics.sessions.pushed;
    ticks(original, CONTINUE_TICKS);
    const restored = createTrainer(config);
    // A fresh run's stream is at its start: without the saved position it would pick other items.
    restored.loadCheckpoint(checkpoint);
    ticks(restored, CONTINUE_TICKS);
    expect(sessionReturnsSince(restored).length).toBeGreaterThan(5);
    expect(sessionReturnsSince(restored)).toEqual(sessionReturnsSince(original, sessionsPushed));
    const withoutStream = { ...checkpoint, agent: { ...checkpoint.agent, arrays: {} } };
    const older = createTrainer(config);
    older.loadCheckpoint(withoutStream);
    ticks(older, CONTINUE_TICKS);
    expect(sessionReturnsSince(older)).not.toEqual(sessionReturnsSince(original, sessionsPushed));
    for (const trainer of [original, restored, older]) trainer.dispose();
  });

  it('refuses a checkpoint of another hidden width with a readable error, changing nothing', async () => {
    await switchBackend('cpu');
    const source = createTrainer(CONFIG);
    ticks(source, SAVE_AFTER_TICKS);
    const checkpoint = source.saveCheckpoint();
    source.dispose();

    const wider = createTrainer(smallConfig({ dqn: { hiddenWidth: 32 }, training: { evaluationInterval: 200 } }));
    ticks(wider, 5);
    const before = { step: wider.step, updates: wider.updates, status: wider.status, observations: wider.env.observations.slice(), parameters: dqnOf(wider).networks.exportArrays().parameters };
    expect(() => wider.loadCheckpoint(checkpoint)).toThrow(/^Cannot load this checkpoint: \{"code":"wrong-signature","saved":"dqn mlp 20-16-16-24.*"expected":"dqn mlp 20-32-32-24/);
    expect({ step: wider.step, updates: wider.updates, status: wider.status, observations: wider.env.observations.slice(), parameters: dqnOf(wider).networks.exportArrays().parameters }).toEqual(before);
    // And it still runs on as if nothing had been offered.
    const twin = createTrainer(smallConfig({ dqn: { hiddenWidth: 32 }, training: { evaluationInterval: 200 } }));
    ticks(twin, 5);
    ticks(wider, 30);
    ticks(twin, 30);
    expect(sessionReturnsSince(wider)).toEqual(sessionReturnsSince(twin));
    expect(lossesSince(wider)).toEqual(lossesSince(twin));
    wider.dispose();
    twin.dispose();
  });

  it('refuses a tabular checkpoint in a DQN run', async () => {
    await switchBackend('cpu');
    const tabular = createTrainer(smallConfig({ agent: 'tabular' }));
    ticks(tabular, 10);
    const dqn = createTrainer(CONFIG);
    expect(() => dqn.loadCheckpoint(tabular.saveCheckpoint())).toThrow(/Cannot load this checkpoint/);
    expect(dqn.step).toBe(0);
    tabular.dispose();
    dqn.dispose();
  });
});
