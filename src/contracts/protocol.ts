// The training worker's typed protocol: the calls the page makes and the metric batches it receives.
// Types only, so the main thread can import it without loading the engine (or tfjs).

import type { CheckpointRefusal } from './checkpoint-refusal';
import type { AgentConfigSection } from './agent-kinds';
import type { LabConfig } from './lab-config';
import type { ConcreteBackend } from './training-config';
import type { KnobChange, ProbeField, SessionField, UpdateField } from './metrics';
import type { MetricsTables } from './metrics-tables';
import type { FileProblem } from './file-problem';
import type { ModelFileSummary } from './model-file-summary';
import type { Divergence, KnobRequest, KnobValues, UpdateRefusal } from './trainer-state';
import type { Inspection } from './inspection';
import type { EvaluationResult } from '../sim/evaluation';
import type { FieldSpec } from '../sim/fields';
import type { CorrectionReason } from './link-correction';
import type { SimSettings } from '../sim/settings';

/**
 * Followed-shopper steps per second (each step also steps every other shopper), the lecture pace (the run's
 * budget over a few minutes), or fast-forward ('max': as fast as the machine trains).
 */
export type Speed = number | 'lecture' | 'max';

export type RunStatus = 'ready' | 'running' | 'paused' | 'finished' | 'diverged';

/** How the tfjs backend was chosen, and what was measured. */
export interface BackendReport {
  /** The backend training runs on. */
  backend: ConcreteBackend;
  /** What the lab asked for ('auto' measures). */
  requested: ConcreteBackend | 'auto';
  /** Per candidate: milliseconds per update of the run's network, or why it was not used. */
  trials: Array<{ backend: ConcreteBackend; msPerUpdate: number | null; note?: string }>;
  webgl: WebglReport;
  /** Why this backend trains, as values: the page words it in the reader's language. */
  reason: BackendReason;
}

/** Why a backend was chosen: no network to time, the fastest in a trial, as asked, or a fallback after failures. */
export type BackendReason =
  | { kind: 'no-network' }
  | { kind: 'fastest'; msPerUpdate: number; measured: Array<{ backend: ConcreteBackend; msPerUpdate: number }> }
  | { kind: 'as-chosen' }
  /** Each failure's error message as the backend gave it, or null for "WebGL is not available in this browser". */
  | { kind: 'fell-back'; requested: ConcreteBackend; failures: Array<string | null> };

export interface WebglReport {
  available: boolean;
  /** The renderer string when the browser tells it. */
  renderer: string | null;
  /** True for SwiftShader, llvmpipe and other CPU rasterisers: WebGL works but is slow. */
  softwareRendered: boolean;
}

/** A reference policy's greedy result on the run's evaluation cohort (drawn as a horizontal line). */
export interface ReferenceResult {
  policy: string;
  label: string;
  meanReturn: number;
  percentOfOracle: number;
}

/** The last step of the followed shopper (the inspector's: the latest step's), including what the agent cannot see. */
export interface FollowedStep {
  /** Environment steps of the run when this step was taken. */
  runStep: number;
  shopperIndex: number;
  /** Steps of this session so far (1 for the first). */
  sessionStep: number;
  item: number;
  explored: boolean;
  /** The agent's Q-value of each of the 24 items before it chose (zeros for reference policies). */
  qValues: number[];
  outcome: 'ignored' | 'clicked' | 'bought';
  reward: number;
  sessionReturn: number;
  /** Hidden from the agent. */
  preferences: number[];
  trustBefore: number;
  trustAfter: number;
  clickProbability: number;
  purchaseProbability: number;
  leaveProbability: number;
  /** The shopper left (or reached the step limit) after this step. */
  sessionEnded: boolean;
}

/** Columns of records pushed since the previous batch, oldest first. */
export type ColumnBatch<Field extends string> = Record<Field, Float64Array>;

