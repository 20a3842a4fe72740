// The result code: a class result (class-result.ts) as a short text a student pastes into the class chat,
// `QSL1-` then base64url of the result's compact JSON followed by its CRC-32. Nothing goes through a server,
// so the code carries its own check of integrity: the checksum catches every changed character (a change
// alters at most six neighbouring bits, a burst CRC-32 always detects) and, bar a one-in-four-billion chance,
// any missing or added one; the encoding must be the one the lab writes (base64's spare bits could otherwise
// hide a change); and a code edited by hand and checksummed again still has to be consistent: a run's
// settings must be a lab link the lab writes, naming the same preset and seed; a lesson's measured choice
// must follow from its figures (checked by the lesson's own rule, passed in: lessons are data this layer
// does not know). A checksum is no signature: someone with the lab's source can still forge a consistent code. Pure.

import { crc32 } from '../contracts/crc32';
import type { ClassResult, LessonResult, RunResult } from './class-result';
import { base64urlBytes, base64urlOf } from './result-code-base64';
import { checkResult } from './result-code-check';
import type { LessonRefusal, ResultCodeRefusal } from './result-code-refusal';

export type { LessonRefusal, ResultCodeRefusal, ResultField, Inconsistency } from './result-code-refusal';
export { checkResult, checkSettings } from './result-code-check';

/** Raise when the payload's layout changes; a reader names the versions it can read. */
export const RESULT_CODE_VERSION = 1;
const PREFIX = /^QSL(\d{1,4})-/;
export const RESULT_CODE_PREFIX = `QSL${RESULT_CODE_VERSION}-`;
const CHECKSUM_BYTES = 4;
/** Longer than any code the lab writes (a run's settings are a few hundred characters at most). */
export const MAX_CODE_LENGTH = 4000;

/** A lesson's own check of a decoded result: why its figures and choices cannot be (null: consistent, or a lesson this lab does not have). */
export type CheckLesson = (result: LessonResult) => LessonRefusal | null;

export type DecodedCode = { ok: true; result: ClassResult } | { ok: false; refusal: ResultCodeRefusal };

/** Run percentages travel to two decimals (the board shows one); -0 is written as 0. */
function hundredths(value: number): number {
  const rounded = Math.round(value * 100) / 100;
  return rounded === 0 ? 0 : rounded;
}

/** What a code holds: the result as the code carries it (run percentages to two decimals). */
export function asCarried(result: ClassResult): ClassResult {
  if (result.kind === 'lesson') return { ...result, figures: Object.fromEntries(Object.entries(result.figures).map(([name, value]) => [name, value === 0 ? 0 : value])) };
  const steady = result.steady && { percentOfOracle: hundredths(result.steady.percentOfOracle), min: hundredths(result.steady.min), max: hundredths(result.steady.max) };
  return { ...result, latestPercentOfOracle: hundredths(result.latestPercentOfOracle), steady };
}

/** The payload: a JSON array, its first element the kind. */
function payloadOf(result: ClassResult): unknown[] {
  if (result.kind === 'lesson') return ['l', result.lessonId, result.predicted, result.measured, result.figures, result.trainingSeed, result.steps];
  const { steady } = result;
  return ['r', result.presetName, result.settings.replace(/^\?/, ''), result.trainingSeed, result.steps, result.latestPercentOfOracle, steady && [steady.percentOfOracle, steady.min, steady.max]];
}

function checksummed(bytes: Uint8Array): number {
  const prefix = new TextEncoder().encode(RESULT_CODE_PREFIX);
  const all = new Uint8Array(prefix.length + bytes.length);
  all.set(prefix);
  all.set(bytes, prefix.length);
  return crc32(all);
}

