// The board's arithmetic: a code counts once however often it comes, refused codes keep their reasons, a
// lesson's predictions are tallied against the measured outcomes, and runs are spread by preset.
import { describe, expect, it } from 'vitest';
import type { ClassResult, LessonResult, RunResult } from '../../preset/class-result';
import { formatLabSearch, parseLabSearch } from '../../preset/lab-url';
import { encodeResult, type ResultCodeRefusal } from '../../preset/result-code';
import { PLAIN_VIEW } from '../../preset/url-keys';
import { EMPTY_BOARD, addCodes, boardFromStorage, readCodes } from './board-codes';
import { lessonTallies, median, orderedChoices, runSpread } from './board-summary';
import { LANGUAGES } from '../i18n/language';
import { MESSAGES } from '../i18n/all-messages';
import { NO_LESSONS } from './lesson-source';
import { refusalText } from './refusal-words';

const run = (presetName: string, latest: number, steady: number | null): RunResult => ({
  kind: 'run',
  presetName,
  settings: formatLabSearch({ ...parseLabSearch(`?preset=${presetName}`), view: PLAIN_VIEW }, null),
  trainingSeed: 1,
  steps: 4096,
  latestPercentOfOracle: latest,
  steady: steady === null ? null : { percentOfOracle: steady, min: steady - 5, max: steady + 5 },
});

const lesson = (predicted: string, measured: string): LessonResult => ({ kind: 'lesson', lessonId: 'discounting', predicted, measured, figures: {}, trainingSeed: 3, steps: 100 });

describe('the board codes', () => {
  it('counts a code once however often it is pasted, and says how many came again', () => {
    const first = addCodes(EMPTY_BOARD, ['A', 'B', 'A']);
    expect(first).toEqual({ board: { codes: ['A', 'B'], duplicates: 1 }, added: ['A', 'B'], duplicates: 1 });
    const second = addCodes(first.board, ['B', 'C']);
    expect(second).toEqual({ board: { codes: ['A', 'B', 'C'], duplicates: 2 }, added: ['C'], duplicates: 1 });
  });

  it('reads codes into results and refusals with their reasons', () => {
    const good = encodeResult(run('myopic', 40, null));
    const altered = good.slice(0, -3) + (good.at(-3) === 'A' ? 'B' : 'A') + good.slice(-2);
    const read = readCodes([good, altered, 'hello'], NO_LESSONS.checkLesson);
    expect(read.accepted.map(({ code }) => code)).toEqual([good]);
    expect(read.refused).toEqual([
      { code: altered, refusal: { code: 'altered' } },
      { code: 'hello', refusal: { code: 'not-a-code' } },
    ]);
  });

  it('comes back from storage as stored, and empty from anything else', () => {
    expect(boardFromStorage(JSON.stringify({ codes: ['A', 'B'], duplicates: 3 }))).toEqual({ codes: ['A', 'B'], duplicates: 3 });
    for (const text of [null, '', '{', '[]', '{"codes":[1],"duplicates":0}', '{"codes":[],"duplicates":-1}']) expect(boardFromStorage(text)).toEqual(EMPTY_BOARD);
  });
});

describe('the board summary', () => {
  it("tallies each lesson's predictions against its measured outcomes", () => {
    const results: ClassResult[] = [lesson('more-clicks', 'less-return'), lesson('less-return', 'less-return'), lesson('less-return', 'less-return'), run('default', 80, null)];
    expect(lessonTallies(results)).toEqual([
      { lessonId: 'discounting', total: 3, right: 2, choices: ['more-clicks', 'less-return'], counts: { 'more-clicks': { 'less-return': 1 }, 'less-return': { 'less-return': 2 } } },
    ]);
  });

  it("lists a lesson's choices in the lesson's order, then any other met", () => {
    const [tally] = lessonTallies([lesson('c', 'a'), lesson('x', 'b')]);
    expect(orderedChoices(tally, ['a', 'b', 'c', 'unmet'])).toEqual(['a', 'b', 'c', 'x']);
    expect(orderedChoices(tally, [])).toEqual(['c', 'a', 'x', 'b']);
  });

  it('takes the median of an odd and an even count', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it("spreads runs by preset on shared ten-point bins, by the steady figure when there is one", () => {
    const spread = runSpread([run('myopic', 12, null), run('myopic', 99, 31), run('default', 100, 100), run('default', 70, null), lesson('a', 'a')]);
    expect(spread?.presets).toEqual([
      { presetName: 'myopic', count: 2, median: 21.5, min: 12, max: 31, steady: 1 },
      { presetName: 'default', count: 2, median: 85, min: 70, max: 100, steady: 1 },
    ]);
    expect(spread?.bins.map((bin) => [bin.low, bin.high])).toEqual(Array.from({ length: 10 }, (_, index) => [index * 10, index * 10 + 10]));
    expect(spread?.bins[1].counts).toEqual({ myopic: 1 });
    expect(spread?.bins[3].counts).toEqual({ myopic: 1 });
    expect(spread?.bins[7].counts).toEqual({ default: 1 });
    // 100% falls in the last bin.
    expect(spread?.bins[9].counts).toEqual({ default: 1 });
  });

  it('widens the bins to hold a run beyond the oracle or below zero, and has no spread without runs', () => {
    const spread = runSpread([run('default', -3, null), run('default', 104, null)]);
    expect(spread?.bins[0]).toEqual({ low: -10, high: 0, counts: { default: 1 } });
    expect(spread?.bins.at(-1)).toEqual({ low: 100, high: 110, counts: { default: 1 } });
    expect(runSpread([lesson('a', 'b')])).toBeNull();
  });
});

describe('the reasons a code is refused', () => {
  const refusals: ResultCodeRefusal[] = [
    { code: 'not-a-code' },
    { code: 'unknown-version', version: '2' },
    { code: 'characters' },
    { code: 'incomplete' },
    { code: 'altered' },
    { code: 'unreadable' },
    ...(['lesson', 'choice', 'figures', 'seed', 'steps', 'percent', 'preset', 'settings'] as const).map((field) => ({ code: 'out-of-range' as const, field })),
    ...(['settings-corrected', 'settings-rewritten', 'preset', 'seed', 'steady-range'] as const).map((problem) => ({ code: 'inconsistent' as const, problem })),
    { code: 'lesson', lessonId: 'discounting', problem: { code: 'unknown-choice', choice: 'maybe' } },
    { code: 'lesson', lessonId: 'discounting', problem: { code: 'missing-figure', figure: 'returnMyopic' } },
    { code: 'lesson', lessonId: 'discounting', problem: { code: 'measured-disagrees', measured: 'a', recomputed: 'b' } },
  ];

  it('are worded, each its own way, in both languages, with the lesson choices by their labels', () => {
    for (const language of LANGUAGES) {
      const texts = refusals.map((refusal) => refusalText(refusal, MESSAGES[language].board.refused, (lessonId, choice) => `<${lessonId}:${choice}>`));
      expect(new Set(texts).size).toBe(refusals.length);
      expect(texts.at(-1)).toContain('<discounting:a>');
      expect(texts.at(-1)).toContain('<discounting:b>');
    }
  });
});
