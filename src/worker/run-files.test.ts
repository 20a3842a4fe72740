// The worker's model files: downloaded and loaded again (in another session) the run evaluates and
// continues the same; a refused file changes nothing and the run goes on; nothing leaks a tensor.

import * as tf from '@tensorflow/tfjs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { switchBackend } from '../testing/backends';
import { decodeContainer, encodeContainer } from '../contracts/file-container';
import { smallConfig } from '../testing/small-trainer';
import type { LabConfig } from '../contracts/lab-config';
import type { FileRefusal, ImportResult } from '../contracts/protocol';
import { runFiles } from './run-files';
import { TrainingSession } from './training-session';

/** A scheduler that never runs anything on its own: these tests drive the trainer by hand. */
const IDLE_SCHEDULER = { now: () => 0, soon: () => {}, later: () => {} };
const CONFIG = smallConfig({ training: { evaluationInterval: 200, totalSteps: 100_000 } });

async function sessionWith(config: LabConfig = CONFIG, ticks = 0) {
  const session = new TrainingSession({ scheduler: IDLE_SCHEDULER, probeWebgl: () => ({ available: false, renderer: null, softwareRendered: false }) });
  await session.init(config, () => {});
  const trainer = session.current?.trainer;
  if (!trainer) throw new Error('no run');
  for (let k = 0; k < ticks; k++) trainer.tick();
  return { session, files: runFiles(session, () => new Date('2025-01-02T03:04:05Z')), trainer };
}

/** The run's state as a reader sees it: what a refused file must leave exactly as it was. */
function runState(session: TrainingSession) {
  const current = session.current;
  return { trainer: current?.trainer, config: current?.config, step: current?.trainer.step, updates: current?.trainer.updates, status: session.status };
}

/** Why the file was refused, or 'accepted'; the file calls refuse by answering, never by throwing. */
async function refusal(load: Promise<ImportResult>): Promise<FileRefusal | 'accepted'> {
  const result = await load;
  return result.ok ? 'accepted' : result.refusal;
}

beforeAll(async () => {
  await switchBackend('cpu');
});

