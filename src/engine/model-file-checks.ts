// Checks of a model file's header values: each returns why a value cannot be part of a run, or null.
// The trainer and agent check shapes and signatures on load; these check what they take on trust.

import { ITEM_COUNT } from '../sim/settings';
import type { NumericArray } from './file-container';
import type { EvaluationRecord, KnobChange } from './metrics';

export type Problem = string | null;

export const isRecord = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isRate = (value: unknown): value is number => isFiniteNumber(value) && value >= 0 && value <= 1;

/** The first problem among named checks. */
export function firstProblem(checks: Array<[boolean, string]>): Problem {
  return checks.find(([ok]) => !ok)?.[1] ?? null;
}

export function trainerNumbersProblem(trainer: Record<string, unknown>, sessions: number): Problem {
  const knobs = isRecord(trainer.knobs) ? trainer.knobs : {};
  const round = isRecord(trainer.round) ? trainer.round : {};
  const override = trainer.explorationOverride;
  return firstProblem([
    [isCount(trainer.step), 'its step count is not a whole number'],
    [isCount(trainer.updates), 'its update count is not a whole number'],
    [isFiniteNumber(trainer.elapsedMs) && trainer.elapsedMs >= 0, 'its training time is not a number of milliseconds'],
    [isFiniteNumber(knobs.learningRate) && knobs.learningRate > 0, 'its learning rate is not a positive number'],
    [isRate(knobs.discount), 'its discount is not between 0 and 1'],
    [Number.isNaN(override) || isRate(override), 'its exploration rate is not between 0 and 1'],
    [isCount(trainer.transitionsSinceTrain), 'its transitions since the last update are not a whole number'],
    [isCount(trainer.nextEvaluationAt), 'its next evaluation step is not a whole number'],
    [isCount(round.slot) && round.slot < sessions, 'its round position does not fit its shoppers'],
    [Number.isSafeInteger(round.lastSlot) && (round.lastSlot as number) >= -1 && (round.lastSlot as number) < sessions, 'its last stepped shopper does not fit'],
    [isRate(round.explorationRate), "its round's exploration rate is not between 0 and 1"],
  ]);
}

export function envNumbersProblem(env: Record<string, unknown>): Problem {
  return firstProblem([
    [isCount(env.nextShopper), 'its next shopper is not a whole number'],
    [isCount(env.admitted), 'its count of admitted shoppers is not a whole number'],
  ]);
}

export function numbersProblem(numbers: unknown): Problem {
  if (!isRecord(numbers)) return 'its agent counters are missing';
  const bad = Object.entries(numbers).find(([, value]) => !isFiniteNumber(value));
  return bad ? `its agent counter ${bad[0]} is not a number` : null;
}

const EVALUATION_NUMBERS = ['step', 'seconds', 'sessions', 'meanReturn', 'ci95', 'percentOfOracle', 'clickRate', 'conversionRate', 'sessionLength', 'finalTrust'] as const;
const KNOBS: readonly string[] = ['learningRate', 'discount', 'explorationRate'];

/** The evaluations as records, or null when one is not an evaluation (NaN is allowed: a rate of no clicks). */
export function readEvaluations(value: unknown): EvaluationRecord[] | null {
  if (!Array.isArray(value)) return null;
  const records: EvaluationRecord[] = [];
  for (const item of value as unknown[]) {
    if (!isRecord(item) || typeof item.policy !== 'string' || !EVALUATION_NUMBERS.every((field) => typeof item[field] === 'number')) return null;
    const record = { policy: item.policy } as EvaluationRecord;
    for (const field of EVALUATION_NUMBERS) record[field] = item[field] as number;
    records.push(record);
  }
  return records;
}

export function readKnobChanges(value: unknown): KnobChange[] | null {
  if (!Array.isArray(value)) return null;
  const changes: KnobChange[] = [];
  for (const item of value as unknown[]) {
    if (!isRecord(item) || !isCount(item.step) || typeof item.knob !== 'string' || !KNOBS.includes(item.knob)) return null;
    if (!isFiniteNumber(item.from) || !isFiniteNumber(item.to)) return null;
    changes.push({ step: item.step, knob: item.knob as KnobChange['knob'], from: item.from, to: item.to });
  }
  return changes;
}

/**
 * Values a run cannot hold whatever its shape: non-finite weights, observations or rewards, and actions
 * outside the catalogue (Float64 arrays are exempt: random-stream states keep NaN for "no spare normal").
 */
export function valuesProblem(name: string, array: NumericArray): Problem {
  if (array instanceof Float32Array) {
    for (let i = 0; i < array.length; i++) if (!Number.isFinite(array[i])) return `its ${name} holds a value that is not a finite number`;
  }
  if (/actions$/i.test(name) && array instanceof Int32Array) {
    for (let i = 0; i < array.length; i++) if (array[i] < 0 || array[i] >= ITEM_COUNT) return `its ${name} name an item outside the catalogue`;
  }
  return null;
}
