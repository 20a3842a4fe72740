// The "Train the agent" slice: the worker's catalogue, the config being edited, and the live run's view.
// Actions are thin: they send a command to the training client and copy what comes back into state.

import type { StateCreator } from 'zustand';
import type { LabConfig } from '../engine/lab-config';
import type { KnobName } from '../engine/metrics';
import type { ExplorationSchedule } from '../engine/schedules';
import type { BackendReport, ImportedRun, LabCatalogue, MetricsBatch, ReferenceResult, RunReady, Speed, StepUpdateRefusal } from '../worker/protocol';
import type { ClientEvents, TrainingClient, WorkerLoss } from './lab-client';
import type { TrainerCheckpoint } from '../engine/trainer';
import { applyBatch, emptyRunView, type RunNotice, type RunView } from './lab-run';
import { lowerLearningRate, withExplorationSchedule, withField, withKnob } from '../preset/config-edits';

export type LabPhase = 'idle' | 'loading' | 'ready' | 'error';

export interface TrainingLab {
  phase: LabPhase;
  /** What went wrong when phase is 'error'. */
  error: string | null;
  catalogue: LabCatalogue | null;
  presetName: string;
  /** The config of the current run. */
  config: LabConfig | null;
  /** The config the next reset applies (advanced fields, agent, epsilon schedule). */
  draft: LabConfig | null;
  backend: BackendReport | null;
  references: readonly ReferenceResult[];
  speed: Speed;
  run: RunView;
  /** Why the last step-through command could not run (e.g. an update before the replay is ready). */
  stepNotice: StepUpdateRefusal | null;
}

export interface TrainingLabActions {
  /** Starts the worker and the first run, paused unless start.autoplay (once; later calls do nothing). */
  connect(start?: LabStart): Promise<void>;
  play(): void;
  pause(): void;
  /** While paused: every shopper's turn, then the learning due. */
  stepOnce(): void;
  /** While paused: one recommendation to the next shopper in turn. */
  stepShopper(): void;
  /** While paused: shoppers in turn until the followed shopper's session ends. */
  stepSession(): void;
  /** While paused: one gradient update (a notice says why not, when the agent cannot make one). */
  stepUpdate(): void;
  dismissStepNotice(): void;
  /** Hides the notice of something the lab did on its own (a recovery). */
  dismissRunNotice(): void;
  setSpeed(speed: Speed): void;
  /** Turns alpha, gamma or a fixed epsilon at once (a marker on every chart), and keeps it for the next reset. */
  setKnob(knob: KnobName, value: number): void;
  /** Puts epsilon (back) on a decay schedule at once (a marker on every chart), and keeps it for the next reset. */
  setExplorationSchedule(schedule: ExplorationSchedule): void;
  /** Edits one field of the next run's config (applied on reset). */
  setDraftField(section: keyof Omit<LabConfig, 'agent'>, field: string, value: unknown): void;
  setAgent(agent: LabConfig['agent']): void;
  /** Loads a preset and restarts with it. */
  choosePreset(name: string): Promise<void>;
  /** A fresh run of the draft config, paused at step 0. */
  reset(): Promise<void>;
  /** After a divergence: a tenth of the learning rate, then a fresh run. */
  lowerAlphaAndRestart(): Promise<void>;
  /** Shows a run the worker loaded from a model file: its preset and config become the lab's (and the link's). */
  adoptImported(imported: ImportedRun): void;
}

/** What the first run is: a preset's config by default, or what the page's link asked for. */
export interface LabStart {
  presetName: string;
  config: LabConfig;
  /** Training starts as soon as the run is ready. */
  autoplay: boolean;
}

export interface LabSlice {
  lab: TrainingLab;
  labActions: TrainingLabActions;
}

const initialLab: TrainingLab = {
  phase: 'idle',
  error: null,
  catalogue: null,
  presetName: 'default',
  config: null,
  draft: null,
  backend: null,
  references: [],
  speed: 'max',
  run: emptyRunView(),
  stepNotice: null,
};

/** Milliseconds between pulls of the worker's last good state while training runs. */
const RECOVERY_PULL_MS = 10_000;

/** Speeds at which every step of the followed shopper is shown (the worker posts each one). */
const isSlowMotion = (speed: Speed) => speed !== 'max' && speed <= 10;

/** An error's own words (the engine's message), for a status that shows them. */
export const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The run view once a worker says a run is ready: a newer run starts empty with its knobs, the same run keeps what it charted. */
export function adoptedRun(run: RunView, ready: Pick<RunReady, 'runId' | 'knobs'>): RunView {
  return run.runId < ready.runId ? { ...emptyRunView(ready.runId), knobs: ready.knobs } : { ...run, knobs: run.knobs ?? ready.knobs };
}

