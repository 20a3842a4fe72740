// A guided lesson as data: the question, the choices a student predicts among, the pair of presets that
// runs on the same seeds, how the outcome is measured from the run's metrics, the callouts that pause the
// run at its events, and every text in both languages. An instructor adds a lesson by writing one file in
// src/lessons/catalog/ and one line in src/lessons/lessons.ts; the page draws any lesson the same way.

import type { Language } from '../preset/link-language';
import type { PresetName } from '../preset/presets';
import type { LessonMetrics, LessonSeriesName, LessonSide } from './lesson-metrics';

/** The charts the lessons page can draw and a callout can point at. */
export const LESSON_CHARTS = ['percentOfOracle', 'returnAverage', 'clickRate', 'finalTrust', 'loss', 'meanQ'] as const;
export type LessonChart = (typeof LESSON_CHARTS)[number];

/** How a figure reads: a % of the oracle, a share (0 to 1), or a plain number. */
export type FigureUnit = 'percent' | 'share' | 'number';

/** What the run measured at the check: the choice it picked and the figures it picked it from. */
export interface LessonOutcome<Choice extends string = string> {
  choice: Choice;
  figures: Readonly<Record<string, number>>;
}

/**
 * An event of the run, as a rule on its metrics. Each fires at most once, at the first step it holds.
 * - below / above: a side's series first crosses a value;
 * - spike: a side's series first exceeds `factor` times the median of its previous `window` points;
 * - frozen: a side's last `evaluations` greedy evaluations are identical (its greedy policy stopped changing);
 * - gap: `leader`'s latest evaluation is at least `points` % of the oracle above the other side's;
 * - evaluations: both sides have at least `count` evaluations (the first results are in).
 */
export type CalloutRule =
  | { kind: 'below' | 'above'; side: LessonSide; series: LessonSeriesName; value: number }
  | { kind: 'spike'; side: LessonSide; series: LessonSeriesName; factor: number; window: number }
  | { kind: 'frozen'; side: LessonSide; evaluations: number }
  | { kind: 'gap'; leader: LessonSide; points: number }
  | { kind: 'evaluations'; count: number };

export interface LessonCallout {
  id: string;
  rule: CalloutRule;
  /** The chart the callout points at. */
  chart: LessonChart;
}

/** The lab's explanations a lesson links to (the inspector's topics, its FAQ entries by position, its reading list). */
export interface LessonReading {
  topics: ReadonlyArray<'mdp' | 'epsilonGreedy' | 'qLearning' | 'targetNetwork' | 'replay' | 'knobs'>;
  faq: readonly number[];
  reading: ReadonlyArray<'mnih2015' | 'doubleDqn' | 'dueling' | 'suttonBarto' | 'drn' | 'slateQ' | 'recSim'>;
}

/** A lesson's words in one language. */
export interface LessonWords<Choice extends string, Figure extends string, Callout extends string> {
  title: string;
  /** One line for the list of lessons. */
  summary: string;
  question: string;
  choices: Record<Choice, string>;
  figures: Record<Figure, string>;
  callouts: Record<Callout, string>;
  /** Why the outcome comes out as it does, for each outcome the run can measure. */
  explanations: Record<Choice, string>;
  /** How the check decides, in a sentence (what "the same" means, which figure it reads). */
  rule: string;
}

export interface Lesson<Choice extends string = string, Figure extends string = string, Callout extends string = string> {
  /** The id its link names (`?page=lessons&lesson=<id>`): stable, lowercase words joined by hyphens. */
  id: string;
  /** Side A is the lesson's side, B the one it is measured against; both on the lesson seeds. */
  pair: { a: PresetName; b: PresetName };
  /** The budget the lesson was measured at. */
  totalSteps: number;
  /** Greedy evaluations over the budget (LESSON_EVALUATIONS when absent); the steady figure averages the last half. */
  evaluations?: number;
  /** The charts shown, the one the lesson reads first. */
  charts: readonly LessonChart[];
  choices: readonly Choice[];
  figures: Readonly<Record<Figure, FigureUnit>>;
  /** The outcome the run's metrics give, or null while they cannot tell yet (too few evaluations). */
  measure(metrics: LessonMetrics): LessonOutcome<Choice> | null;
  callouts: ReadonlyArray<LessonCallout & { id: Callout }>;
  reading: LessonReading;
  text: Record<Language, LessonWords<Choice, Figure, Callout>>;
}

/** Any lesson, whatever its choice, figure and callout names. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyLesson = Lesson<any, any, any>;

/** Evaluations a lesson run makes unless it says otherwise: enough for a steady figure over the last half (five of ten). */
export const LESSON_EVALUATIONS = 10;