/** Everything that changed since the previous batch; posted a few times per second. */
export interface MetricsBatch {
  /** Increases by one per batch, from 0 after each (re)start. */
  sequence: number;
  /** Identifies the run: batches of an earlier run are ignored after a reset. */
  runId: number;
  status: RunStatus;
  divergence: Divergence | null;
  step: number;
  totalSteps: number;
  updates: number;
  trainingSeconds: number;
  /** Environment steps per second over the last batch interval (0 when paused). */
  stepsPerSecond: number;
  knobs: KnobValues;
  sessions: ColumnBatch<SessionField>;
  updatesColumns: ColumnBatch<UpdateField>;
  probes: ColumnBatch<ProbeField>;
  evaluations: EvaluationResultAt[];
  knobChanges: KnobChange[];
  followed: FollowedStep | null;
  /** Something the lab did on its own that the user should hear about (a recovery), or null. */
  notice: WorkerNotice | null;
  /** The backend report when it changed during the run (a recovery moved training elsewhere), else null. */
  backend: BackendReport | null;
  /** tfjs tensors alive in the worker: flat while training runs (a growing count is a leak). */
  tensors: number;
  /** The step-through inspector's view; null while training runs faster than anyone reads. */
  inspection: Inspection | null;
}

/** The WebGL context was lost at step lostAt: the run goes on from the state saved at restoredStep, on another backend. */
export interface WorkerNotice {
  code: 'context-lost';
  lostAt: number;
  restoredStep: number;
  backend: string;
}

export interface EvaluationResultAt extends EvaluationResult {
  step: number;
  seconds: number;
}

export interface PresetSummary {
  name: string;
  title: string;
  description: string;
  config: LabConfig;
}

export interface SchemaField {
  name: string;
  section: 'sim' | AgentConfigSection | 'training';
  field: string;
  spec: FieldSpec;
}

/** What the page needs before the first run: presets and the config schema (built on the page from the presets, which load no engine code). */
export interface LabCatalogue {
  presets: PresetSummary[];
  schema: SchemaField[];
  agentChoices: string[];
  defaultConfig: LabConfig;
}

/** What init and reset answer once the run is ready. */
export interface RunReady {
  runId: number;
  config: LabConfig;
  backend: BackendReport;
  references: ReferenceResult[];
  knobs: KnobValues;
  /** Set when init was asked to resume a run: from which save it went on, or why it started afresh. */
  resumed?: ResumedFrom;
}

/**
 * A run to continue in a new worker (after the old one died): the worker loads the run of this id from its run
 * store's slot, or, when the slot holds no save of it (or one it cannot read), starts the run again as run runId + 1.
 */
export interface RunResume {
  runId: number;
}

/**
 * Where the worker keeps its run (see contracts/run-store-layout.ts): a slot per page that trains, the page's
 * id (fresh per page load), and when saves start: at once (a compare side), or at the page's first request
 * (the training page, whose slot still holds the run a reload offers back until the new run has trained a little).
 */
export interface RunSlot {
  key: string;
  owner: string;
  savesFrom: 'start' | 'first-request';
}

/** Why a stored run could not be loaded: the page words it and the run starts afresh. */
export type StoredRunProblem =
  | { code: 'nothing-saved' }
  /** The slot holds another run (a later one, or another page's). */
  | { code: 'another-run' }
  | { code: 'unreadable'; part: 'meta' | 'core' | 'metrics' }
  /** A chunk of the replay memory is absent, from another save than the record says, or the wrong shape. */
  | { code: 'replay-chunk'; index: number; problem: 'missing' | 'stale' | 'malformed' }
  | { code: 'checkpoint'; refusal: CheckpointRefusal }
  /** The browser's storage failed, in its own words. */
  | { code: 'storage'; detail: string };

/** Where a resumed run went on from: the step of the save it loaded, or why none could be loaded (then it starts afresh). */
export type ResumedFrom = { ok: true; step: number } | { ok: false; problem: StoredRunProblem };

/** A save the page asked for: the step kept, and whether the replay memory is kept with it. */
export interface RunSaved {
  step: number;
  includesReplay: boolean;
  /** Bytes this save wrote, and bytes the run's state holds in the store. */
  bytesWritten: number;
  bytes: number;
}

/** A model file loaded as the run on show: paused at the file's step, with the preset its link names. */
export interface ImportedRun extends RunReady {
  presetName: string;
  summary: ModelFileSummary;
}

/** Why a model file was not loaded (the run goes on as it was); the page words it. */
export type FileRefusal =
  | { code: 'file'; problem: FileProblem }
  | { code: 'checkpoint'; refusal: CheckpointRefusal }
  /** The file's link is one the lab had to correct: the first correction says why. */
  | { code: 'link-settings'; key: string; reason: CorrectionReason }
  | { code: 'not-a-link' }
  | { code: 'omits-unknown'; name: string }
  | { code: 'network-not-finite' }
  | { code: 'replaced' }
  /** The run kept in this browser could not be loaded. */
  | { code: 'stored-run'; problem: StoredRunProblem }
  /** Anything else that failed while the file loaded, with the error's own message. */
  | { code: 'unexpected'; detail: string };

