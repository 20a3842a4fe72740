// The result code refuses what a student could do to it: a code that is not one, a newer lab's, a cut or
// altered one, and one edited by hand and checksummed again whose fields are out of range or disagree.
import { describe, expect, it } from 'vitest';
import { crc32 } from '../contracts/crc32';
import type { LessonResult, RunResult } from './class-result';
import { formatLabSearch, parseLabSearch } from './lab-url';
import { RESULT_CODE_PREFIX, decodeResult, encodeResult, type CheckLesson, type ResultCodeRefusal } from './result-code';
import { base64urlOf } from './result-code-base64';
import { PLAIN_VIEW } from './url-keys';

/** The settings the lab writes for a link (no lecture options). */
const settingsOf = (search: string) => formatLabSearch({ ...parseLabSearch(search), view: PLAIN_VIEW }, null);

const RUN: RunResult = {
  kind: 'run',
  presetName: 'myopic',
  settings: settingsOf('?v=5&preset=myopic&gamma=0.5&seed=7'),
  trainingSeed: 7,
  steps: 20_480,
  latestPercentOfOracle: 61.23,
  steady: { percentOfOracle: 58.4, min: 51.05, max: 63.9 },
};

const LESSON: LessonResult = {
  kind: 'lesson',
  lessonId: 'discounting',
  predicted: 'myopic-more-clicks',
  measured: 'myopic-less-return',
  figures: { returnMyopic: 1.25, returnFarSighted: 3.5 },
  trainingSeed: 3,
  steps: 8192,
};

/** A code written by hand: any payload, with a correct checksum (what an editor of codes could make). */
function forged(payload: unknown, prefix = RESULT_CODE_PREFIX): string {
  const bytes = new TextEncoder().encode(JSON.stringify(payload));
  const withPrefix = new Uint8Array([...new TextEncoder().encode(prefix), ...bytes]);
  const whole = new Uint8Array(bytes.length + 4);
  whole.set(bytes);
  new DataView(whole.buffer).setUint32(bytes.length, crc32(withPrefix));
  return prefix + base64urlOf(whole);
}

const runPayload = (run: RunResult) => ['r', run.presetName, run.settings.slice(1), run.trainingSeed, run.steps, run.latestPercentOfOracle, run.steady && [run.steady.percentOfOracle, run.steady.min, run.steady.max]];
const lessonPayload = (lesson: LessonResult) => ['l', lesson.lessonId, lesson.predicted, lesson.measured, lesson.figures, lesson.trainingSeed, lesson.steps];

function refusalOf(code: string, checkLesson?: CheckLesson): ResultCodeRefusal | null {
  const decoded = decodeResult(code, checkLesson);
  return decoded.ok ? null : decoded.refusal;
}

/** A lesson rule as a lesson's data would give it: the measured choice follows from the two returns. */
const discountingRule: CheckLesson = (result) => {
  if (result.lessonId !== 'discounting') return null;
  for (const choice of [result.predicted, result.measured]) if (!['myopic-more-clicks', 'myopic-less-return'].includes(choice)) return { code: 'unknown-choice', choice };
  const recomputed = result.figures.returnMyopic < result.figures.returnFarSighted ? 'myopic-less-return' : 'myopic-more-clicks';
  return recomputed === result.measured ? null : { code: 'measured-disagrees', measured: result.measured, recomputed };
};

describe('a result code', () => {
  it('is short, versioned and safe in a link', () => {
    const code = encodeResult(RUN);
    expect(code.startsWith('QSL1-')).toBe(true);
    expect(code).toMatch(/^QSL1-[A-Za-z0-9_-]+$/);
    expect(code.length).toBeLessThan(140);
  });

  it('reads back the run and the lesson it was written from', () => {
    expect(decodeResult(encodeResult(RUN))).toEqual({ ok: true, result: RUN });
    expect(decodeResult(encodeResult(LESSON), discountingRule)).toEqual({ ok: true, result: LESSON });
    // Pasted from a chat with spaces around it.
    expect(decodeResult(`  ${encodeResult(LESSON)}\n`)).toEqual({ ok: true, result: LESSON });
  });

  it('carries a run without a steady figure yet, and its percentages to two decimals', () => {
    const run = { ...RUN, steady: null, latestPercentOfOracle: 61.23456 };
    expect(decodeResult(encodeResult(run))).toEqual({ ok: true, result: { ...run, latestPercentOfOracle: 61.23 } });
  });

  it('refuses text that is no code, a version this lab cannot read, and characters a code never holds', () => {
    expect(refusalOf('hello class')).toEqual({ code: 'not-a-code' });
    expect(refusalOf('')).toEqual({ code: 'not-a-code' });
    expect(refusalOf(encodeResult(RUN).replace('QSL1-', 'QSL7-'))).toEqual({ code: 'unknown-version', version: '7' });
    expect(refusalOf(`${encodeResult(RUN)}!`)).toEqual({ code: 'characters' });
    expect(refusalOf('QSL1-')).toEqual({ code: 'incomplete' });
  });

  it('refuses a payload that is no result, even checksummed', () => {
    expect(refusalOf(forged({ kind: 'run' }))).toEqual({ code: 'unreadable' });
    expect(refusalOf(forged(['x', 1, 2, 3, 4, 5, 6]))).toEqual({ code: 'unreadable' });
    expect(refusalOf(forged(runPayload(RUN).slice(0, 6)))).toEqual({ code: 'unreadable' });
  });
});

