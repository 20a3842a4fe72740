// Hosts one training run in the worker: the time-sliced loop, speed, knobs, and the batched metric stream.

import type { LabConfig } from '../engine/lab-config';
import type { KnobRequest, Trainer } from '../engine/trainer';
import type { BackendName } from '../engine/training-config';
import { selectBackend } from './backend-selection';
import { MetricsCursor } from './metrics-cursor';
import type { BackendReport, MetricsBatch, ReferenceResult, RunReady, RunStatus, Speed, WebglReport } from './protocol';
import { trainerFor } from '../engine/agent-for';
import { evaluateReferences, referenceKey } from './run-factory';
import { ShopperFollower } from './shopper-follower';

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
}

/** Slow-motion speeds at or below this post a batch after every step, so each one can be watched. */
const STEP_BY_STEP_SPEED = 10;

export class TrainingSession {
  private readonly scheduler: LoopScheduler;
  private readonly probe: () => WebglReport;
  private readonly sliceMs: number;
  private readonly batchIntervalMs: number;
  private trainer: Trainer | null = null;
  private config: LabConfig | null = null;
  private onBatch: (batch: MetricsBatch) => void = () => {};
  private runId = 0;
  private sequence = 0;
  private cursor = new MetricsCursor();
  private follower = new ShopperFollower();
  private playing = false;
  private loopPending = false;
  private speed: Speed = 'max';
  /** Paced speeds: ticks owed since rateStartedAt. */
  private rateStartedAt = 0;
  private ticksSinceRateStart = 0;
  private lastBatchAt = 0;
  private lastBatchStep = 0;
  private stepsPerSecond = 0;
  private lastStatus: RunStatus | null = null;
  private webgl: WebglReport | null = null;
  private backend: { key: string; report: BackendReport } | null = null;
  private readonly referenceCache = new Map<string, ReferenceResult[]>();
  private flushTimerRunning = false;

  constructor(options: SessionOptions) {
    this.scheduler = options.scheduler;
    this.probe = options.probeWebgl;
    this.sliceMs = options.sliceMs ?? 30;
    this.batchIntervalMs = options.batchIntervalMs ?? 200;
  }

  async init(config: LabConfig, onBatch: (batch: MetricsBatch) => void): Promise<RunReady> {
    this.onBatch = onBatch;
    return this.reset(config);
  }

  /** A fresh run, paused at step 0; the backend is re-chosen only when the request or the network changes. */
  async reset(config: LabConfig | undefined = this.config ?? undefined): Promise<RunReady> {
    if (!config) throw new Error('reset needs a config before the first init');
    this.playing = false;
    this.trainer?.dispose();
    this.trainer = null;
    this.runId += 1;
    const runId = this.runId;
    const backend = await this.backendFor(config);
    const trainer = trainerFor(config);
    const references = this.referencesFor(config, trainer);
    if (runId !== this.runId) {
      trainer.dispose(); // a newer reset overtook this one
      throw new Error('superseded by a newer reset');
    }
    this.trainer = trainer;
    this.config = config;
    this.sequence = 0;
    this.cursor = new MetricsCursor();
    this.follower = new ShopperFollower();
    this.lastBatchAt = this.scheduler.now();
    this.lastBatchStep = 0;
    this.stepsPerSecond = 0;
    this.lastStatus = null;
    this.flush();
    this.startFlushTimer();
    return { runId, config, backend, references, knobs: trainer.knobValues };
  }

  play(): void {
    if (!this.trainer || this.trainer.finished || this.trainer.diverged) return;
    this.playing = true;
    this.restartPacing();
    this.scheduleLoop();
    this.flush();
  }

  pause(): void {
    this.playing = false;
    this.flush();
  }

  stepOnce(): void {
    const { trainer } = this;
    if (!trainer || this.playing) return;
    this.tick(trainer);
    this.flush();
  }

  setSpeed(speed: Speed): void {
    this.speed = speed === 'max' || !(speed > 0) ? 'max' : speed;
    this.restartPacing();
  }

  setKnobs(knobs: KnobRequest): void {
    this.trainer?.setKnobs(knobs);
    this.flush();
  }

  get status(): RunStatus {
    const { trainer } = this;
    if (!trainer) return 'ready';
    if (trainer.diverged) return 'diverged';
    if (trainer.finished) return 'finished';
    if (this.playing) return 'running';
    return trainer.step === 0 ? 'ready' : 'paused';
  }

  private async backendFor(config: LabConfig): Promise<BackendReport> {
    const requested: BackendName = config.training.backend;
    const network = config.agent === 'dqn' ? config.dqn : null;
    const key = JSON.stringify([requested, network && [network.hiddenWidth, network.hiddenLayerCount, network.dueling, network.batchSize, network.optimizer]]);
    if (this.backend?.key === key) return this.backend.report;
    this.webgl ??= this.probe();
    const report = await selectBackend(requested, network, this.webgl);
    this.backend = { key, report };
    return report;
  }

  private referencesFor(config: LabConfig, trainer: Trainer): ReferenceResult[] {
    const key = referenceKey(config);
    let references = this.referenceCache.get(key);
    if (!references) {
      references = evaluateReferences(trainer, config.training.trainingSeed);
      this.referenceCache.set(key, references);
    }
    return references;
  }

  private restartPacing(): void {
    this.rateStartedAt = this.scheduler.now();
    this.ticksSinceRateStart = 0;
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

  /** One slice of training, then a yield so that commands and batches get their turn. */
  private loop(): void {
    const { trainer, scheduler } = this;
    if (!trainer || !this.playing) return;
    const deadline = scheduler.now() + this.sliceMs;
    if (this.speed === 'max') {
      while (scheduler.now() < deadline && this.canTick(trainer)) this.tick(trainer);
    } else {
      const owed = Math.floor(((scheduler.now() - this.rateStartedAt) * this.speed) / 1000) - this.ticksSinceRateStart;
      for (let k = 0; k < owed && scheduler.now() < deadline && this.canTick(trainer); k++) {
        this.tick(trainer);
        this.ticksSinceRateStart += 1;
      }
      if (owed > 0 && this.speed <= STEP_BY_STEP_SPEED) this.flush();
    }
    if (!this.canTick(trainer)) {
      this.playing = false;
      this.flush();
      return;
    }
    if (this.speed === 'max') this.scheduleLoop();
    else {
      const nextDue = this.rateStartedAt + ((this.ticksSinceRateStart + 1) * 1000) / this.speed;
      this.scheduleLoop(Math.max(0, nextDue - scheduler.now()));
    }
  }

  private canTick(trainer: Trainer): boolean {
    return !trainer.finished && !trainer.diverged;
  }

  private tick(trainer: Trainer): void {
    this.follower.beforeTick(trainer.env);
    trainer.tick();
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
      followed: this.follower.snapshot(trainer.env, trainer.actionBatch, trainer.step),
    });
  }
}