export type ImportResult = { ok: true; run: ImportedRun } | { ok: false; refusal: FileRefusal };

/** Saving, loading and exporting the run (src/worker/run-files.ts). */
export interface RunFilesApi {
  /** The run as a model file; the replay memory only when asked (it can be tens of megabytes). */
  exportModel(options: { includeReplay: boolean; presetName: string }): { bytes: Uint8Array; step: number };
  /** Replaces the run with a model file's, or answers why not (a refusal code) and leaves the run as it was. */
  importModel(bytes: Uint8Array): Promise<ImportResult>;
  /** Keeps the run in the worker's run store now (and from now on, every few seconds); null when there is nothing to keep. */
  saveRun(options: { presetName: string }): Promise<RunSaved | null>;
  /** Replaces the run with the one kept in the worker's slot (the reload offer), or answers why not. */
  resumeSaved(): Promise<ImportResult>;
  /** Every metric record the run still holds, at full resolution. */
  metricsTables(): MetricsTables | null;
  /** A greedy evaluation on the fixed cohort now (recorded like the periodic ones). */
  evaluateNow(): EvaluationResultAt | null;
}

/** The worker's API, as the page calls it through comlink (every call returns a promise there). */
/** Why a step-through update did not run: the agent's reason, or the run is playing (pause first). */
export type StepUpdateRefusal = UpdateRefusal | 'playing';

/** One shopper (seed, index, the simulator's settings) and the student's picks on them, for an agent to replay. */
export interface AgentReplayRequest {
  seed: number;
  shopperIndex: number;
  sim: SimSettings;
  studentPicks: number[];
}

/** One state an agent was asked about: its greedy pick and its value of each of the 24 items. */
export interface AgentChoice {
  item: number;
  qValues: number[];
}

/** An agent on one shopper: its own session's picks, its view of the student's states, its expected return. */
export interface AgentReplay {
  own: AgentChoice[];
  atStudent: AgentChoice[];
  /** Over fresh coin flips of the same shopper (paired with the heuristic, as the play page's references). */
  expected: { mean: number; ci95: number; sessions: number };
  /** The lab's agent choice of the run, its step, its catalog seed and preset (the page words them). */
  agentChoice: string;
  trainedSteps: number;
  catalogSeed: number;
  presetName: string | null;
}

export type AgentReplayResult = { ok: true; replay: AgentReplay } | { ok: false; refusal: FileRefusal | { code: 'no-run' } };

export interface TrainingWorkerApi extends RunFilesApi {
  /** The agent of a model file (or, without one, the run on show) on one shopper: see AgentReplay. */
  replayAgent(request: AgentReplayRequest, modelFile?: Uint8Array): Promise<AgentReplayResult>;
  /** Builds the run (choosing the backend on the first call) and starts streaming batches to onBatch; resume continues a saved run. */
  init(config: LabConfig, onBatch: (batch: MetricsBatch) => void, resume?: RunResume): Promise<RunReady>;
  /** Answers at once: the page's heartbeat, to notice a worker that died. */
  ping(): number;
  /** Where to keep the runs this worker trains (called before init); a new worker resumes from the same slot. */
  keepRunIn(slot: RunSlot): void;
  play(): void;
  pause(): void;
  /** A fresh run of the given config (or the current one), paused at step 0. */
  reset(config?: LabConfig): Promise<RunReady>;
  /** While paused: every shopper's turn (the rest of the round under way), then the learning it makes due. */
  stepOnce(): void;
  /** While paused: one recommendation to the next shopper in turn. */
  stepShopper(): void;
  /** While paused: shoppers in turn until the followed shopper's session ends. */
  stepSession(): void;
  /** While paused: one gradient update; the reason when the agent cannot make one, else null. */
  stepUpdate(): StepUpdateRefusal | null;
  setSpeed(speed: Speed): void;
  /** Live knobs, or epsilon back on a decay schedule; each real change is a marker on the charts. */
  setKnobs(knobs: KnobRequest): void;
  /** A finished run's budget grows by extraSteps, so that it can train on; answers the run's config with the new budget. */
  extendBudget(extraSteps: number): LabConfig | null;
}
