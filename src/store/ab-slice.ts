// The "Compare A/B" slice: one training worker per side, started from the page's setup, played, paused
// and reset together, and kept at equal steps: a side that gets ahead waits until the other catches up.
// Each side's worker belongs to a run controller, which restarts it from the run its worker kept in the browser's store if it dies.

import type { StateCreator } from 'zustand';
import { kindOfChoice } from '../contracts/agent-kinds';
import type { LabConfig } from '../contracts/lab-config';
import { AB_SIDES, type AbSetup, type AbSide } from '../preset/ab-setup';
import type { BackendReport, MetricsBatch } from '../contracts/protocol';
import { superviseRun, type SupervisedRun, type WorkerRestart } from '../controller/supervised-run';
import type { ClientEvents, TrainingClient } from '../controller/training-client';
import { applyBatch, emptyRunView, type RunNotice } from './lab-run';
import { adoptedRun, errorMessage, type LabSlice } from './lab-slice';
import type { AbActions, AbCompare, AbSideFailure, AbSideView, AbSlice, AbSpeed } from './ab-state';

export type { AbActions, AbCompare, AbSideFailure, AbSideView, AbSlice, AbSpeed };

const other = (side: AbSide): AbSide => (side === 'a' ? 'b' : 'a');

/**
 * How many environment steps a side may run ahead before it waits. A few batches' worth at full speed:
 * smaller would pause and resume a worker at every batch, larger would let the curves drift apart.
 */
export const LOCKSTEP_LEAD_STEPS = 2000;

const emptySide = (): AbSideView => ({ phase: 'idle', failure: null, backend: null, run: emptyRunView(), references: [], waiting: false });
const initialCompare = (setup: AbSetup | null = null, speed: AbSpeed = 'lecture'): AbCompare => ({
  phase: 'idle',
  setup,
  playing: false,
  sides: { a: emptySide(), b: emptySide() },
  pausedTrainingPage: false,
  speed,
});

/** Still training or able to: started, not finished, not diverged, worker alive. */
export const isLive = (view: AbSideView) => view.phase === 'ready' && view.run.status !== 'finished' && view.run.status !== 'diverged';

/**
 * The config a side's worker runs: when A's DQN measured the fastest backend ('auto'), B's DQN runs on
 * the same one, so the sides differ only in their settings (and neither times its trial against the other).
 */
export function configForWorker(config: LabConfig, measured: BackendReport | null): LabConfig {
  if (!measured || measured.requested !== 'auto' || config.training.backend !== 'auto' || !kindOfChoice(config.agent).usesComputeBackend || measured.trials.length === 0) return config;
  return { ...config, training: { ...config.training, backend: measured.backend } };
}