export function createLabSlice(createClient: (events: ClientEvents) => TrainingClient): StateCreator<LabSlice, [], [], LabSlice> {
  return (set, get) => {
    // The client lives in this store's closure: it is not state, and components never touch it.
    let client: TrainingClient | null = null;
    const update = (change: Partial<TrainingLab>) => set((state) => ({ lab: { ...state.lab, ...change } }));
    const fail = (error: unknown) => update({ phase: 'error', error: errorMessage(error) });
    const send = (command: (active: TrainingClient) => Promise<void>) => {
      if (client) command(client).catch(fail);
    };
    const adopt = (ready: RunReady) => {
      const { run } = get().lab;
      update({
        phase: 'ready',
        error: null,
        config: ready.config,
        backend: ready.backend,
        references: ready.references,
        run: adoptedRun(run, ready),
      });
    };
    // The worker's last good state, pulled every few seconds while training runs, to restart a worker that died.
    let saved: { runId: number; step: number; checkpoint: TrainerCheckpoint } | null = null;
    let lastPull = 0;
    const pullCheckpoint = (active: TrainingClient, runId: number) => {
      lastPull = Date.now();
      active.recoveryCheckpoint().then((point) => {
        if (point && runId === get().lab.run.runId) saved = { runId, ...point };
      }, () => {});
    };
    const onBatch = (batch: MetricsBatch) => {
      set((state) => ({
        lab: {
          ...state.lab,
          run: applyBatch(state.lab.run, batch, { watchEveryStep: isSlowMotion(state.lab.speed) }),
          backend: batch.runId === state.lab.run.runId && batch.backend ? batch.backend : state.lab.backend,
        },
      }));
      if (client && batch.status === 'running' && Date.now() - lastPull > RECOVERY_PULL_MS) pullCheckpoint(client, batch.runId);
    };
    const recoverWorker = async (loss: WorkerLoss) => {
      const { config, run } = get().lab;
      if (!config) return;
      const wasRunning = run.status === 'running';
      const point = saved?.runId === run.runId ? saved : null;
      client?.dispose();
      update({ phase: 'loading' });
      try {
        client = createClient({ onLost: (loss) => void recoverWorker(loss) });
        adopt(await client.init(config, onBatch, point ? { runId: run.runId, checkpoint: point.checkpoint } : { runId: run.runId + 1 }));
        await client.setSpeed(get().lab.speed);
        const notice: RunNotice = point
          ? { code: 'worker-restarted', loss, lostAt: run.step, checkpointStep: point.step }
          : { code: 'worker-restarted-from-start', loss };
        set((state) => ({ lab: { ...state.lab, run: { ...state.lab.run, notice } } }));
        if (wasRunning) await client.play();
      } catch (error) {
        fail(error);
      }
    };
    const restart = async (config: LabConfig) => {
      if (!client) return;
      update({ phase: 'loading', draft: config });
      try {
        adopt(await client.reset(config));
        await client.setSpeed(get().lab.speed);
      } catch (error) {
        fail(error);
      }
    };

    return {
      lab: initialLab,
      labActions: {
        async connect(start) {
          if (get().lab.phase !== 'idle') return;
          update({ phase: 'loading' });
          try {
            client = createClient({ onLost: (loss) => void recoverWorker(loss) });
            const catalogue = await client.catalogue();
            const preset = catalogue.presets.find((entry) => entry.name === (start?.presetName ?? get().lab.presetName)) ?? catalogue.presets[0];
            const config = start?.config ?? preset.config;
            update({ catalogue, presetName: preset.name, draft: config });
            adopt(await client.init(config, onBatch));
            await client.setSpeed(get().lab.speed);
            if (start?.autoplay) await client.play();
          } catch (error) {
            fail(error);
          }
        },
        play: () => send((active) => active.play()),
        pause: () => send((active) => active.pause()),
        stepOnce() {
          update({ stepNotice: null });
          send((active) => active.stepOnce());
        },
        stepShopper() {
          update({ stepNotice: null });
          send((active) => active.stepShopper());
        },
        stepSession() {
          update({ stepNotice: null });
          send((active) => active.stepSession());
        },
        stepUpdate() {
          send(async (active) => update({ stepNotice: await active.stepUpdate() }));
        },
        dismissStepNotice: () => update({ stepNotice: null }),
        dismissRunNotice: () => set((state) => ({ lab: { ...state.lab, run: { ...state.lab.run, notice: null } } })),
        setSpeed(speed) {
          update({ speed });
          send((active) => active.setSpeed(speed));
        },
        setKnob(knob, value) {
          const { draft } = get().lab;
          if (draft) update({ draft: withKnob(draft, knob, value) });
          send((active) => active.setKnobs({ [knob]: value }));
        },
        setExplorationSchedule(schedule) {
          const { draft } = get().lab;
          if (draft) update({ draft: withExplorationSchedule(draft, schedule) });
          send((active) => active.setKnobs({ explorationSchedule: schedule }));
        },
        setDraftField(section, field, value) {
          const { draft } = get().lab;
          if (draft) update({ draft: withField(draft, section, field, value) });
        },
        setAgent(agent) {
          const { draft } = get().lab;
          if (draft) update({ draft: { ...draft, agent } });
        },
        async choosePreset(name) {
          const preset = get().lab.catalogue?.presets.find((entry) => entry.name === name);
          if (!preset) return;
          update({ presetName: name });
          await restart(preset.config);
        },
        async reset() {
          const { draft } = get().lab;
          if (draft) await restart(draft);
        },
        async lowerAlphaAndRestart() {
          const { draft } = get().lab;
          if (draft) await restart(lowerLearningRate(draft));
        },
        adoptImported(imported) {
          update({ presetName: imported.presetName, draft: imported.config });
          adopt(imported);
        },
      },
    };
  };
}
