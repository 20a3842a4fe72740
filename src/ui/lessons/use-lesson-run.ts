// One lesson's run on the comparison's two workers: opened when the lesson shows, ended when it goes; the
// student's prediction, the callouts read, and the stage they make with the run (lesson-flow.ts). A callout
// that fires while the run plays pauses it; Continue plays on once no other callout waits.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AnyLesson } from '../../lessons/lesson';
import { lessonSetup } from '../../lessons/lesson-setup';
import { selectAbActions, selectAbPhase, selectAbPlaying, selectAbSideView, selectAbSpeed } from '../../store/ab-selectors';
import { useLab } from '../app/store-context';
import { lessonStage, nextCallout } from './lesson-flow';
import { lessonMetrics } from './run-metrics';

const SIDE_VIEW = { a: selectAbSideView('a'), b: selectAbSideView('b') };

export function useLessonRun(lesson: AnyLesson, steps: number | null) {
  const actions = useLab(selectAbActions);
  const phase = useLab(selectAbPhase);
  const playing = useLab(selectAbPlaying);
  const a = useLab(SIDE_VIEW.a);
  const b = useLab(SIDE_VIEW.b);
  const setup = useMemo(() => lessonSetup(lesson, steps), [lesson, steps]);
  const [prediction, setPrediction] = useState<string | null>(null);
  const [read, setRead] = useState<ReadonlySet<string>>(new Set());
  const [resetting, setResetting] = useState(false);
  const { open, close, setSpeed } = actions;
  // The compare page's pace is kept for it: the lesson sets its own and gives the old one back when it goes.
  const pace = useLab(selectAbSpeed);
  const comparePace = useRef(pace);

  useEffect(() => {
    // A lesson's budget is chosen to finish in about a minute at fast-forward; the speed menu offers the lecture pace.
    const before = comparePace.current;
    setSpeed('max');
    void open(setup, false);
    return () => {
      close();
      setSpeed(before);
    };
  }, [open, close, setSpeed, setup]);

  const metrics = useMemo(() => lessonMetrics({ a, b }), [a, b]);
  // While both sides restart, the last run's metrics are still on show: nothing of theirs fires again.
  const stage = useMemo(
    () =>
      resetting
        ? ({ code: 'run' } as const)
        : lessonStage(lesson, prediction, metrics, read, { a: { phase: a.phase, status: a.run.status }, b: { phase: b.phase, status: b.run.status } }),
    [resetting, lesson, prediction, metrics, read, a.phase, a.run.status, b.phase, b.run.status],
  );
  const started = a.run.step > 0 || b.run.step > 0;

  // A callout holds the run where it fired (the workers may be a batch or two past its step).
  const holding = stage.code === 'callout';
  useEffect(() => {
    if (holding && playing) actions.pause();
  }, [holding, playing, actions]);

  const continueRun = useCallback(() => {
    if (stage.code !== 'callout') return;
    const nowRead = new Set(read).add(stage.callout.id);
    setRead(nowRead);
    const running = [a, b].some((view) => view.phase === 'ready' && view.run.status !== 'finished' && view.run.status !== 'diverged');
    if (running && !nextCallout(lesson, metrics, nowRead)) actions.play();
  }, [stage, read, a, b, lesson, metrics, actions]);

  const runAgain = useCallback(async () => {
    setResetting(true);
    try {
      await actions.reset();
    } finally {
      setRead(new Set());
      setResetting(false);
    }
  }, [actions]);

  return {
    setup,
    phase,
    playing,
    sides: { a, b },
    metrics,
    stage,
    started,
    resetting,
    prediction,
    predict: setPrediction,
    play: actions.play,
    pause: actions.pause,
    continueRun,
    runAgain,
  };
}

export type LessonRun = ReturnType<typeof useLessonRun>;
