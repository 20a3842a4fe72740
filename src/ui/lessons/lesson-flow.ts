// Where a lesson stands, from the student's prediction, the callouts already read and the two sides' runs:
// a pure function, so the page's flow (predict, run, notice, check) tests without a browser.
import { firedCallouts, type FiredCallout } from '../../lessons/callout-rules';
import type { AnyLesson } from '../../lessons/lesson';
import type { LessonMetrics } from '../../lessons/lesson-metrics';
import type { RunStatus } from '../../contracts/protocol';

export type LessonStage =
  | { code: 'predict' }
  | { code: 'run' }
  /** A callout waits to be read: the run is held until Continue. */
  | { code: 'callout'; callout: FiredCallout }
  | { code: 'check' }
  /** A side stopped (diverged, failed or lost) before its budget was spent. */
  | { code: 'stopped' };

export interface SideState {
  phase: 'idle' | 'loading' | 'ready' | 'error';
  status: RunStatus;
}

const finished = (side: SideState) => side.phase === 'ready' && side.status === 'finished';
const stopped = (side: SideState) => side.phase === 'error' || side.status === 'diverged';

/** The next callout not yet read, if any has fired. */
export function nextCallout(lesson: AnyLesson, metrics: LessonMetrics, read: ReadonlySet<string>): FiredCallout | null {
  return firedCallouts(lesson, metrics).find((callout) => !read.has(callout.id)) ?? null;
}

export function lessonStage(lesson: AnyLesson, prediction: string | null, metrics: LessonMetrics, read: ReadonlySet<string>, sides: { a: SideState; b: SideState }): LessonStage {
  if (prediction === null) return { code: 'predict' };
  const callout = nextCallout(lesson, metrics, read);
  if (callout) return { code: 'callout', callout };
  if (stopped(sides.a) || stopped(sides.b)) return { code: 'stopped' };
  if (finished(sides.a) && finished(sides.b)) return { code: 'check' };
  return { code: 'run' };
}
