// Checks of a model file's header values: each returns why a value cannot be part of a run (the field, as
// the file names it), or null.
// The trainer and agent check shapes and signatures on load; these check what they take on trust.

import { ITEM_COUNT } from '../sim/settings';
import type { NumericArray } from '../contracts/file-container';
import type { FileProblem } from '../contracts/file-problem';
import type { EvaluationRecord, KnobChange } from '../contracts/metrics';

export type Problem = FileProblem | null;

export const isRecord = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isRate = (value: unknown): value is number => isFiniteNumber(value) && value >= 0 && value <= 1;

/** The first problem among named checks. */
export function firstProblem(checks: Array<[boolean, string]>): Problem {
  const field = checks.find(([ok]) => !ok)?.[1];
  return field === undefined ? null : { code: 'bad-value', field };
}

export function trainerNumbersProblem(trainer: Record<string, unknown>, sessions: number): Problem {
  const knobs = isRecord(trainer.knobs) ? trainer.knobs : {};
  const round = isRecord(trainer.round) ? trainer.round : {};
  const override = trainer.explorationOverride;
  return firstProblem([
    [isCount(trainer.step), 'trainer.step'],
    [isCount(trainer.updates), 'trainer.updates'],
    [isFiniteNumber(trainer.elapsedMs) && trainer.elapsedMs >= 0, 'trainer.elapsedMs'],
    [isFiniteNumber(knobs.learningRate) && knobs.learningRate > 0, 'trainer.knobs.learningRate'],
    [isRate(knobs.discount), 'trainer.knobs.discount'],
    [Number.isNaN(override) || isRate(override), 'trainer.explorationOverride'],
    [isCount(trainer.transitionsSinceTrain), 'trainer.transitionsSinceTrain'],
    [isCount(trainer.nextEvaluationAt), 'trainer.nextEvaluationAt'],
    [isCount(round.slot) && round.slot < sessions, 'trainer.round.slot'],
    [Number.isSafeInteger(round.lastSlot) && (round.lastSlot as number) >= -1 && (round.lastSlot as number) < sessions, 'trainer.round.lastSlot'],
    [isRate(round.explorationRate), 'trainer.round.explorationRate'],
  ]);
}

export function envNumbersProblem(env: Record<string, unknown>): Problem {
  return firstProblem([
    [isCount(env.nextShopper), 'env.nextShopper'],
    [isCount(env.admitted), 'env.admitted'],
  ]);
}

export function numbersProblem(numbers: unknown): Problem {
  if (!isRecord(numbers)) return { code: 'unreadable', part: 'agentNumbers' };
  const bad = Object.entries(numbers).find(([, value]) => !isFiniteNumber(value));
  return bad ? { code: 'bad-value', field: `agentNumbers.${bad[0]}` } : null;
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
    for (let i = 0; i < array.length; i++) if (!Number.isFinite(array[i])) return { code: 'not-finite', array: name };
  }
  if (/actions$/i.test(name) && array instanceof Int32Array) {
    for (let i = 0; i < array.length; i++) if (array[i] < 0 || array[i] >= ITEM_COUNT) return { code: 'unknown-item', array: name };
  }
  return null;
}
