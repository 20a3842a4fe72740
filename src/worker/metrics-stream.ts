// The batched metric stream to the page: each batch carries what the run's log gained since the one before
// (sessions, updates, probes, evaluations, knob changes), the run's counters and speed, the followed shopper,
// and, once each, a notice and a change of backend.

import * as tf from '@tensorflow/tfjs';
import type { LabConfig } from '../contracts/lab-config';
import type { BackendReport, MetricsBatch, RunStatus, WorkerNotice } from '../contracts/protocol';
import type { MetricsLog } from '../engine/metrics-log';
import type { StepThrough } from '../engine/step-through';
import type { Trainer } from '../engine/trainer';
import { MetricsCursor } from './metrics-cursor';
import { followedStep } from './shopper-follower';

/** The run as a batch shows it. */
export interface StreamedRun {
  trainer: Trainer;
  config: LabConfig;
  runId: number;
  status: RunStatus;
  playing: boolean;
  /** Whether the page reads the inspector now (paused, stepping, or in slow motion): only then is it worked out. */
  inspected: boolean;
  stepThrough: StepThrough | null;
}

export class MetricsStream {
  private readonly now: () => number;
  private sequence = 0;
  private cursor = new MetricsCursor();
  private lastAt = 0;
  private lastStep = 0;
  private stepsPerSecond = 0;
  private lastStatus: RunStatus | null = null;
  private notice: WorkerNotice | null = null;
  private changedBackend: BackendReport | null = null;

  constructor(now: () => number) {
    this.now = now;
  }

  /** A new run: its batches count from 0 and carry its log from the start. */
  restart(): void {
    this.sequence = 0;
    this.cursor = new MetricsCursor();
    this.lastAt = this.now();
    this.lastStep = 0;
    this.stepsPerSecond = 0;
    this.lastStatus = null;
  }

  /** A new log of the same run (restored into another trainer), whose history the page already has. */
  followLog(metrics: MetricsLog): void {
    this.cursor = new MetricsCursor();
    this.cursor.skip(metrics);
  }

  /** The page has the history the log holds (a restored run's): batches send only what comes after it. */
  skipHistory(metrics: MetricsLog): void {
    this.cursor.skip(metrics);
  }

  /** Said once, in the next batch. */
  tell(notice: WorkerNotice, backend: BackendReport): void {
    this.notice = notice;
    this.changedBackend = backend;
  }

  /** True when a batch would tell the page something it has not heard. */
  hasNews(run: Pick<StreamedRun, 'trainer' | 'status'>): boolean {
    return run.status !== this.lastStatus || run.trainer.step !== this.lastStep || this.cursor.hasNews(run.trainer.metrics);
  }

  /** Everything new since the previous batch. */
  next(run: StreamedRun): MetricsBatch {
    const { trainer, config, status } = run;
    const now = this.now();
    const seconds = (now - this.lastAt) / 1000;
    if (!run.playing) this.stepsPerSecond = 0;
    else if (seconds >= 0.05) this.stepsPerSecond = (trainer.step - this.lastStep) / seconds;
    this.lastAt = now;
    this.lastStep = trainer.step;
    this.lastStatus = status;
    const drained = this.cursor.drain(trainer.metrics);
    const { notice, changedBackend } = this;
    this.notice = null;
    this.changedBackend = null;
    return {
      sequence: this.sequence++,
      runId: run.runId,
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
      followed: followedStep(trainer.env, trainer.actionBatch, trainer.step, run.stepThrough?.followedSlot ?? 0),
      tensors: tf.memory().numTensors,
      notice,
      backend: changedBackend,
      inspection: run.inspected ? (run.stepThrough?.inspect() ?? null) : null,
    };
  }
}
