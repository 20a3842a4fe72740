// What the board shows of its accepted results: for each lesson, the class's predictions against the
// measured outcomes; for the runs, each preset's spread of % of the oracle (the steady figure where the run
// has one) as a histogram on bins shared by every preset, with count, median and range.
import type { ClassResult, LessonResult, RunResult } from '../../preset/class-result';

export interface LessonTally {
  lessonId: string;
  total: number;
  /** Results whose prediction was the measured outcome. */
  right: number;
  /** Every choice predicted or measured, in the order first met. */
  choices: readonly string[];
  /** How many predicted a choice (first key) and measured another (second key). */
  counts: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

export function lessonTallies(results: readonly ClassResult[]): LessonTally[] {
  const byLesson = new Map<string, LessonResult[]>();
  for (const result of results) if (result.kind === 'lesson') byLesson.set(result.lessonId, [...(byLesson.get(result.lessonId) ?? []), result]);
  return [...byLesson].map(([lessonId, lessonResults]) => {
    const choices: string[] = [];
    const counts: Record<string, Record<string, number>> = {};
    for (const { predicted, measured } of lessonResults) {
      for (const choice of [predicted, measured]) if (!choices.includes(choice)) choices.push(choice);
      const row = (counts[predicted] ??= {});
      row[measured] = (row[measured] ?? 0) + 1;
    }
    const right = lessonResults.filter((result) => result.predicted === result.measured).length;
    return { lessonId, total: lessonResults.length, right, choices, counts };
  });
}

/** A lesson's choices as its table lists them: the lesson's own order first (those met), then any other choice met, as met. */
export function orderedChoices(tally: LessonTally, order: readonly string[]): string[] {
  return [...order.filter((choice) => tally.choices.includes(choice)), ...tally.choices.filter((choice) => !order.includes(choice))];
}

/** The figure a run is placed by: its steady figure when it has one (a single evaluation swings by several points), else its latest. */
export function runFigure(run: RunResult): number {
  return run.steady?.percentOfOracle ?? run.latestPercentOfOracle;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export interface PresetSpread {
  presetName: string;
  count: number;
  median: number;
  min: number;
  max: number;
  /** Runs placed by their steady figure. */
  steady: number;
}

export interface SpreadBin {
  low: number;
  high: number;
  /** Runs in the bin, by preset. */
  counts: Readonly<Record<string, number>>;
}

export interface RunSpread {
  presets: readonly PresetSpread[];
  bins: readonly SpreadBin[];
}

/** Bins are ten points of the oracle wide. */
export const BIN_WIDTH = 10;

export function runSpread(results: readonly ClassResult[]): RunSpread | null {
  const runs = results.filter((result): result is RunResult => result.kind === 'run');
  if (runs.length === 0) return null;
  const byPreset = new Map<string, RunResult[]>();
  for (const run of runs) byPreset.set(run.presetName, [...(byPreset.get(run.presetName) ?? []), run]);
  const presets = [...byPreset].map(([presetName, presetRuns]): PresetSpread => {
    const values = presetRuns.map(runFigure);
    return { presetName, count: values.length, median: median(values), min: Math.min(...values), max: Math.max(...values), steady: presetRuns.filter((run) => run.steady !== null).length };
  });
  // 0-100% always shows (where a run stands against the oracle); the bins widen to hold any run beyond it.
  const values = runs.map(runFigure);
  const low = Math.min(0, Math.floor(Math.min(...values) / BIN_WIDTH) * BIN_WIDTH);
  const high = Math.max(100, Math.ceil(Math.max(...values) / BIN_WIDTH) * BIN_WIDTH);
  const binCount = (high - low) / BIN_WIDTH;
  const counts = Array.from({ length: binCount }, () => ({}) as Record<string, number>);
  for (const run of runs) {
    // The last bin is closed: 100% falls in 90-100%.
    const index = Math.min(binCount - 1, Math.floor((runFigure(run) - low) / BIN_WIDTH));
    counts[index][run.presetName] = (counts[index][run.presetName] ?? 0) + 1;
  }
  return { presets, bins: counts.map((binCounts, index) => ({ low: low + index * BIN_WIDTH, high: low + (index + 1) * BIN_WIDTH, counts: binCounts })) };
}
