// Hosts one training run in the worker: the time-sliced loop, speed, knobs, the periodic save to the run store
// (run-keeping.ts) and the recovery from a lost WebGL context (context-recovery.ts); batches go out through metrics-stream.ts.

import * as tf from '@tensorflow/tfjs';
import type { LabConfig } from '../contracts/lab-config';
import type { KnobRequest } from '../contracts/trainer-state';
import type { Trainer } from '../engine/trainer';
import { MetricsStream } from './metrics-stream';
import type { MetricsBatch, RunReady, RunResume, RunSaved, RunSlot, RunStatus, Speed, StepUpdateRefusal, WebglReport } from '../contracts/protocol';
import { trainerFor } from '../engine/agent-for';
import { RunKeeping } from './run-keeping';
import { memoryKeyValue, type KeyValueStore } from './run-store-backend';
import { resumeFromStore } from './stored-run-resume';
import { watchBackendContext } from './webgl-loss';
import { RunResources } from './run-resources';
import { restoreOnFallbackBackend } from './context-recovery';
import { Pacer } from './pacer';
import { StepThrough } from '../engine/step-through';
import { extendedBudget } from './budget-extension';

export interface LoopScheduler {
  now(): number;
  /** Runs the callback once pending messages have been handled (a macrotask without timer clamping). */
  soon(callback: () => void): void;
  later(milliseconds: number, callback: () => void): void;
}

export interface SessionOptions {
  scheduler: LoopScheduler;
  probeWebgl: () => WebglReport;
  /** Milliseconds of training per slice at full speed, before messages get a turn. */
  sliceMs?: number;
  /** Milliseconds between metric batches. */
  batchIntervalMs?: number;
  /** Where the run store keeps its records (IndexedDB in the worker; memory unless given). */
  keyValue?: () => KeyValueStore;
  /** Rows per chunk of the stored replay memory (the store's default unless a test makes it small). */
  rowsPerChunk?: number;
  /** Calls onLost when the backend's context is lost; returns a stop function (a test stands in a loss of its own). */
  watchContext?: (backend: string, onLost: () => void) => () => void;
}

export class TrainingSession {
  private readonly scheduler: LoopScheduler;
  private readonly resources: RunResources;
  private readonly watchBackend: (backend: string, onLost: () => void) => () => void;
  private readonly sliceMs: number;
  private readonly batchIntervalMs: number;
  private trainer: Trainer | null = null;
  private config: LabConfig | null = null;
  private onBatch: (batch: MetricsBatch) => void = () => {};
  private runId = 0;
  private readonly stream: MetricsStream;
  private stepThrough: StepThrough | null = null;
  private playing = false;
  private loopPending = false;
  private readonly pacer: Pacer;
  private flushTimerRunning = false;
  /** Recovery from a lost WebGL context (from the run store's latest save), and what the page should hear. */
  private stopWatchingContext: () => void = () => {};
  private contextLost = false;
  private recovering = false;
  /** The run's one saved copy: for a lost WebGL context, a worker restarted after this one dies, and the reload offer. */
  readonly keeping: RunKeeping;

  constructor(options: SessionOptions) {
    this.scheduler = options.scheduler;
    this.resources = new RunResources(options.probeWebgl);
    this.watchBackend = options.watchContext ?? watchBackendContext;
    this.pacer = new Pacer(() => this.scheduler.now());
    this.stream = new MetricsStream(() => this.scheduler.now());
    this.sliceMs = options.sliceMs ?? 30;
    this.batchIntervalMs = options.batchIntervalMs ?? 200;
    this.keeping = new RunKeeping(options.keyValue ?? (() => memoryKeyValue()), () => this.scheduler.now(), { rowsPerChunk: options.rowsPerChunk });
  }

  /** Where the runs of this worker are kept (the page says so before init). */
  keepRunIn(slot: RunSlot): void {
    this.keeping.keepIn(slot);
  }