describe('a hand-edited code with a correct checksum', () => {
  const runCode = (changes: Partial<RunResult>) => forged(runPayload({ ...RUN, ...changes }));

  it('is read when it is what the lab writes (the forging is right)', () => {
    expect(decodeResult(runCode({}))).toEqual({ ok: true, result: RUN });
    expect(decodeResult(forged(lessonPayload(LESSON)), discountingRule)).toEqual({ ok: true, result: LESSON });
  });

  it('is refused when a run figure is out of range', () => {
    expect(refusalOf(runCode({ latestPercentOfOracle: 5000 }))).toEqual({ code: 'out-of-range', field: 'percent' });
    expect(refusalOf(runCode({ steady: { percentOfOracle: 58, min: -2000, max: 60 } }))).toEqual({ code: 'out-of-range', field: 'percent' });
    expect(refusalOf(runCode({ trainingSeed: -1 }))).toEqual({ code: 'out-of-range', field: 'seed' });
    expect(refusalOf(runCode({ steps: 1.5 }))).toEqual({ code: 'out-of-range', field: 'steps' });
    expect(refusalOf(runCode({ presetName: 'turbo' }))).toEqual({ code: 'out-of-range', field: 'preset' });
  });

  it('is refused when its steady figure lies outside its own range', () => {
    expect(refusalOf(runCode({ steady: { percentOfOracle: 90, min: 51, max: 63 } }))).toEqual({ code: 'inconsistent', problem: 'steady-range' });
  });

  it('is refused when its settings are not the lab link of its preset and seed', () => {
    expect(refusalOf(runCode({ settings: '?v=5&preset=myopic&gamma=7&seed=7' }))).toEqual({ code: 'inconsistent', problem: 'settings-corrected' });
    expect(refusalOf(runCode({ settings: '?v=5&preset=myopic&gamma=0.5&seed=7&present=1' }))).toEqual({ code: 'inconsistent', problem: 'settings-rewritten' });
    expect(refusalOf(runCode({ settings: '?v=5&preset=myopic&seed=7&gamma=0.5' }))).toEqual({ code: 'inconsistent', problem: 'settings-rewritten' });
    expect(refusalOf(runCode({ presetName: 'default' }))).toEqual({ code: 'inconsistent', problem: 'preset' });
    expect(refusalOf(runCode({ trainingSeed: 8 }))).toEqual({ code: 'inconsistent', problem: 'seed' });
  });

  it('is refused when a lesson field is out of range', () => {
    const lessonCode = (changes: Partial<LessonResult>) => forged(lessonPayload({ ...LESSON, ...changes }));
    expect(refusalOf(lessonCode({ lessonId: 'two words' }))).toEqual({ code: 'out-of-range', field: 'lesson' });
    expect(refusalOf(lessonCode({ measured: '' }))).toEqual({ code: 'out-of-range', field: 'choice' });
    expect(refusalOf(lessonCode({ figures: { '1st': 2 } }))).toEqual({ code: 'out-of-range', field: 'figures' });
    expect(refusalOf(lessonCode({ steps: -5 }))).toEqual({ code: 'out-of-range', field: 'steps' });
  });

  it("is refused when its measured choice disagrees with its figures by the lesson's own rule", () => {
    const swapped = forged(lessonPayload({ ...LESSON, measured: 'myopic-more-clicks' }));
    expect(refusalOf(swapped, discountingRule)).toEqual({ code: 'lesson', lessonId: 'discounting', problem: { code: 'measured-disagrees', measured: 'myopic-more-clicks', recomputed: 'myopic-less-return' } });
    expect(refusalOf(forged(lessonPayload({ ...LESSON, predicted: 'no-idea' })), discountingRule)).toEqual({ code: 'lesson', lessonId: 'discounting', problem: { code: 'unknown-choice', choice: 'no-idea' } });
    // Without the lesson's rule (a lab without the lesson), the code is read as it says.
    expect(decodeResult(swapped).ok).toBe(true);
  });
});
