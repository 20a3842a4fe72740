// Every lesson as data: each outcome it can measure is reachable from some run's metrics (made up here, so
// each is forced), every callout can fire, its texts cover its choices in both languages, and its setup
// runs its pair on the lesson seeds with a steady figure at the end.
import { describe, expect, it } from 'vitest';
import { LESSON_SEEDS } from '../preset/ab-setup';
import { LANGUAGES } from '../preset/link-language';
import { frozenAt, references, settling, syntheticMetrics, type SyntheticSide } from '../testing/lesson-metrics';
import { firedCallouts } from './callout-rules';
import { LESSON_EVALUATIONS, type AnyLesson } from './lesson';
import type { LessonMetrics } from './lesson-metrics';
import { LESSONS, lessonById } from './lessons';
import { LESSON_MIN_STEPS, lessonResult, lessonSetup } from './lesson-setup';

const pair = (a: SyntheticSide, b: SyntheticSide) => syntheticMetrics({ references: references(8, 80), ...a }, { references: references(8, 88), ...b });

/** A run per steady outcome: A clearly under B, overlapping, clearly over. */
const STEADY_RUNS: Record<string, LessonMetrics> = {
  less: pair({ percents: settling(20) }, { percents: settling(70) }),
  same: pair({ percents: settling(40, 3) }, { percents: settling(42, 3) }),
  more: pair({ percents: settling(70) }, { percents: settling(20) }),
};

/** For each lesson, a run that makes each of its outcomes. */
const RUNS: Record<string, Record<string, LessonMetrics>> = {
  discounting: {
    'clicks-a-return-b': pair({ percents: settling(18), clickRate: 0.72 }, { percents: settling(75), clickRate: 0.59 }),
    'return-b': pair({ percents: settling(18), clickRate: 0.5 }, { percents: settling(75), clickRate: 0.59 }),
    // Identical evaluations (both greedy policies from the same initial weights): nothing to tell apart.
    same: pair({ percents: frozenAt(12), clickRate: 0.4 }, { percents: frozenAt(12), clickRate: 0.4 }),
    'return-a': pair({ percents: settling(30), clickRate: 0.5 }, { percents: settling(20), clickRate: 0.59 }),
  },
  exploration: STEADY_RUNS,
  'learning-rate': {
    collapse: pair({ percents: frozenAt(6.9) }, { percents: settling(75) }),
    // Frozen but above random is no collapse: the comparison decides.
    less: pair({ percents: frozenAt(30) }, { percents: settling(75) }),
    'as-well': pair({ percents: settling(74, 3) }, { percents: settling(75, 3) }),
  },
  'target-network': STEADY_RUNS,
  'multi-step': STEADY_RUNS,
  'reward-design': STEADY_RUNS,
  'partial-observability': STEADY_RUNS,
};

describe.each(LESSONS.map((lesson) => [lesson.id, lesson] as const))('the %s lesson', (_, lesson: AnyLesson) => {
  it('reaches each of its outcomes from the run\'s metrics, with a value for every figure it names', () => {
    const runs = RUNS[lesson.id];
    expect(Object.keys(runs).sort()).toEqual([...lesson.choices].sort());
    for (const choice of lesson.choices) {
      const outcome = lesson.measure(runs[choice]);
      expect(outcome?.choice, choice).toBe(choice);
      expect(Object.keys(outcome?.figures ?? {}).sort()).toEqual(Object.keys(lesson.figures).sort());
    }
  });

  it('measures nothing before the run has a steady figure', () => {
    expect(lesson.measure(pair({ percents: [10, 20, 30] }, { percents: [10, 20, 30] }))).toBeNull();
  });

  it('has callouts that point at charts it shows, the first results among them', () => {
    for (const callout of lesson.callouts) expect(lesson.charts, callout.id).toContain(callout.chart);
    expect(firedCallouts(lesson, pair({ percents: [10] }, { percents: [10] })).map((fired) => fired.id)).toEqual(['first-results']);
  });

  it('says everything in both languages: the question, each choice, figure, callout and explanation', () => {
    for (const language of LANGUAGES) {
      const words = lesson.text[language];
      for (const text of [words.title, words.summary, words.question, words.rule]) expect(text.length).toBeGreaterThan(5);
      for (const choice of lesson.choices) {
        expect(words.choices[choice]?.length, `${language} ${choice}`).toBeGreaterThan(1);
        expect(words.explanations[choice]?.length, `${language} ${choice}`).toBeGreaterThan(20);
      }
      for (const figure of Object.keys(lesson.figures)) expect(words.figures[figure]?.length).toBeGreaterThan(1);
      for (const callout of lesson.callouts) expect(words.callouts[callout.id]?.length).toBeGreaterThan(10);
    }
  });

  it('runs its pair on the lesson seeds, its evaluations spread over its budget or a link\'s', () => {
    const setup = lessonSetup(lesson);
    const evaluations = lesson.evaluations ?? LESSON_EVALUATIONS;
    expect([setup.a.presetName, setup.b.presetName]).toEqual([lesson.pair.a, lesson.pair.b]);
    for (const side of [setup.a, setup.b]) {
      expect(side.config.training).toMatchObject({ ...LESSON_SEEDS, totalSteps: lesson.totalSteps, evaluationInterval: lesson.totalSteps / evaluations });
    }
    // A short link's budget: at least ten evaluations, never closer than the lab's 100 steps apart.
    const short = lessonSetup(lesson, 3000).b.config.training;
    expect(short.totalSteps).toBe(3000);
    expect(short.evaluationInterval).toBe(Math.max(100, Math.floor(3000 / evaluations)));
    expect(short.totalSteps / short.evaluationInterval).toBeGreaterThanOrEqual(LESSON_EVALUATIONS);
    expect(lessonSetup(lesson, 10).a.config.training.totalSteps).toBe(LESSON_MIN_STEPS);
  });
});

describe('the lessons', () => {
  it('have distinct ids a link can carry', () => {
    const ids = LESSONS.map((lesson) => lesson.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(lessonById('discounting')?.id).toBe('discounting');
    expect(lessonById('nothing')).toBeUndefined();
  });

  it('make the class board\'s result from the prediction and the outcome the run measured', () => {
    const lesson = LESSONS[0];
    const outcome = lesson.measure(RUNS.discounting['return-b']);
    if (!outcome) throw new Error('no outcome');
    const result = lessonResult(lesson, 'clicks-a-return-b', outcome, lessonSetup(lesson), 40_000);
    expect(result).toEqual({ kind: 'lesson', lessonId: 'discounting', predicted: 'clicks-a-return-b', measured: 'return-b', figures: outcome.figures, trainingSeed: LESSON_SEEDS.trainingSeed, steps: 40_000 });
  });
});
