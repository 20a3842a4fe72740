// Comparing runs: every run that reaches its step budget or diverges is kept (and one reset or replaced
// after MIN_STEPS_TO_KEEP steps, as stopped early), listed, and up to MAX_OVERLAYS overlaid on the charts.
// The slice watches the lab's run through the store's subscription, so the training slice knows nothing of it.

import type { StateCreator, StoreApi } from 'zustand';
import { withKnob } from '../preset/config-edits';
import { MIN_STEPS_TO_KEEP, keptSeries, withRun, withoutRun, type KeptRun, type KeptRunStatus } from './kept-runs';
import type { LabSlice } from './lab-slice';
import type { RunsStorage } from './runs-storage';

/** Runs drawn on the charts at once: more lines than this cannot be told apart. */
export const MAX_OVERLAYS = 4;

export interface LabRuns {
  /** Newest first. */
  runs: readonly KeptRun[];
  /** The overlaid runs by slot (its colour and dash): a run keeps its slot while others come and go. */
  overlays: readonly (string | null)[];
  /** The stored list was read (once per page). */
  loaded: boolean;
  /** 'storage' when this browser would not keep the list: runs are then kept for this page only. */
  problem: 'storage' | null;
}

export interface LabRunsActions {
  /** Reads the kept runs (once per page; later calls do nothing). */
  load(): Promise<void>;
  remove(id: string): Promise<void>;
  clear(): Promise<void>;
  /** Overlays a run in the lowest free slot, or takes it off; a fifth run is refused (the page says why). */
  toggleOverlay(id: string): void;
}

export interface LabRunsSlice {
  labRuns: LabRuns;
  labRunsActions: LabRunsActions;
}

const initialRuns: LabRuns = { runs: [], overlays: Array.from({ length: MAX_OVERLAYS }, () => null), loaded: false, problem: null };

/** The live run being watched: its preset and start are captured when it begins (a preset change comes first). */
interface Watched {
  runId: number;
  presetName: string;
  startedAt: number;
  kept: boolean;
}

/** What the lab's state says about its run, as one kept run. */
export function runToKeep(lab: LabSlice['lab'], watched: Pick<Watched, 'runId' | 'presetName' | 'startedAt'>, status: KeptRunStatus, now: number): Omit<KeptRun, 'number'> | null {
  const { run, config } = lab;
  if (!config || run.runId !== watched.runId) return null;
  const last = run.evaluations.at(-1);
  // A knob turned before the first step is how the run was started (a student sets gamma, then presses Play).
  const before = run.markers.filter((change) => change.step === 0 && !change.schedule);
  const started = before.reduce((edited, change) => withKnob(edited, change.knob, change.to), config);
  return {
    id: `${watched.startedAt}-${run.runId}-${now}`,
    startedAt: watched.startedAt,
    endedAt: now,
    presetName: watched.presetName,
    config: started,
    step: run.step,
    totalSteps: run.totalSteps || config.training.totalSteps,
    status,
    evaluation: last ? { step: last.step, percentOfOracle: last.percentOfOracle } : null,
    knobChanges: run.markers.length - before.length,
    returns: keptSeries(run.series.raw.returnAverage),
    loss: keptSeries(run.series.raw.loss),
  };
}

export function createLabRunsSlice(storage: RunsStorage, now: () => number = Date.now): StateCreator<LabRunsSlice & LabSlice, [], [], LabRunsSlice> {
  return (set, get, api: StoreApi<LabRunsSlice & LabSlice>) => {
    const update = (change: Partial<LabRuns>) => set((state) => ({ labRuns: { ...state.labRuns, ...change } }));
    // Changes run one after another, so the list in state is always the last one stored.
    let queue: Promise<void> = Promise.resolve();
    let loading: Promise<void> | null = null;
    const changeList = (edit: (runs: readonly KeptRun[]) => KeptRun[]) =>
      (queue = queue.then(async () => {
        try {
          const runs = await storage.change(edit);
          set((state) => ({ labRuns: { ...state.labRuns, runs, overlays: onlyKept(state.labRuns.overlays, runs) } }));
        } catch {
          // The browser refused (private window, full disk): the list lives on for this page.
          set((state) => {
            const runs = edit(state.labRuns.runs);
            return { labRuns: { ...state.labRuns, runs, overlays: onlyKept(state.labRuns.overlays, runs), problem: 'storage' } };
          });
        }
      }));

    let watched: Watched | null = null;
    const keep = (lab: LabSlice['lab'], status: KeptRunStatus) => {
      if (!watched || watched.kept) return;
      const run = runToKeep(lab, watched, status, now());
      if (!run) return;
      watched.kept = true;
      void changeList((runs) => withRun(runs, run));
    };
    api.subscribe((state, previous) => {
      const { run } = state.lab;
      const before = previous.lab.run;
      if (run === before) return;
      if (!watched || run.runId !== watched.runId) {
        // A new run replaced the watched one: keep the old one if it trained long enough to compare.
        if (watched && before.runId === watched.runId && before.step >= MIN_STEPS_TO_KEEP && before.status !== 'finished' && before.status !== 'diverged') {
          keep(previous.lab, 'stopped');
        }
        watched = { runId: run.runId, presetName: state.lab.presetName, startedAt: now(), kept: false };
      }
      if ((run.status === 'finished' || run.status === 'diverged') && run.status !== before.status) keep(state.lab, run.status);
    });

    return {
      labRuns: initialRuns,
      labRunsActions: {
        load() {
          loading ??= (queue = queue.then(async () => {
            try {
              const stored = await storage.read();
              // Changes queued before the read are stored already; after a refused write, the page's own list stays.
              const runs = get().labRuns.problem ? get().labRuns.runs : stored;
              update({ runs, loaded: true, overlays: onlyKept(get().labRuns.overlays, runs) });
            } catch {
              update({ loaded: true, problem: 'storage' });
            }
          }));
          return loading;
        },
        remove: (id) => changeList((runs) => withoutRun(runs, id)),
        clear: () => changeList(() => []),
        toggleOverlay(id) {
          const { overlays } = get().labRuns;
          const slot = overlays.indexOf(id);
          const free = overlays.indexOf(null);
          if (slot < 0 && free < 0) return;
          update({ overlays: overlays.map((entry, index) => (index === slot ? null : slot < 0 && index === free ? id : entry)) });
        },
      },
    };
  };
}

/** The overlay slots without runs no longer kept. */
function onlyKept(overlays: readonly (string | null)[], runs: readonly KeptRun[]): readonly (string | null)[] {
  if (overlays.every((id) => id === null || runs.some((run) => run.id === id))) return overlays;
  return overlays.map((id) => (id !== null && runs.some((run) => run.id === id) ? id : null));
}
