// The comparison's two runs as a lesson reads them: each side's evaluations, references and raw series
// (the bounded series the store keeps, not the thinned chart ones, so a callout sees every spike kept).
import { LESSON_SERIES, type LessonMetrics, type LessonSideMetrics } from '../../lessons/lesson-metrics';
import type { AbSideView } from '../../store/ab-slice';

export function sideMetrics(view: AbSideView): LessonSideMetrics {
  const { run, references } = view;
  const series = Object.fromEntries(LESSON_SERIES.map((name) => [name, run.series.raw[name]]));
  return { step: run.step, evaluations: run.evaluations, references, series };
}

export function lessonMetrics(sides: { a: AbSideView; b: AbSideView }): LessonMetrics {
  return { a: sideMetrics(sides.a), b: sideMetrics(sides.b) };
}