/** The code of a result. Check it first with checkResult: a result it refuses gives a code the board refuses too. */
export function encodeResult(result: ClassResult): string {
  const bytes = new TextEncoder().encode(JSON.stringify(payloadOf(asCarried(result))));
  const whole = new Uint8Array(bytes.length + CHECKSUM_BYTES);
  whole.set(bytes);
  new DataView(whole.buffer).setUint32(bytes.length, checksummed(bytes));
  return RESULT_CODE_PREFIX + base64urlOf(whole);
}

const isText = (value: unknown): value is string => typeof value === 'string';
const isNumber = (value: unknown): value is number => typeof value === 'number';

/** The payload read back as a result, or null when its shape is not one the lab writes. */
function resultOf(payload: unknown): ClassResult | null {
  if (!Array.isArray(payload)) return null;
  const [kind, ...rest] = payload as unknown[];
  if (kind === 'l' && rest.length === 6) {
    const [lessonId, predicted, measured, figures, trainingSeed, steps] = rest;
    if (!isText(lessonId) || !isText(predicted) || !isText(measured) || !isNumber(trainingSeed) || !isNumber(steps)) return null;
    if (figures === null || typeof figures !== 'object' || Array.isArray(figures) || !Object.values(figures).every(isNumber)) return null;
    return { kind: 'lesson', lessonId, predicted, measured, figures: figures as Record<string, number>, trainingSeed, steps };
  }
  if (kind === 'r' && rest.length === 6) {
    const [presetName, settings, trainingSeed, steps, latest, steady] = rest;
    if (!isText(presetName) || !isText(settings) || !isNumber(trainingSeed) || !isNumber(steps) || !isNumber(latest)) return null;
    const steadyOk = steady === null || (Array.isArray(steady) && steady.length === 3 && steady.every(isNumber));
    if (!steadyOk) return null;
    const figures = steady as [number, number, number] | null;
    const result: RunResult = {
      kind: 'run',
      presetName,
      settings: `?${settings}`,
      trainingSeed,
      steps,
      latestPercentOfOracle: latest,
      steady: figures && { percentOfOracle: figures[0], min: figures[1], max: figures[2] },
    };
    return result;
  }
  return null;
}

/** Reads a code: the result, or why the code is refused. */
export function decodeResult(text: string, checkLesson?: CheckLesson): DecodedCode {
  const refuse = (refusal: ResultCodeRefusal): DecodedCode => ({ ok: false, refusal });
  const code = text.trim();
  const prefix = PREFIX.exec(code);
  if (!prefix || code.length > MAX_CODE_LENGTH) return refuse({ code: 'not-a-code' });
  if (prefix[1] !== String(RESULT_CODE_VERSION)) return refuse({ code: 'unknown-version', version: prefix[1] });
  const body = code.slice(prefix[0].length);
  if (!/^[A-Za-z0-9_-]*$/.test(body)) return refuse({ code: 'characters' });
  const whole = base64urlBytes(body);
  if (whole === null || whole.length <= CHECKSUM_BYTES + 2) return refuse({ code: 'incomplete' });
  // The spare bits of base64's last character decode to nothing: a code is the lab's own writing of its bytes or altered.
  if (base64urlOf(whole) !== body) return refuse({ code: 'altered' });
  const bytes = whole.subarray(0, whole.length - CHECKSUM_BYTES);
  const written = new DataView(whole.buffer, whole.byteOffset, whole.length).getUint32(bytes.length);
  if (written !== checksummed(bytes)) return refuse({ code: 'altered' });
  let payload: unknown;
  try {
    payload = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return refuse({ code: 'unreadable' });
  }
  const result = resultOf(payload);
  if (result === null) return refuse({ code: 'unreadable' });
  const problem = checkResult(result);
  if (problem) return refuse(problem);
  const lessonProblem = result.kind === 'lesson' && checkLesson ? checkLesson(result) : null;
  if (lessonProblem && result.kind === 'lesson') return refuse({ code: 'lesson', lessonId: result.lessonId, problem: lessonProblem });
  return { ok: true, result };
}