export function createAbSlice(createClient: (events: ClientEvents) => TrainingClient): StateCreator<AbSlice & LabSlice, [], [], AbSlice> {
  return (set, get) => {
    // The side's run controllers live in this closure, not in state; a new open() starts a new generation,
    // and anything an older one still answers is dropped.
    const runs: Record<AbSide, SupervisedRun | null> = { a: null, b: null };
    /** The config each side's worker runs (B's may name the backend A measured): what a restarted worker resumes. */
    const configs: Record<AbSide, LabConfig | null> = { a: null, b: null };
    const clientOf = (side: AbSide): TrainingClient | null => runs[side]?.client ?? null;
    /** Sides whose worker has had its init (which hands it the batch callback); later runs are resets. */
    const initialised = new Set<AbSide>();
    let generation = 0;
    // Each setup applied is a new round of runs: a reset that a newer one overtook is not a failure.
    let round = 0;
    const update = (change: Partial<AbCompare>) => set((state) => ({ ab: { ...state.ab, ...change } }));
    const updateSide = (side: AbSide, change: Partial<AbSideView>) =>
      set((state) => ({ ab: { ...state.ab, sides: { ...state.ab.sides, [side]: { ...state.ab.sides[side], ...change } } } }));

    /** The side ahead waits; a waiting side goes on once the other has caught up, finished or failed. */
    const balance = () => {
      const { playing, sides } = get().ab;
      // A side that can no longer train waits for nothing: its worker may have spent its budget (or diverged)
      // before the pause that held it arrived, and a stale flag would read "waiting" on a finished side.
      for (const side of AB_SIDES) if (sides[side].waiting && !isLive(sides[side])) updateSide(side, { waiting: false });
      if (!playing) return;
      if (!AB_SIDES.some((side) => isLive(sides[side]))) {
        update({ playing: false });
        return;
      }
      for (const side of AB_SIDES) {
        const mine = get().ab.sides[side];
        const theirs = get().ab.sides[other(side)];
        if (!isLive(mine)) continue;
        if (!mine.waiting && isLive(theirs) && mine.run.step > theirs.run.step + LOCKSTEP_LEAD_STEPS) {
          updateSide(side, { waiting: true });
          clientOf(side)?.pause().catch(() => {});
        } else if (mine.waiting && (!isLive(theirs) || theirs.run.step >= mine.run.step)) {
          updateSide(side, { waiting: false });
          clientOf(side)?.play().catch(() => {});
        }
      }
    };
    const onBatch = (side: AbSide, from: number) => (batch: MetricsBatch) => {
      if (from !== generation) return;
      const view = get().ab.sides[side];
      updateSide(side, { run: applyBatch(view.run, batch), backend: batch.runId === view.run.runId && batch.backend ? batch.backend : view.backend });
      balance();
    };
    const lose = (side: AbSide, from: number, failure: AbSideFailure) => {
      if (from !== generation) return;
      runs[side]?.close();
      runs[side] = null;
      initialised.delete(side);
      updateSide(side, { phase: 'error', failure, waiting: false });
      balance();
    };
    /** A restarted worker holds the side's run again: the side shows it, with the lab's recovery notice. */
    const adoptRestart = (side: AbSide, { ready, loss, lostAt, checkpointStep, unreadable }: WorkerRestart) => {
      const notice: RunNotice =
        checkpointStep === null ? { code: 'worker-restarted-from-start', loss, unreadable } : { code: 'worker-restarted', loss, lostAt, checkpointStep };
      const { run } = get().ab.sides[side];
      updateSide(side, { phase: 'ready', failure: null, backend: ready.backend, run: { ...adoptedRun(run, ready), notice }, references: ready.references });
      balance();
    };
    /** A side's run controller: the side's run as it stands is what a new worker resumes, and trains on if the side was training. */
    const superviseSide = (side: AbSide, from: number) =>
      superviseRun({
        // Each side's worker is named after it, so the developer tools (and the fault stories) tell A's from B's.
        createClient: (events) => createClient({ ...events, workerName: `training ${side.toUpperCase()}` }),
        currentRun() {
          const view = get().ab.sides[side];
          const config = configs[side];
          if (from !== generation || !config || view.phase !== 'ready') return null;
          const running = get().ab.playing && isLive(view) && !view.waiting;
          return { config, runId: view.run.runId, step: view.run.step, running, speed: get().ab.speed };
        },
        onBatch: (batch) => onBatch(side, from)(batch),
        onRestarting() {
          if (from !== generation) return;
          updateSide(side, { phase: 'loading', waiting: false });
          balance();
        },
        onRestarted: (restart) => {
          if (from === generation) adoptRestart(side, restart);
        },
        onRestartFailed: (loss) => lose(side, from, { code: 'lost', loss }),
        // Each side keeps its run in a slot of its own, saved from the start (a compare page offers nothing back on reload).
      }, { key: `compare-${side}`, savesFrom: 'start' });
    /** Starts the worker of each side that has none (first open, or lost): both load the engine at once. */
    const startWorkers = (from: number) => {
      for (const side of AB_SIDES) {
        if (runs[side]) continue;
        const run = superviseSide(side, from);
        run.start();
        runs[side] = run;
        updateSide(side, { run: emptyRunView() });
      }
    };
    /** A fresh run on one side: init in a worker just started, else reset in its worker. */
    const runSide = async (side: AbSide, config: LabConfig, from: number, token: number): Promise<BackendReport | null> => {
      const controller = runs[side];
      const client = controller?.client;
      if (!controller || !client) return null;
      try {
        const fresh = !initialised.has(side);
        initialised.add(side);
        configs[side] = config;
        const ready = fresh ? await controller.init(config) : await client.reset(config);
        if (from !== generation || token !== round) return null;
        // Each run starts at the page's pace (a worker's own default is fast-forward).
        await client.setSpeed(get().ab.speed);
        const { run } = get().ab.sides[side];
        updateSide(side, { phase: 'ready', backend: ready.backend, run: adoptedRun(run, ready), references: ready.references });
        return ready.backend;
      } catch (error) {
        if (token === round) lose(side, from, { code: 'failed', detail: errorMessage(error) });
        return null;
      }
    };
    /** Both sides from step 0: A first, then B on the backend A measured. */
    const runBoth = async (setup: AbSetup, from: number) => {
      round += 1;
      const token = round;
      update({ setup, playing: false });
      startWorkers(from);
      for (const side of AB_SIDES) updateSide(side, { phase: 'loading', failure: null, waiting: false });
      const measured = await runSide('a', setup.a.config, from, token);
      if (from !== generation || token !== round) return;
      await runSide('b', configForWorker(setup.b.config, measured), from, token);
    };

    return {
      ab: initialCompare(),
      abActions: {
        async open(setup, autoplay) {
          if (get().ab.phase !== 'idle') return;
          generation += 1;
          const from = generation;
          update({ phase: 'loading' });
          await runBoth(setup, from);
          if (from !== generation) return;
          update({ phase: 'ready' });
          if (autoplay) get().abActions.play();
        },
        close() {
          generation += 1;
          for (const side of AB_SIDES) {
            runs[side]?.close();
            runs[side] = null;
            configs[side] = null;
          }
          initialised.clear();
          set({ ab: initialCompare(get().ab.setup, get().ab.speed) });
        },
        play() {
          const { phase, sides } = get().ab;
          if (phase !== 'ready' || !AB_SIDES.some((side) => isLive(sides[side]))) return;
          // Three runs on one machine would slow both sides: the training page's run waits (it keeps its state).
          if (get().lab.run.status === 'running') {
            get().labActions.pause();
            update({ pausedTrainingPage: true });
          }
          update({ playing: true });
          for (const side of AB_SIDES) {
            updateSide(side, { waiting: false });
            if (isLive(get().ab.sides[side])) clientOf(side)?.play().catch(() => {});
          }
        },
        pause() {
          update({ playing: false });
          for (const side of AB_SIDES) {
            updateSide(side, { waiting: false });
            clientOf(side)?.pause().catch(() => {});
          }
        },
        async reset() {
          const { setup } = get().ab;
          if (setup) await get().abActions.apply(setup);
        },
        async apply(setup) {
          if (get().ab.phase === 'idle') return;
          await runBoth(setup, generation);
        },
        dismissTrainingPageNotice: () => update({ pausedTrainingPage: false }),
        dismissNotice(side) {
          const { run } = get().ab.sides[side];
          updateSide(side, { run: { ...run, notice: null } });
        },
        setSpeed(speed) {
          update({ speed });
          for (const side of AB_SIDES) clientOf(side)?.setSpeed(speed).catch(() => {});
        },
        replaySide(side, request) {
          const client = clientOf(side);
          return client?.replayAgent ? client.replayAgent(request) : Promise.resolve({ ok: false, refusal: { code: 'no-run' } });
        },
      },
    };
  };
}
