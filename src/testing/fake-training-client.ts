// Test support: a training client that answers like the worker without training. It records what the store
// asks of it, starts a new run id on each reset, and posts the metric batches a test writes (metrics-batches).

import { DEFAULT_LAB_CONFIG, type LabConfig } from '../contracts/lab-config';
import type { KnobRequest, TrainerCheckpoint } from '../contracts/trainer-state';
import type { BackendReport, LabCatalogue, MetricsBatch, RunReady, RunResume, Speed, StepUpdateRefusal } from '../contracts/protocol';
import type { RunFilesClient, TrainingClient } from '../controller/training-client';

type Preset = LabCatalogue['presets'][number];

export interface FakeClientOptions {
  /** The catalogue's presets (the default preset alone unless given). */
  presets?: readonly Preset[];
  /** The model-file calls, for tests of export and import. */
  files?: RunFilesClient;
  /** The backend a run reports (the CPU, as chosen, unless given). */
  backend?: (config: LabConfig) => BackendReport;
}

/** A preset in the catalogue, titled after its name. */
export function fakePreset(name: string, config: LabConfig = DEFAULT_LAB_CONFIG): Preset {
  return { name, title: name, description: `The ${name} preset.`, config };
}

const cpuBackend = (): BackendReport => ({
  backend: 'cpu',
  requested: 'cpu',
  trials: [],
  webgl: { available: false, renderer: null, softwareRendered: false },
  reason: { kind: 'as-chosen' },
});

/** What the worker answers when a run is ready: the config's alpha and gamma, epsilon at its start. */
export function fakeRunReady(runId: number, config: LabConfig, backend: BackendReport = cpuBackend()): RunReady {
  const knobs = { learningRate: config.dqn.learningRate, discount: config.dqn.discount, explorationRate: 1 };
  return { runId, config, backend, references: [], knobs };
}

export class FakeTrainingClient implements TrainingClient {
  /** Commands in the order they came: 'play', 'pause', 'step', 'step shopper', 'step session', 'step update', 'speed …'. */
  readonly commands: string[] = [];
  readonly knobs: KnobRequest[] = [];
  /** The config of every run started, by init or reset. */
  readonly configs: LabConfig[] = [];
  /** What each init was asked to resume (undefined: a fresh run). */
  readonly resumes: Array<RunResume | undefined> = [];
  /** What recoveryCheckpoint answers. */
  savedPoint: { step: number; checkpoint: TrainerCheckpoint } | null = null;
  /** What stepUpdate answers. */
  refuseUpdate: StepUpdateRefusal | null = null;
  disposed = false;
  readonly files?: RunFilesClient;
  private listener: (batch: MetricsBatch) => void = () => {};
  /** The run on show's config after an extension of its budget (null until one). */
  private extended: LabConfig | null = null;
  private currentRunId = 0;
  private readonly presets: readonly Preset[];
  private readonly backend: (config: LabConfig) => BackendReport;

  constructor(options: FakeClientOptions = {}) {
    this.presets = options.presets ?? [fakePreset('default')];
    this.files = options.files;
    this.backend = options.backend ?? cpuBackend;
  }

  /** The id of the run started last. */
  get runId(): number {
    return this.currentRunId;
  }

  /** Posts a batch to the store, as the worker does while it trains. */
  post(batch: MetricsBatch): void {
    this.listener(batch);
  }

  async catalogue(): Promise<LabCatalogue> {
    return { presets: [...this.presets], schema: [], agentChoices: ['dqn', 'tabular'], defaultConfig: DEFAULT_LAB_CONFIG };
  }
  async init(config: LabConfig, onBatch: (batch: MetricsBatch) => void, resume?: RunResume): Promise<RunReady> {
    this.listener = onBatch;
    this.resumes.push(resume);
    // A resumed run keeps its id: the reset below counts up to it.
    if (resume) this.currentRunId = resume.runId - 1;
    return this.reset(config);
  }
  async reset(config: LabConfig): Promise<RunReady> {
    this.configs.push(config);
    this.extended = null;
    this.currentRunId += 1;
    return fakeRunReady(this.currentRunId, config, this.backend(config));
  }
  async recoveryCheckpoint() {
    return this.savedPoint;
  }
  async play() {
    this.commands.push('play');
  }
  async pause() {
    this.commands.push('pause');
  }
  async stepOnce() {
    this.commands.push('step');
  }
  async stepShopper() {
    this.commands.push('step shopper');
  }
  async stepSession() {
    this.commands.push('step session');
  }
  async stepUpdate() {
    this.commands.push('step update');
    return this.refuseUpdate;
  }
  async setSpeed(speed: Speed) {
    this.commands.push(`speed ${speed}`);
  }
  async setKnobs(knobs: KnobRequest) {
    this.knobs.push(knobs);
  }
  /** Grows the budget of the run on show, as the worker does for a finished run. */
  async extendBudget(extraSteps: number): Promise<LabConfig | null> {
    this.commands.push(`extend ${extraSteps}`);
    const config = this.extended ?? this.configs.at(-1);
    if (!config) return null;
    this.extended = { ...config, training: { ...config.training, totalSteps: config.training.totalSteps + extraSteps } };
    return this.extended;
  }
  dispose() {
    this.disposed = true;
  }
}
