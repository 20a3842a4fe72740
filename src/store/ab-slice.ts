// The "Compare A/B" slice: one training worker per side, started from the page's setup, played, paused
// and reset together, and kept at equal steps: a side that gets ahead waits until the other catches up.

import type { StateCreator } from 'zustand';
import type { LabConfig } from '../contracts/lab-config';
import { AB_SIDES, type AbSetup, type AbSide } from '../preset/ab-setup';
import type { BackendReport, MetricsBatch, ReferenceResult } from '../contracts/protocol';

/** Both sides train at the lecture pace (their shared budget over a few minutes) or fast-forward (as fast as the machine trains). */
export type AbSpeed = 'lecture' | 'max';
import type { ClientEvents, TrainingClient, WorkerLoss } from '../controller/worker-client';
import { applyBatch, emptyRunView, type RunView } from './lab-run';
import { adoptedRun, errorMessage, type LabPhase, type LabSlice } from './lab-slice';

/** Why a side stopped: its worker failed to start a run (the engine's words), or the page gave the worker up (how, as the lab slice keeps it). */
export type AbSideFailure = { code: 'failed'; detail: string } | { code: 'lost'; loss: WorkerLoss };

export interface AbSideView {
  phase: LabPhase;
  failure: AbSideFailure | null;
  backend: BackendReport | null;
  run: RunView;
  /** The reference policies scored on this side's evaluation cohort, as its worker reported them at the run's start. */
  references: readonly ReferenceResult[];
  /** Held at its step until the other side catches up (the two stay at equal steps). */
  waiting: boolean;
}

export interface AbCompare {
  /** 'ready' once the page opened its workers, 'idle' before and after. */
  phase: LabPhase;
  /** The two configurations that run (or, after the page closed, ran last). */
  setup: AbSetup | null;
  /** What the reader asked for: Play (true) or Pause; a side may still wait for the other. */
  playing: boolean;
  sides: Record<AbSide, AbSideView>;
  /** The training page's run was paused when the comparison started, so the two sides get the machine. */
  pausedTrainingPage: boolean;
  /** The pace of both sides; the lecture pace by default, so a class sees the curves grow (the tabular pair's 2M steps too). */
  speed: AbSpeed;
}

export interface AbActions {
  /** Starts both workers on the setup (once; a later call while open does nothing). */
  open(setup: AbSetup, autoplay: boolean): Promise<void>;
  /** Ends both workers (the page calls it when the reader leaves). */
  close(): void;
  play(): void;
  pause(): void;
  /** Both sides from step 0 again, paused. */
  reset(): Promise<void>;
  /** A new setup: both sides start again from step 0 with it, paused. */
  apply(setup: AbSetup): Promise<void>;
  dismissTrainingPageNotice(): void;
  /** Both sides at the lecture pace or fast-forward (kept for the page's next comparison). */
  setSpeed(speed: AbSpeed): void;
}

export interface AbSlice {
  ab: AbCompare;
  abActions: AbActions;
}

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
  if (!measured || measured.requested !== 'auto' || config.training.backend !== 'auto' || config.agent !== 'dqn' || measured.trials.length === 0) return config;
  return { ...config, training: { ...config.training, backend: measured.backend } };
}

export function createAbSlice(createClient: (events: ClientEvents) => TrainingClient): StateCreator<AbSlice & LabSlice, [], [], AbSlice> {
  return (set, get) => {
    // The workers live in this closure, not in state; a new open() starts a new generation, and
    // anything an older one still answers is dropped.
    const clients: Record<AbSide, TrainingClient | null> = { a: null, b: null };
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
          clients[side]?.pause().catch(() => {});
        } else if (mine.waiting && (!isLive(theirs) || theirs.run.step >= mine.run.step)) {
          updateSide(side, { waiting: false });
          clients[side]?.play().catch(() => {});
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
      clients[side]?.dispose();
      clients[side] = null;
      initialised.delete(side);
      updateSide(side, { phase: 'error', failure, waiting: false });
      balance();
    };
    /** Starts the worker of each side that has none (first open, or lost): both load the engine at once. */
    const startWorkers = (from: number) => {
      for (const side of AB_SIDES) {
        if (clients[side]) continue;
        clients[side] = createClient({ onLost: (loss) => lose(side, from, { code: 'lost', loss }) });
        updateSide(side, { run: emptyRunView() });
      }
    };
    /** A fresh run on one side: init in a worker just started, else reset in its worker. */
    const runSide = async (side: AbSide, config: LabConfig, from: number, token: number): Promise<BackendReport | null> => {
      const client = clients[side];
      if (!client) return null;
      try {
        const fresh = !initialised.has(side);
        initialised.add(side);
        const ready = fresh ? await client.init(config, onBatch(side, from)) : await client.reset(config);
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
            clients[side]?.dispose();
            clients[side] = null;
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
            if (isLive(get().ab.sides[side])) clients[side]?.play().catch(() => {});
          }
        },
        pause() {
          update({ playing: false });
          for (const side of AB_SIDES) {
            updateSide(side, { waiting: false });
            clients[side]?.pause().catch(() => {});
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
        setSpeed(speed) {
          update({ speed });
          for (const side of AB_SIDES) clients[side]?.setSpeed(speed).catch(() => {});
        },
      },
    };
  };
}