describe('run files in the worker', () => {
  it('a model saved and loaded in a fresh session evaluates to the same greedy return and trains on identically', async () => {
    const source = await sessionWith(CONFIG, 60);
    const bytes = source.files.exportModel({ includeReplay: true, presetName: 'default' }).bytes;
    const target = await sessionWith(smallConfig({ dqn: { hiddenWidth: 32 } }));
    const result = await target.files.importModel(bytes);
    if (!result.ok) throw new Error(JSON.stringify(result.refusal));
    const imported = result.run;
    expect(imported.presetName).toBe('default');
    expect(imported.config).toEqual(CONFIG);
    expect(imported.summary).toMatchObject({ step: 240, includesReplay: true, savedAt: '2025-01-02T03:04:05.000Z' });
    expect(target.session.status).toBe('paused');
    const trainer = target.session.current?.trainer;
    expect(trainer?.step).toBe(240);
    expect(trainer?.metrics.sessions.pushed).toBe(source.trainer.metrics.sessions.pushed);
    expect(target.files.evaluateNow()?.meanReturn).toBe(source.files.evaluateNow()?.meanReturn);
    for (let k = 0; k < 30; k++) {
      source.trainer.tick();
      trainer?.tick();
    }
    expect(trainer?.metrics.updates.last()).toEqual(source.trainer.metrics.updates.last());
  });

  it('without the replay memory: the same greedy return, and learning waits for a refilled replay', async () => {
    const source = await sessionWith(CONFIG, 60);
    const bytes = source.files.exportModel({ includeReplay: false, presetName: 'default' }).bytes;
    const target = await sessionWith();
    await target.files.importModel(bytes);
    expect(target.files.evaluateNow()?.meanReturn).toBe(source.files.evaluateNow()?.meanReturn);
    expect(target.session.current?.trainer.agent.readyToLearn()).toBe(false);
  });

  it('refuses a file whose network does not match its settings, a tabular agent under DQN settings and a random file; the run goes on', async () => {
    const source = await sessionWith(CONFIG, 20);
    const file = decodeContainer(source.files.exportModel({ includeReplay: false, presetName: 'default' }).bytes);
    if (!file.ok) throw new Error(JSON.stringify(file.problem));
    const relinked = (link: string) => encodeContainer({ ...file.value.header, link }, file.value.arrays);
    const tabular = await sessionWith(smallConfig({ agent: 'tabular' }), 5);
    const tabularFile = decodeContainer(tabular.files.exportModel({ includeReplay: false, presetName: 'default' }).bytes);
    if (!tabularFile.ok) throw new Error(JSON.stringify(tabularFile.problem));

    const target = await sessionWith(CONFIG, 10);
    const before = runState(target.session);
    const tensors = tf.memory().numTensors;
    const wider = String(file.value.header.link).replace('hiddenWidth=16', 'hiddenWidth=32');
    expect(wider).toContain('hiddenWidth=32');
    expect(await refusal(target.files.importModel(relinked(wider)))).toEqual({
      code: 'checkpoint',
      refusal: { code: 'wrong-signature', saved: expect.stringMatching(/^dqn mlp 20-16-16-24/), expected: expect.stringMatching(/^dqn mlp 20-32-32-24/) },
    });
    expect(await refusal(target.files.importModel(encodeContainer({ ...tabularFile.value.header, link: file.value.header.link }, tabularFile.value.arrays)))).toEqual({
      code: 'checkpoint',
      refusal: { code: 'wrong-kind', saved: 'tabular', expected: 'dqn' },
    });
    expect(await refusal(target.files.importModel(relinked('?v=1&gamma=7')))).toEqual({
      code: 'link-settings',
      key: 'gamma',
      reason: { code: 'value', problem: { code: 'above-max', max: 0.999 }, fallback: null },
    });
    expect(await refusal(target.files.importModel(new TextEncoder().encode('not a model')))).toEqual({ code: 'file', problem: { code: 'not-lab-file' } });
    expect(tf.memory().numTensors).toBe(tensors);
    expect(runState(target.session)).toEqual(before);
    target.trainer.tick();
    expect(target.trainer.step).toBe((before.step ?? 0) + 4);
  });

  it('refuses a whole, checksummed file whose shoppers\' numbers do not belong together, naming the array; the run goes on', async () => {
    const source = await sessionWith(CONFIG, 20);
    const file = decodeContainer(source.files.exportModel({ includeReplay: false, presetName: 'default' }).bytes);
    if (!file.ok) throw new Error(JSON.stringify(file.problem));
    const crafted = (name: string, change: (array: Int32Array) => void) => {
      const array = (file.value.arrays.get(name) as Int32Array).slice();
      change(array);
      // Encoding again writes a checksum that matches: only the numbers' meaning is wrong.
      return encodeContainer(file.value.header, new Map([...file.value.arrays, [name, array]]));
    };
    const steps = file.value.arrays.get('env.steps') as Int32Array;
    const slot = steps.findIndex((count) => count > 0);
    expect(slot).toBeGreaterThanOrEqual(0);

    const target = await sessionWith(CONFIG, 10);
    const before = runState(target.session);
    const tensors = tf.memory().numTensors;
    expect(await refusal(target.files.importModel(crafted('env.clicks', (clicks) => (clicks[slot] = steps[slot] + 1))))).toEqual({
      code: 'checkpoint',
      refusal: { code: 'env-inconsistent', field: 'clicks', slot },
    });
    expect(await refusal(target.files.importModel(crafted('env.shopperIndex', (index) => ([index[0], index[1]] = [index[1], index[0]]))))).toEqual({
      code: 'checkpoint',
      refusal: { code: 'env-inconsistent', field: 'preferences', slot: 0 },
    });
    expect(tf.memory().numTensors).toBe(tensors);
    expect(runState(target.session)).toEqual(before);
    expect(await refusal(target.files.importModel(crafted('env.clicks', () => {})))).toBe('accepted');
  });

  it('fuzz: random and mutated files through the worker never change the run', async () => {
    const source = await sessionWith(CONFIG, 20);
    const valid = source.files.exportModel({ includeReplay: false, presetName: 'default' }).bytes;
    const target = await sessionWith(CONFIG, 10);
    const before = runState(target.session);
    const input = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      fc.record({ index: fc.nat(), value: fc.integer({ min: 1, max: 255 }) }).map(({ index, value }) => {
        const copy = valid.slice();
        copy[index % copy.length] ^= value;
        return copy;
      }),
      fc.nat().map((cut) => valid.slice(0, cut % valid.length)),
    );
    await fc.assert(
      fc.asyncProperty(input, async (bytes) => {
        expect(await refusal(target.files.importModel(bytes))).toMatchObject({ code: expect.stringMatching(/^(file|checkpoint|network-not-finite)$/) });
        expect(runState(target.session)).toEqual(before);
      }),
      { numRuns: 150, seed: 11 },
    );
  });

  it('leaks no tensor across export, import and evaluation', async () => {
    const source = await sessionWith(CONFIG, 30);
    const target = await sessionWith(CONFIG);
    const bytes = source.files.exportModel({ includeReplay: true, presetName: 'default' }).bytes;
    const tensors = tf.memory().numTensors;
    await target.files.importModel(bytes);
    target.files.evaluateNow();
    source.files.exportModel({ includeReplay: false, presetName: 'default' });
    expect(tf.memory().numTensors).toBe(tensors);
  });
});
