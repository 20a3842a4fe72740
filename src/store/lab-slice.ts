// The "Train the agent" slice: the worker's catalogue, the config being edited, and the live run's view.
// Actions are thin: they send a command to the training client and copy what comes back into state.

import type { StateCreator } from 'zustand';
import type { LabConfig } from '../engine/lab-config';
import type { KnobName } from '../engine/metrics';
import type { ExplorationSchedule } from '../engine/schedules';
import type { BackendReport, LabCatalogue, ReferenceResult, RunReady, Speed } from '../worker/protocol';
import type { TrainingClient } from './lab-client';
import { applyBatch, emptyRunView, type RunView } from './lab-run';
import { lowerLearningRate, withExplorationSchedule, withField, withKnob } from './lab-config-edits';

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
}

export interface TrainingLabActions {
  /** Starts the worker and the default preset's run, paused (once; later calls do nothing). */
  connect(): Promise<void>;
  play(): void;
  pause(): void;
  stepOnce(): void;
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
};

/** Speeds at which every step of the followed shopper is shown (the worker posts each one). */
const isSlowMotion = (speed: Speed) => speed !== 'max' && speed <= 10;

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function createLabSlice(createClient: () => TrainingClient): StateCreator<LabSlice, [], [], LabSlice> {
  return (set, get) => {
    // The client lives in this store's closure: it is not state, and components never touch it.
    let client: TrainingClient | null = null;
    const update = (change: Partial<TrainingLab>) => set((state) => ({ lab: { ...state.lab, ...change } }));
    const fail = (error: unknown) => update({ phase: 'error', error: message(error) });
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
        run: run.runId < ready.runId ? { ...emptyRunView(ready.runId), knobs: ready.knobs } : { ...run, knobs: run.knobs ?? ready.knobs },
      });
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
        async connect() {
          if (get().lab.phase !== 'idle') return;
          update({ phase: 'loading' });
          try {
            client = createClient();
            const catalogue = await client.catalogue();
            const preset = catalogue.presets.find((entry) => entry.name === get().lab.presetName) ?? catalogue.presets[0];
            update({ catalogue, draft: preset.config });
            const onBatch = (batch: Parameters<typeof applyBatch>[1]) =>
              set((state) => ({ lab: { ...state.lab, run: applyBatch(state.lab.run, batch, { watchEveryStep: isSlowMotion(state.lab.speed) }) } }));
            adopt(await client.init(preset.config, onBatch));
            await client.setSpeed(get().lab.speed);
          } catch (error) {
            fail(error);
          }
        },
        play: () => send((active) => active.play()),
        pause: () => send((active) => active.pause()),
        stepOnce: () => send((active) => active.stepOnce()),
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
      },
    };
  };
}
