// The "Train the agent" slice's state and actions, as types, and the state before the first run.

import type { LabConfig } from '../contracts/lab-config';
import type { KnobName } from '../contracts/metrics';
import type { ExplorationSchedule } from '../contracts/schedules';
import type { BackendReport, ImportedRun, LabCatalogue, ReferenceResult, Speed, StepUpdateRefusal } from '../contracts/protocol';
import { emptyRunView, type RunView } from './lab-run';
import type { ReplaceCause, ReplacedRun } from './run-replacement';

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
  /** Steps that Continue training adds to a finished run: the budget the run started with. */
  budgetIncrement: number;
  /** Knobs turned after the run used up its budget (they train nothing until it goes on), in the order turned. */
  knobsAfterEnd: readonly KnobName[];
  /** The run put aside by the last replacement, until undone or dismissed (Undo brings it back). */
  replaced: ReplacedRun | null;
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
  /** Loads a preset and restarts with it (a run with progress is put aside, for Undo). */
  choosePreset(name: string): Promise<void>;
  /** A finished run trains on: its budget grows by budgetIncrement, and training starts. */
  continueTraining(): Promise<void>;
  /** Brings back the run the last replacement put aside, paused at its step (the run on show is put aside in turn). */
  undoReplace(): Promise<void>;
  /** Forgets the put-aside run (and frees its file). */
  dismissReplaced(): void;
  /** Runs a replacement of the run on show (answering whether it happened), putting the run aside first, for Undo. */
  replaceRun(cause: ReplaceCause, replace: () => Promise<boolean>): Promise<boolean>;
  /** A fresh run of the draft config, paused at step 0 (a run with progress is put aside, for Undo). */
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

export const initialLab: TrainingLab = {
  phase: 'idle',
  error: null,
  catalogue: null,
  presetName: 'default',
  config: null,
  draft: null,
  backend: null,
  references: [],
  speed: 'lecture',
  run: emptyRunView(),
  stepNotice: null,
  budgetIncrement: 0,
  knobsAfterEnd: [],
  replaced: null,
};
