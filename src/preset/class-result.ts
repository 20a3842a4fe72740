// What one student's finished lesson or run tells the class board: the settings it ran with, the seed, what
// the student predicted and what the run measured. The result code (result-code.ts) carries one of these
// from the student's browser to the instructor's, with a checksum; nothing goes through a server.

/** A finished guided lesson: the prediction made before the run and the outcome the run's metrics gave. */
export interface LessonResult {
  kind: 'lesson';
  /** The lesson's id (the one its link names). */
  lessonId: string;
  /** The id of the choice the student predicted before the run. */
  predicted: string;
  /** The id of the choice the run's own metrics picked at the check. */
  measured: string;
  /** The figures the check measured, by the lesson's own names for them (e.g. return of each side). */
  figures: Readonly<Record<string, number>>;
  /** The run's training seed and the environment steps it had taken at the check. */
  trainingSeed: number;
  steps: number;
}

/** A finished (or paused) run of the lab: its settings as the lab's link says them, and its figures. */
export interface RunResult {
  kind: 'run';
  /** The preset the run started from. */
  presetName: string;
  /** The lab link's query string of the run's settings (the link reproduces the run). */
  settings: string;
  trainingSeed: number;
  steps: number;
  /** The latest greedy evaluation, % of the DP oracle. */
  latestPercentOfOracle: number;
  /** The steady figure (mean of the last half of the evaluations) and its spread; null before it exists. */
  steady: { percentOfOracle: number; min: number; max: number } | null;
}

export type ClassResult = LessonResult | RunResult;
