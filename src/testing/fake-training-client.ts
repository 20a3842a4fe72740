// Test support: a training client that answers like the worker without training. It records what the store
// asks of it, starts a new run id on each reset, and posts the metric batches a test writes (metrics-batches).

import { DEFAULT_LAB_CONFIG, type LabConfig } from '../contracts/lab-config';
import type { KnobRequest } from '../contracts/trainer-state';
import type { BackendReport, LabCatalogue, MetricsBatch, ResumedFrom, RunReady, RunResume, RunSlot, Speed, StepUpdateRefusal, StoredRunProblem } from '../contracts/protocol';
import type { RunFilesClient, TrainingClient } from '../controller/training-client';

type Preset = LabCatalogue['presets'][number];

export interface FakeClientOptions {
  /** The catalogue's presets (the default preset alone unless given). */
  presets?: readonly Preset[];
  /** The model-file calls, for tests of export and import. */
  files?: RunFilesClient;
  /** The backend a run reports (the CPU, as chosen, unless given). */
  backend?: (config: LabConfig) => BackendReport;
  /** The run store the fake workers of one page share (each client has its own unless given). */
  runStore?: FakeRunStore;
}

/** A save in the fake run store: whose run, which, at which step (or a problem a worker meets reading it). */
export interface FakeSave {
  owner: string;
  runId: number;
  step: number;
  problem?: StoredRunProblem;
}

/** The run store as fake workers see it: per slot, the last save, which a restarted worker resumes. */
export class FakeRunStore {
  readonly saves = new Map<string, FakeSave>();
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
  /** Where the page said to keep runs (null before it did). */
  slot: RunSlot | null = null;
  readonly runStore: FakeRunStore;
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
    this.runStore = options.runStore ?? new FakeRunStore();
  }

  /** The worker saves the run on show at this step in its slot, as it does every few seconds while training. */
  saveAt(step: number, problem?: StoredRunProblem): void {
    if (!this.slot) throw new Error('the page has not said where to keep the run');
    this.runStore.saves.set(this.slot.key, { owner: this.slot.owner, runId: this.currentRunId, step, problem });
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
    if (!resume) return this.reset(config);
    const resumed = this.resumedFrom(resume);
    // A resumed run keeps its id (the reset below counts up to it); one that starts again takes the next.
    this.currentRunId = resumed.ok ? resume.runId - 1 : resume.runId;
    return { ...(await this.reset(config)), resumed };
  }
  /** What a worker finds in its slot for the run to resume, as the worker answers it. */
  private resumedFrom(resume: RunResume): ResumedFrom {
    const saved = this.slot ? this.runStore.saves.get(this.slot.key) : undefined;
    if (!saved) return { ok: false, problem: { code: 'nothing-saved' } };
    if (saved.owner !== this.slot?.owner || saved.runId !== resume.runId) return { ok: false, problem: { code: 'another-run' } };
    return saved.problem ? { ok: false, problem: saved.problem } : { ok: true, step: saved.step };
  }
  async keepRunIn(slot: RunSlot) {
    this.slot = slot;
  }
  async reset(config: LabConfig): Promise<RunReady> {
    this.configs.push(config);
    this.extended = null;
    this.currentRunId += 1;
    return fakeRunReady(this.currentRunId, config, this.backend(config));
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
