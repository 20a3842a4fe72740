// Hosts one training run in the worker: the time-sliced loop, speed, knobs, and the batched metric stream.

import * as tf from '@tensorflow/tfjs';
import type { LabConfig } from '../contracts/lab-config';
import type { KnobRequest, TrainerCheckpoint } from '../contracts/trainer-state';
import type { Trainer } from '../engine/trainer';
import { MetricsCursor } from './metrics-cursor';
import type { BackendReport, MetricsBatch, RunReady, RunResume, RunSaved, RunSlot, RunStatus, Speed, StepUpdateRefusal, WebglReport, WorkerNotice } from '../contracts/protocol';
import { trainerFor } from '../engine/agent-for';
import { followedStep } from './shopper-follower';
import { RecoveryPoint } from './recovery-point';
import { RunKeeping } from './run-keeping';
import { memoryKeyValue, type KeyValueStore } from './run-store-backend';
import { resumeFromStore } from './stored-run-resume';
import { watchWebglContext } from './webgl-loss';
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
}

/** Milliseconds between saves of the state a lost WebGL context falls back to, and that the run store keeps. */
const RECOVERY_INTERVAL_MS = 5000;

export class TrainingSession {
  private readonly scheduler: LoopScheduler;
  private readonly resources: RunResources;
  private readonly sliceMs: number;
  private readonly batchIntervalMs: number;
  private trainer: Trainer | null = null;
  private config: LabConfig | null = null;
  private onBatch: (batch: MetricsBatch) => void = () => {};
  private runId = 0;
  private sequence = 0;
  private cursor = new MetricsCursor();
  private stepThrough: StepThrough | null = null;
  private playing = false;
  private loopPending = false;
  private readonly pacer: Pacer;
  private lastBatchAt = 0;
  private lastBatchStep = 0;
  private stepsPerSecond = 0;
  private lastStatus: RunStatus | null = null;
  private flushTimerRunning = false;
  /** Recovery from a lost WebGL context: the last good state, and what the page should hear. */
  private readonly recoveryPoint = new RecoveryPoint(RECOVERY_INTERVAL_MS);
  private stopWatchingContext: () => void = () => {};
  private contextLost = false;
  private recovering = false;
  private notice: WorkerNotice | null = null;
  private changedBackend: BackendReport | null = null;
  /** The run kept in the store, for a worker restarted after this one dies and for the reload offer. */
  readonly keeping: RunKeeping;

  constructor(options: SessionOptions) {
    this.scheduler = options.scheduler;
    this.resources = new RunResources(options.probeWebgl);
    this.pacer = new Pacer(() => this.scheduler.now());
    this.sliceMs = options.sliceMs ?? 30;
    this.batchIntervalMs = options.batchIntervalMs ?? 200;
    this.keeping = new RunKeeping(options.keyValue ?? (() => memoryKeyValue()), () => this.scheduler.now());
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
    if (this.trainer) this.cursor.skip(this.trainer.metrics);
  }

  /** Keeps the run in the store now, and periodically from now on; null when there is nothing to keep. */
  saveRun(presetName: string): Promise<RunSaved | null> {
    return this.keeping.request(
      presetName,
      () => (this.trainer && this.config && !this.trainer.diverged ? { runId: this.runId, trainer: this.trainer, config: this.config } : null),
      (trainer) => this.recoveryPoint.save(trainer, this.scheduler.now()),
    );
  }

  /** Marks the run restored from a stored state as the last good one. */
  restored(): void {
    if (this.trainer) this.recoveryPoint.save(this.trainer, this.scheduler.now());
  }

