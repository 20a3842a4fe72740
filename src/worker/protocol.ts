// The training worker's typed protocol: the calls the page makes and the metric batches it receives.
// Types only, so the main thread can import it without loading the engine (or tfjs).

import type { LabConfig } from '../engine/lab-config';
import type { ConcreteBackend } from '../engine/backends';
import type { KnobChange, ProbeField, SessionField, UpdateField } from '../engine/metrics';
import type { KnobRequest, KnobValues } from '../engine/trainer';
import type { EvaluationResult } from '../sim/evaluation';
import type { FieldSpec } from '../sim/fields';

/** Followed-shopper steps per second (each step also steps every other shopper), or as fast as possible. */
export type Speed = number | 'max';

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
  /** One sentence for people, e.g. "wasm: 4.1 ms per update (webgl is software-rendered here)". */
  summary: string;
}

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

/** The last step of the followed shopper (slot 0), including what the agent cannot see. */
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
  divergence: { step: number; update: number; reason: string } | null;
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
  section: 'sim' | 'dqn' | 'tabular' | 'training';
  field: string;
  spec: FieldSpec;
}

/** What the page needs before the first run: presets and the config schema (sent by the worker, so the page loads no engine code). */
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
}

/** The worker's API, as the page calls it through comlink (every call returns a promise there). */
export interface TrainingWorkerApi {
  catalogue(): LabCatalogue;
  /** Builds the run (choosing the backend on the first call) and starts streaming batches to onBatch. */
  init(config: LabConfig, onBatch: (batch: MetricsBatch) => void): Promise<RunReady>;
  play(): void;
  pause(): void;
  /** A fresh run of the given config (or the current one), paused at step 0. */
  reset(config?: LabConfig): Promise<RunReady>;
  /** One tick while paused: every shopper takes one step. */
  stepOnce(): void;
  setSpeed(speed: Speed): void;
  /** Live knobs, or epsilon back on a decay schedule; each real change is a marker on the charts. */
  setKnobs(knobs: KnobRequest): void;
}
