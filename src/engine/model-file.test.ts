// The model file: a saved run reads back exactly and continues as the original did; every kind of broken
// file is refused with its own reason, and no input, random or mutated, makes the reader throw.

import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { ReplayBuffer } from '../agents/replay-buffer';
import { switchBackend } from '../testing/backends';
import { OBSERVATION_SIZE } from '../sim/settings';
import { crc32 } from '../contracts/crc32';
import { MAX_FILE_BYTES, decodeContainer, encodeContainer } from '../contracts/file-container';
import type { FileProblem } from '../contracts/file-problem';
import { metricsTables, restoreMetrics } from './metrics-log';
import { decodeModelFile, encodeModelFile, type SavedRun } from './model-file';
import { createTrainer, lossesSince, smallConfig } from '../testing/small-trainer';
import type { Trainer } from './trainer';

const CONFIG = smallConfig({ training: { evaluationInterval: 200 } });

function savedRun(trainer: Trainer): SavedRun {
  return {
    link: '?page=train&v=1',
    config: CONFIG,
    backend: 'cpu',
    agentName: trainer.agent.name,
    savedAt: '2025-01-02T03:04:05.000Z',
    checkpoint: trainer.saveCheckpoint(),
    metrics: metricsTables(trainer.metrics),
  };
}

function trained(ticks = 60): Trainer {
  const trainer = createTrainer(CONFIG);
  for (let k = 0; k < ticks; k++) trainer.tick();
  trainer.setKnobs({ explorationRate: 0.3 });
  return trainer;
}

function problemOf(bytes: Uint8Array): FileProblem | 'accepted' {
  const decoded = decodeModelFile(bytes);
  return decoded.ok ? 'accepted' : decoded.problem;
}

/** A valid file saved after 60 ticks, made once for the refusal and fuzz tests. */
let validFile: Uint8Array;

beforeAll(async () => {
  await switchBackend('cpu');
  const trainer = trained();
  validFile = encodeModelFile(savedRun(trainer), { includeReplay: true });
  trainer.dispose();
});