  async init(config: LabConfig, onBatch: (batch: MetricsBatch) => void, resume?: RunResume): Promise<RunReady> {
    this.onBatch = onBatch;
    if (!resume) return this.reset(config);
    this.runId = resume.runId - 1; // the reset below takes the resumed run's id, so the page keeps its charts
    const ready = await this.reset(config);
    const resumed = await resumeFromStore(this, resume.runId);
    // Nothing of the run could be loaded: it starts again under the next id (the page clears its charts).
    const answer = resumed.ok ? ready : await this.reset(config);
    return { ...answer, knobs: this.trainer?.knobValues ?? answer.knobs, resumed };
  }

  /** The page has the history the log holds (a restored run's): batches send only what comes after it. */
  historySent(): void {
    if (this.trainer) this.stream.skipHistory(this.trainer.metrics);
  }

  /** Keeps the run in the store now, and periodically from now on; null when there is nothing to keep. */
  saveRun(presetName: string): Promise<RunSaved | null> {
    return this.keeping.request(presetName, () => (this.trainer && this.config ? { runId: this.runId, trainer: this.trainer, config: this.config } : null));
  }

  /** A fresh run, paused at step 0; the backend is re-chosen only when the request or the network changes. */
  async reset(config: LabConfig | undefined = this.config ?? undefined): Promise<RunReady> {
    if (!config) throw new Error('reset needs a config before the first init');
    this.playing = false;
    this.trainer?.dispose();
    this.trainer = null;
    this.runId += 1;
    const runId = this.runId;
    const backend = await this.resources.backendFor(config);
    const trainer = trainerFor(config);
    const references = await this.resources.referencesFor(config, trainer);
    if (runId !== this.runId) {
      trainer.dispose(); // a newer reset overtook this one
      throw new Error('superseded by a newer reset');
    }
    this.trainer = trainer;
    this.config = config;
    this.pacer.setLecturePace(config.training.totalSteps, config.training.parallelSessions);
    this.watchContext(backend.backend);
    this.stream.restart();
    this.stepThrough = new StepThrough(trainer);
    this.flush();
    this.startFlushTimer();
    return { runId, config, backend, references, knobs: trainer.knobValues };
  }

  /** The run on show, for the files the worker writes and reads (null before the first init). */
  get current(): { trainer: Trainer; config: LabConfig; backend: string | null; runId: number } | null {
    return this.trainer && this.config ? { trainer: this.trainer, config: this.config, backend: tf.getBackend() ?? null, runId: this.runId } : null;
  }

  play(): void {
    if (!this.trainer || this.trainer.finished || this.trainer.diverged) return;
    this.playing = true;
    this.pacer.restart();
    this.scheduleLoop();
    this.flush();
  }

  pause(): void {
    this.playing = false;
    this.flush();
  }

  /** While paused: every shopper's turn (the rest of the round under way), then the learning it makes due. */
  stepOnce(): void {
    this.stepPaused((through) => through.round());
  }

  /** While paused: one recommendation to the next shopper in turn. */
  stepShopper(): void {
    this.stepPaused((through) => through.shopper());
  }

  /** While paused: shoppers in turn until the followed shopper's session ends. */
  stepSession(): void {
    this.stepPaused((through) => through.session());
  }

  /** While paused: one gradient update; answers why not when the agent cannot make one. */
  stepUpdate(): StepUpdateRefusal | null {
    let refusal: StepUpdateRefusal | null = 'playing';
    this.stepPaused((through) => {
      refusal = through.update();
    });
    return refusal;
  }

  private stepPaused(step: (through: StepThrough) => void): void {
    if (this.contextLost) {
      void this.recoverOnAnotherBackend();
      return;
    }
    const { trainer, stepThrough } = this;
    if (!trainer || !stepThrough || this.playing) return;
    step(stepThrough);
    this.flush();
  }

  setSpeed(speed: Speed): void {
    this.pacer.setSpeed(speed);
  }

  setKnobs(knobs: KnobRequest): void {
    this.trainer?.setKnobs(knobs);
    this.flush();
  }

