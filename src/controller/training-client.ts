// What the page asks of a training engine, as promises: the worker client implements it, tests pass a fake.

import type { LabConfig } from '../contracts/lab-config';
import type { AgentReplayRequest, AgentReplayResult, LabCatalogue, MetricsBatch, RunFilesApi, RunReady, RunResume, RunSlot, Speed, StepUpdateRefusal } from '../contracts/protocol';
import type { KnobRequest } from '../contracts/trainer-state';
import type { WorkerLoss } from '../contracts/worker-loss';

/** The worker's file calls, as promises on the page. */
export type RunFilesClient = { [Name in keyof RunFilesApi]: (...args: Parameters<RunFilesApi[Name]>) => Promise<Awaited<ReturnType<RunFilesApi[Name]>>> };

/** What the page needs from a training engine: the worker's calls as promises (tests pass a fake). */
export interface TrainingClient {
  catalogue(): Promise<LabCatalogue>;
  init(config: LabConfig, onBatch: (batch: MetricsBatch) => void, resume?: RunResume): Promise<RunReady>;
  /** Where the worker keeps its runs (sent before init); a restarted worker resumes from the same slot. */
  keepRunIn(slot: RunSlot): Promise<void>;
  reset(config: LabConfig): Promise<RunReady>;
  play(): Promise<void>;
  pause(): Promise<void>;
  stepOnce(): Promise<void>;
  stepShopper(): Promise<void>;
  stepSession(): Promise<void>;
  /** Null, or why the agent cannot make an update. */
  stepUpdate(): Promise<StepUpdateRefusal | null>;
  setSpeed(speed: Speed): Promise<void>;
  setKnobs(knobs: KnobRequest): Promise<void>;
  /** A finished run's budget grows by extraSteps; the run's config with the new budget (null when it cannot grow). */
  extendBudget(extraSteps: number): Promise<LabConfig | null>;
  /** The agent of a model file (or, without one, of the run) on one shopper (absent from clients without an agent). */
  replayAgent?(request: AgentReplayRequest, modelFile?: Uint8Array): Promise<AgentReplayResult>;
  /** Model files, metric tables and evaluation on demand (absent from clients that have no files). */
  files?: RunFilesClient;
  dispose(): void;
}

/** How the page hears that its worker died (it stopped answering, or failed to load). */
export interface ClientEvents {
  onLost(loss: WorkerLoss): void;
  /** The worker's name in the browser's developer tools (and for tests that must tell two workers apart); 'training' when absent. */
  workerName?: string;
}