describe('model file', () => {
  it('checks its bytes with the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('round trip: the read run continues exactly as the original, with its metrics and knobs', () => {
    const original = trained();
    const run = savedRun(original);
    const decoded = decodeModelFile(encodeModelFile(run, { includeReplay: true }));
    if (!decoded.ok) throw new Error(JSON.stringify(decoded.problem));
    const { summary, checkpoint, metrics, omittedArrays } = decoded.value;
    expect(summary).toMatchObject({ step: 240, updates: original.updates, includesReplay: true, backend: 'cpu', link: '?page=train&v=1', savedAt: run.savedAt });
    expect(summary.agent).toEqual({ kind: 'dqn', name: original.agent.name, signature: run.checkpoint.agent.signature });
    expect(omittedArrays).toEqual([]);
    expect(metrics).toEqual(run.metrics);
    expect(Number.isNaN(checkpoint.explorationOverride)).toBe(false);

    const restored = createTrainer(CONFIG);
    restored.loadCheckpoint(checkpoint);
    restoreMetrics(restored.metrics, metrics);
    expect(restored.knobValues).toEqual(original.knobValues);
    expect(metricsTables(restored.metrics)).toEqual(run.metrics);
    const pushed = original.metrics.updates.pushed;
    for (let k = 0; k < 40; k++) {
      original.tick();
      restored.tick();
    }
    expect(lossesSince(restored, pushed)).toEqual(lossesSince(original, pushed));
    expect(restored.evaluate().meanReturn).toBe(original.evaluate().meanReturn);
    original.dispose();
    restored.dispose();
  });

  it('keeps a schedule-following epsilon (NaN override) through JSON', () => {
    const trainer = createTrainer(CONFIG);
    trainer.tick();
    const decoded = decodeModelFile(encodeModelFile(savedRun(trainer), { includeReplay: false }));
    expect(decoded.ok && Number.isNaN(decoded.value.checkpoint.explorationOverride)).toBe(true);
    trainer.dispose();
  });

  it('leaves the replay memory out unless asked: smaller by exactly its columns, counters zeroed', () => {
    const trainer = trained();
    const run = savedRun(trainer);
    const without = encodeModelFile(run, { includeReplay: false });
    const decoded = decodeModelFile(without);
    if (!decoded.ok) throw new Error(JSON.stringify(decoded.problem));
    expect(decoded.value.omittedArrays).toEqual(['replayObservations', 'replayActions', 'replayRewardSequences', 'replayStepCounts', 'replayNextObservations', 'replayDone']);
    expect(decoded.value.checkpoint.agent.numbers).toMatchObject({ replayStored: 0, replayPosition: 0 });
    expect(decoded.value.summary.includesReplay).toBe(false);
    const replayBytes = ReplayBuffer.bytesFor(CONFIG.dqn.replayCapacity, OBSERVATION_SIZE, CONFIG.dqn.multiStep);
    const difference = encodeModelFile(run, { includeReplay: true }).length - without.length;
    // The header grows a little with the array entries and the arrays are 8-byte aligned.
    expect(Math.abs(difference - replayBytes)).toBeLessThan(1000);
    trainer.dispose();
  });

  it('refuses each kind of broken file with its own reason', () => {
    const text = new TextEncoder();
    const withByte = (index: number, value: number) => {
      const copy = validFile.slice();
      copy[index] = value;
      return copy;
    };
    const extra = new Uint8Array(validFile.length + 3);
    extra.set(validFile);
    expect(problemOf(new Uint8Array())).toEqual({ code: 'not-lab-file' });
    expect(problemOf(text.encode('{"format":"q-shop-lab model"}'))).toEqual({ code: 'not-lab-file' });
    expect(problemOf(withByte(8, 2))).toEqual({ code: 'container-version', version: 2, supported: 1 });
    expect(problemOf(validFile.subarray(0, validFile.length - 10))).toEqual({ code: 'truncated', bytes: validFile.length - 10, expected: validFile.length });
    expect(problemOf(extra)).toEqual({ code: 'trailing-bytes', extra: 3 });
    expect(problemOf(withByte(validFile.length - 5, validFile[validFile.length - 5] ^ 1))).toEqual({ code: 'checksum' });
    expect(problemOf({ length: MAX_FILE_BYTES + 1 } as Uint8Array)).toEqual({ code: 'too-large', bytes: MAX_FILE_BYTES + 1, limit: MAX_FILE_BYTES });
    expect(problemOf(encodeContainer({ format: 'something else', version: 1 }, new Map()))).toEqual({ code: 'not-model-file', format: 'something else' });
    expect(problemOf(encodeContainer({ format: 'q-shop-lab model', version: 7 }, new Map()))).toEqual({ code: 'model-version', version: '7', supported: 1 });
    expect(problemOf(encodeContainer({ format: 'q-shop-lab model', version: 1 }, new Map()))).toEqual({ code: 'unreadable', part: 'agent' });
  });

  it('refuses well-formed files whose values no run can hold', () => {
    const contents = decodeContainer(validFile);
    if (!contents.ok) throw new Error(JSON.stringify(contents.problem));
    const { header, arrays } = contents.value;
    const rewrite = (change: (header: Record<string, unknown>, arrays: Map<string, Float32Array | Int32Array>) => void) => {
      const copy = structuredClone(header);
      const arrayCopy = new Map([...arrays].map(([name, array]) => [name, array.slice()])) as Map<string, Float32Array | Int32Array>;
      change(copy, arrayCopy);
      return problemOf(encodeContainer(copy, arrayCopy));
    };
    expect(rewrite(() => {})).toBe('accepted');
    expect(rewrite((copy) => ((copy.trainer as Record<string, unknown>).step = -5))).toEqual({ code: 'bad-value', field: 'trainer.step' });
    expect(rewrite((copy) => ((copy.trainer as { round: Record<string, unknown> }).round.slot = 99))).toEqual({ code: 'bad-value', field: 'trainer.round.slot' });
    expect(rewrite((_, data) => ((data.get('agent.parameters') as Float32Array)[3] = Number.NaN))).toEqual({ code: 'not-finite', array: 'parameters' });
    expect(rewrite((_, data) => ((data.get('round.actions') as Int32Array)[0] = 24))).toEqual({ code: 'unknown-item', array: 'actions' });
    expect(rewrite((_, data) => data.delete('round.observations'))).toEqual({ code: 'unreadable', part: 'round' });
    expect(rewrite((_, data) => data.delete('sessions.buys'))).toEqual({ code: 'unreadable', part: 'sessions' });
    expect(rewrite((copy) => (copy.evaluations = [{ step: 'soon' }]))).toEqual({ code: 'unreadable', part: 'evaluations' });
    expect(rewrite((copy) => (copy.omittedArrays = ['parameters']))).toEqual({ code: 'omits-other-arrays' });
  });

  it('fuzz: random bytes and mutated files never throw and are never accepted', () => {
    const bytes = fc.oneof(fc.uint8Array({ maxLength: 400 }), fc.uint8Array({ maxLength: 64 }).map((tail) => new Uint8Array([...new TextEncoder().encode('QSHOPLAB'), 1, 0, 0, 0, ...tail])));
    fc.assert(
      fc.property(bytes, (input) => {
        expect(decodeModelFile(input).ok).toBe(false);
      }),
      { numRuns: 300, seed: 6 },
    );
    const mutation = fc.oneof(
      fc.record({ index: fc.nat(), value: fc.integer({ min: 1, max: 255 }) }).map(({ index, value }) => (file: Uint8Array) => {
        const copy = file.slice();
        copy[index % copy.length] ^= value;
        return copy;
      }),
      fc.nat().map((cut) => (file: Uint8Array) => file.slice(0, cut % file.length)),
      fc.record({ index: fc.nat(), inserted: fc.uint8Array({ minLength: 1, maxLength: 8 }) }).map(({ index, inserted }) => (file: Uint8Array) => {
        const at = index % file.length;
        const grown = new Uint8Array(file.length + inserted.length);
        grown.set(file.subarray(0, at));
        grown.set(inserted, at);
        grown.set(file.subarray(at), at + inserted.length);
        return grown;
      }),
    );
    fc.assert(
      fc.property(mutation, (mutate) => {
        expect(decodeModelFile(mutate(validFile)).ok).toBe(false);
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});