  /**
   * The run's state now, for a model file: the recovery point saved afresh (into its own arrays, so an
   * autosave allocates no second copy of the replay memory), or a plain checkpoint of a run that diverged.
   */
  checkpointNow(trainer: Trainer): TrainerCheckpoint {
    return this.recoveryPoint.save(trainer, this.scheduler.now())?.checkpoint ?? trainer.saveCheckpoint();
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
    this.recoveryPoint.clear();
    this.recoveryPoint.save(trainer, this.scheduler.now());
    this.sequence = 0;
    this.cursor = new MetricsCursor();
    this.stepThrough = new StepThrough(trainer);
    this.lastBatchAt = this.scheduler.now();
    this.lastBatchStep = 0;
    this.stepsPerSecond = 0;
    this.lastStatus = null;
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
    this.stopWatchingContext = backend === 'webgl' ? watchWebglContext(() => (this.contextLost = true)) : () => {};
  }

  /**
   * After a lost WebGL context: the last good state on another backend, the same run id (the page keeps
   * its charts), and a notice saying what happened.
   */
  private async recoverOnAnotherBackend(): Promise<void> {
    const { config, trainer: lost } = this;
    const saved = this.recoveryPoint.latest;
    if (!config || !lost || !saved || this.recovering) return;
    this.recovering = true;
    const resume = this.playing;
    this.playing = false;
    this.trainer = null;
    const { trainer, report, notice } = await restoreOnFallbackBackend(lost, config, saved, this.resources);
    this.trainer = trainer;
    this.stepThrough = new StepThrough(trainer);
    this.cursor = new MetricsCursor();
    this.watchContext(report.backend);
    this.changedBackend = report;
    this.notice = notice;
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
    const beforeSave = scheduler.now();
    const point = this.recoveryPoint.saveIfDue(trainer, beforeSave);
    if (point && this.config) this.keeping.periodic(point, { runId: this.runId, trainer, config: this.config }, scheduler.now() - beforeSave);
    if (!this.canTick(trainer)) {
      this.playing = false;
      this.flush();
      return;
    }
    this.scheduleLoop(pacer.nextDelay());
  }

  private takeNotice(): WorkerNotice | null {
    const { notice } = this;
    this.notice = null;
    return notice;
  }

  private takeChangedBackend(): BackendReport | null {
    const report = this.changedBackend;
    this.changedBackend = null;
    return report;
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
    if (!trainer) return;
    if (this.status !== this.lastStatus || trainer.step !== this.lastBatchStep || this.cursor.hasNews(trainer.metrics)) this.flush();
  }

  /** Posts everything new since the previous batch. */
  flush(): void {
    const { trainer, config } = this;
    if (!trainer || !config) return;
    const now = this.scheduler.now();
    const seconds = (now - this.lastBatchAt) / 1000;
    if (!this.playing) this.stepsPerSecond = 0;
    else if (seconds >= 0.05) this.stepsPerSecond = (trainer.step - this.lastBatchStep) / seconds;
    this.lastBatchAt = now;
    this.lastBatchStep = trainer.step;
    const status = this.status;
    this.lastStatus = status;
    const drained = this.cursor.drain(trainer.metrics);
    this.onBatch({
      sequence: this.sequence++,
      runId: this.runId,
      status,
      divergence: trainer.divergence ? { ...trainer.divergence } : null,
      step: trainer.step,
      totalSteps: config.training.totalSteps,
      updates: trainer.updates,
      trainingSeconds: trainer.elapsedMs / 1000,
      stepsPerSecond: this.stepsPerSecond,
      knobs: trainer.knobValues,
      sessions: drained.sessions,
      updatesColumns: drained.updates,
      probes: drained.probes,
      evaluations: drained.evaluations,
      knobChanges: drained.knobChanges,
      followed: followedStep(trainer.env, trainer.actionBatch, trainer.step, this.stepThrough?.followedSlot ?? 0),
      tensors: tf.memory().numTensors,
      notice: this.takeNotice(),
      backend: this.takeChangedBackend(),
      // Worked out only while someone can read it: paused, stepping, or in slow motion.
      inspection: this.playing && !this.pacer.slowMotion ? null : (this.stepThrough?.inspect() ?? null),
    });
  }
}