  /** A finished run trains on: its budget grows by extraSteps (see extendedBudget); null when it cannot. */
  extendBudget(extraSteps: number): LabConfig | null {
    const { trainer, config } = this;
    const extended = trainer && config ? extendedBudget(trainer, config, extraSteps) : null;
    if (!extended) return null;
    this.config = extended;
    this.flush();
    return extended;
  }

  get status(): RunStatus {
    const { trainer } = this;
    if (!trainer) return 'ready';
    if (trainer.diverged) return 'diverged';
    if (trainer.finished) return 'finished';
    if (this.playing) return 'running';
    return trainer.step === 0 ? 'ready' : 'paused';
  }

  private scheduleLoop(delay = 0): void {
    if (this.loopPending) return;
    this.loopPending = true;
    const run = () => {
      this.loopPending = false;
      this.loop();
    };
    if (delay > 0) this.scheduler.later(delay, run);
    else this.scheduler.soon(run);
  }

  private watchContext(backend: string): void {
    this.stopWatchingContext();
    this.contextLost = false;
    this.stopWatchingContext = this.watchBackend(backend, () => (this.contextLost = true));
  }

  /**
   * After a lost WebGL context: the run store's latest save on another backend, the same run id (the page keeps
   * its charts, so the history restored into the log is not sent again), and a notice saying what happened.
   */
  private async recoverOnAnotherBackend(): Promise<void> {
    const { config, trainer: lost } = this;
    if (!config || !lost || this.recovering) return;
    this.recovering = true;
    const resume = this.playing;
    this.playing = false;
    this.trainer = null;
    const { trainer, report, notice } = await restoreOnFallbackBackend({ trainer: lost, config, runId: this.runId, keeping: this.keeping, resources: this.resources });
    this.trainer = trainer;
    this.stepThrough = new StepThrough(trainer);
    this.stream.followLog(trainer.metrics);
    this.stream.tell(notice, report);
    this.watchContext(report.backend);
    this.recovering = false;
    if (resume) this.play();
    else this.flush();
  }

  /** One slice of training, then a yield so that commands and batches get their turn. */
  private loop(): void {
    if (this.contextLost) {
      void this.recoverOnAnotherBackend();
      return;
    }
    const { trainer, scheduler } = this;
    if (!trainer || !this.playing) return;
    const { pacer } = this;
    const deadline = scheduler.now() + this.sliceMs;
    const owed = pacer.owed();
    for (let k = 0; k < owed && scheduler.now() < deadline && this.canTick(trainer); k++) {
      trainer.tick();
      pacer.counted();
    }
    if (owed > 0 && pacer.slowMotion) this.flush();
    // Never a save of a trainer whose context went during the slice: its weights are gone with it.
    if (this.config && !this.contextLost) this.keeping.periodic({ runId: this.runId, trainer, config: this.config });
    if (!this.canTick(trainer)) {
      this.playing = false;
      this.flush();
      return;
    }
    this.scheduleLoop(pacer.nextDelay());
  }

  private canTick(trainer: Trainer): boolean {
    return !trainer.finished && !trainer.diverged;
  }

  private startFlushTimer(): void {
    if (this.flushTimerRunning) return;
    this.flushTimerRunning = true;
    const beat = () => {
      this.flushIfNews();
      this.scheduler.later(this.batchIntervalMs, beat);
    };
    this.scheduler.later(this.batchIntervalMs, beat);
  }

  private flushIfNews(): void {
    const { trainer } = this;
    if (trainer && this.stream.hasNews({ trainer, status: this.status })) this.flush();
  }

  /** Posts everything new since the previous batch. */
  flush(): void {
    const { trainer, config, playing, stepThrough } = this;
    if (!trainer || !config) return;
    // The inspection is worked out only while someone can read it: paused, stepping, or in slow motion.
    const inspected = !playing || this.pacer.slowMotion;
    this.onBatch(this.stream.next({ trainer, config, runId: this.runId, status: this.status, playing, inspected, stepThrough }));
  }
}
