// The training loop: N shoppers in parallel through the batched environment — act, store, learn, sync —
// streaming metrics, evaluating greedily on the fixed cohort, and stopping cleanly on divergence.

import { createActionBatch, type Agent, type ReplayHolding, type TransitionBatch } from '../agents/agent';
import { agentKindById } from '../agents/kinds/descriptions';
import { createCatalog, type Catalog } from '../sim/catalog';
import { BatchedShopperEnv } from '../sim/env';
import { EvaluationCohort } from '../sim/evaluation';
import { StreamId, deriveSeed } from '../sim/random';
import { ITEM_COUNT, OBSERVATION_SIZE, type SimSettings } from '../sim/settings';
import type { EvaluationRecord, KnobName } from '../contracts/metrics';
import { MetricsLog } from './metrics-log';
import { linearSchedule, sameSchedule, scheduleOf, type ExplorationSchedule } from '../contracts/schedules';
import type { TrainingConfig } from '../contracts/training-config';
import { CheckpointError } from '../contracts/checkpoint-refusal';
import { InconsistentSnapshotError } from '../sim/snapshot-check';
import type { Divergence, DivergenceCause, KnobRequest, KnobValues, TrainerCheckpoint, TrainerStatus, UpdateRefusal } from '../contracts/trainer-state';

export interface TrainerSetup {
  sim: SimSettings;
  /** The simulator the evaluation scores with (the shop's own reward), when it differs from the training reward. */
  evaluationSim?: SimSettings;
  training: TrainingConfig;
  /** Builds the agent for this catalog; the trainer owns and disposes it. */
  createAgent: (catalog: Catalog) => Agent;
  /** Milliseconds clock; injectable for tests. */
  now?: () => number;
}

/** Updates between two probe measurements of mean max Q. */
const PROBE_INTERVAL = 50;

export class Trainer {
  readonly sim: SimSettings;
  /** The run's training settings; only the budget changes after the start (setBudget). */
  private trainingSettings: TrainingConfig;
  readonly catalog: Catalog;
  readonly env: BatchedShopperEnv;
  readonly agent: Agent;
  readonly cohort: EvaluationCohort;
  readonly metrics = new MetricsLog();
  readonly actionBatch;
  /** Fixed observations whose mean max Q is charted: start states of the cohort's first shoppers. */
  readonly probeObservations: Float32Array;
  /** Rows of probeObservations: probeStates, or fewer when the cohort has fewer shoppers. */
  readonly probeCount: number;

  status: TrainerStatus = 'ready';
  divergence: Divergence | undefined;
  /** Environment steps taken (one per shopper per tick). */
  step = 0;
  updates = 0;
  /** Wall-clock milliseconds spent in tick(), evaluations included. */
  elapsedMs = 0;

  private readonly now: () => number;
  private readonly transitions: TransitionBatch;
  private knobs: { learningRate: number; discount: number };
  private explorationOverride: number | undefined;
  private explorationSchedule: ExplorationSchedule;
  private transitionsSinceTrain = 0;
  private nextEvaluationAt: number;
  /** Step-through state: the next slot of the round, the round's epsilon, and the slot stepped last. */
  private roundSlot = 0;
  private roundExploration = 0;
  private lastSteppedSlot = -1;

  constructor(setup: TrainerSetup, knobs: { learningRate: number; discount: number }) {
    this.sim = setup.sim;
    this.trainingSettings = setup.training;
    this.now = setup.now ?? (() => performance.now());
    const { training } = this;
    this.catalog = createCatalog(this.sim, training.catalogSeed);
    this.env = new BatchedShopperEnv({
      settings: this.sim,
      catalog: this.catalog,
      sessions: training.parallelSessions,
      shopperSeed: deriveSeed(training.trainingSeed, StreamId.shoppers),
      environmentSeed: deriveSeed(training.trainingSeed, StreamId.environment),
    });
    this.cohort = new EvaluationCohort({ settings: setup.evaluationSim ?? this.sim, catalog: this.catalog, shoppers: training.evaluationShoppers, seed: training.evaluationSeed });
    this.probeObservations = this.cohort.createEnv(training.probeStates).observations.slice();
    this.probeCount = this.probeObservations.length / OBSERVATION_SIZE;
    this.agent = setup.createAgent(this.catalog);
    this.knobs = { ...knobs };
    this.agent.setKnobs(this.knobs);
    this.actionBatch = createActionBatch(training.parallelSessions, ITEM_COUNT);
    this.transitions = {
      count: training.parallelSessions,
      observations: new Float32Array(training.parallelSessions * OBSERVATION_SIZE),
      actions: this.actionBatch.actions,
      rewards: this.env.rewards,
      nextObservations: this.env.nextObservations,
      done: this.env.done,
    };
    this.nextEvaluationAt = training.evaluationInterval;
    this.explorationSchedule = scheduleOf(training);
  }

  get training(): TrainingConfig {
    return this.trainingSettings;
  }

  /** A new step budget (a finished run extended to train on); a copy, since the config object may be shared. */
  setBudget(totalSteps: number): void {
    this.trainingSettings = { ...this.trainingSettings, totalSteps };
  }

  get knobValues(): KnobValues {
    return { ...this.knobs, explorationRate: this.explorationRate() };
  }

  get diverged(): boolean {
    return this.status === 'diverged';
  }

  get finished(): boolean {
    return this.step >= this.training.totalSteps;
  }

  explorationRate(): number {
    if (this.explorationOverride !== undefined) return this.explorationOverride;
    const { explorationStart, explorationEnd, explorationDecaySteps } = this.explorationSchedule;
    return linearSchedule(explorationStart, explorationEnd, explorationDecaySteps, this.step);
  }

  /** Turns knobs mid-run; each real change is recorded so that charts can mark it. */
  setKnobs(change: KnobRequest): void {
    const record = (knob: KnobName, from: number, to: number) => {
      if (from !== to) this.metrics.knobChanges.push({ step: this.step, knob, from, to });
    };
    if (change.explorationSchedule) this.followSchedule(change.explorationSchedule);
    if (change.learningRate !== undefined) record('learningRate', this.knobs.learningRate, change.learningRate);
    if (change.discount !== undefined) record('discount', this.knobs.discount, change.discount);
    if (change.explorationRate !== undefined) {
      record('explorationRate', this.explorationRate(), change.explorationRate);
      // A hand-set epsilon replaces the schedule for the rest of the run.
      this.explorationOverride = change.explorationRate;
    }
    this.knobs = {
      learningRate: change.learningRate ?? this.knobs.learningRate,
      discount: change.discount ?? this.knobs.discount,
    };
    this.agent.setKnobs(this.knobs);
  }

  /** epsilon follows this schedule from now on (at this step's point of it); the change is marked even when epsilon's value stays. */
  private followSchedule(schedule: ExplorationSchedule): void {
    if (this.explorationOverride === undefined && sameSchedule(schedule, this.explorationSchedule)) return;
    const from = this.explorationRate();
    this.explorationOverride = undefined;
    this.explorationSchedule = scheduleOf(schedule);
    this.metrics.knobChanges.push({ step: this.step, knob: 'explorationRate', from, to: this.explorationRate(), schedule: true });
  }

  /** One environment step of every shopper (the rest of the round when one is under way), then the learning it makes due. */
  tick(): void {
    this.advance(this.env.sessions);
  }

  /**
   * One recommendation to the next shopper in turn: the shoppers of a round take their turns one by one,
   * and the round's last turn brings the learning it makes due. A whole round is exactly one tick.
   */
  stepShopper(): void {
    this.advance(this.roundSlot + 1);
  }

  /** The slot whose step is the most recent transition (-1 before the first step). */
  get lastSlot(): number {
    return this.lastSteppedSlot;
  }

  /** s of the current round's transitions (slots x 20): the observations the round's actions answer. */
  get roundObservations(): Float32Array {
    return this.transitions.observations;
  }

  /** The next slot to step in the current round (0 between rounds). */
  get nextSlot(): number {
    return this.roundSlot;
  }

  /** epsilon of the current round's actions (the one the next round will use, between rounds). */
  get roundExplorationRate(): number {
    return this.roundSlot === 0 ? this.explorationRate() : this.roundExploration;
  }

  /**
   * One gradient update now, outside the schedule (a student stepping through learning). Returns null,
   * or why the agent cannot make one (the page words the reason).
   */
  updateOnce(): UpdateRefusal | null {
    if (this.diverged) return 'diverged';
    // A table updated on every environment step has no separate update; a reference policy none at all.
    const learning = agentKindById(this.agent.kind)?.learning;
    if (learning === 'every-step') return 'learns-every-step';
    if (learning === 'none') return 'does-not-learn';
    if (!this.agent.readyToLearn()) return 'replay-filling';
    const started = this.now();
    this.learnOnce(this.roundExplorationRate);
    this.elapsedMs += this.now() - started;
    return null;
  }

  private advance(endSlot: number): void {
    if (this.diverged || this.finished) return;
    const started = this.now();
    this.status = 'running';
    const { env, agent, training } = this;
    if (this.roundSlot === 0) {
      this.roundExploration = this.explorationRate();
      agent.act(env, this.roundExploration, this.actionBatch);
      this.transitions.observations.set(env.observations);
    }
    const firstSlot = this.roundSlot;
    env.step(this.actionBatch.actions, firstSlot, endSlot);
    agent.remember(this.transitions, firstSlot, endSlot);
    this.step += endSlot - firstSlot;
    this.recordFinishedSessions(firstSlot, endSlot);
    this.lastSteppedSlot = endSlot - 1;
    this.transitionsSinceTrain += endSlot - firstSlot;
    this.roundSlot = endSlot % env.sessions;
    if (this.roundSlot === 0) {
      if (agent.readyToLearn()) {
        while (this.transitionsSinceTrain >= training.trainFrequency && !this.diverged) {
          this.transitionsSinceTrain -= training.trainFrequency;
          for (let k = 0; k < training.updatesPerTrain && !this.diverged; k++) this.learnOnce(this.roundExploration);
        }
      } else {
        this.transitionsSinceTrain = 0;
      }
    }
    this.elapsedMs += this.now() - started;
    if (this.step >= this.nextEvaluationAt || this.finished) {
      this.nextEvaluationAt = (Math.floor(this.step / training.evaluationInterval) + 1) * training.evaluationInterval;
      this.evaluate(); // adds its own time
    }
    if (this.finished && !this.diverged) this.status = 'finished';
  }

  /** Ticks until the time budget is spent, the budget of steps is reached or the run diverges. */
  runFor(milliseconds: number): void {
    const deadline = this.now() + milliseconds;
    while (this.now() < deadline && !this.finished && !this.diverged) this.tick();
  }

  /** Greedy evaluation on the fixed cohort, recorded (its time counts as training time). */
  evaluate(): EvaluationRecord {
    const started = this.now();
    const result = this.cohort.evaluate(this.agent.greedyPolicy());
    this.elapsedMs += this.now() - started;
    const record: EvaluationRecord = { ...result, policy: this.agent.name, step: this.step, seconds: this.elapsedMs / 1000 };
    this.metrics.evaluations.push(record);
    return record;
  }

  /** The run's whole state, every array a copy: the caller's to keep (a model file, a test). */
  saveCheckpoint(): TrainerCheckpoint {
    return this.checkpoint('copied');
  }

  /**
   * The run's state with the replay memory's columns as the live buffer's own arrays (everything else copied):
   * valid only until the next tick. For the run store, which cuts out the chunks it writes before training goes
   * on, so a periodic save copies the memory's new rows and never the whole memory.
   */
  liveCheckpoint(): TrainerCheckpoint {
    return this.checkpoint('live');
  }

  private checkpoint(replay: ReplayHolding): TrainerCheckpoint {
    return {
      step: this.step,
      updates: this.updates,
      elapsedMs: this.elapsedMs,
      knobs: { ...this.knobs },
      explorationOverride: this.explorationOverride ?? Number.NaN,
      explorationSchedule: { ...this.explorationSchedule },
      transitionsSinceTrain: this.transitionsSinceTrain,
      nextEvaluationAt: this.nextEvaluationAt,
      round: {
        slot: this.roundSlot,
        lastSlot: this.lastSteppedSlot,
        explorationRate: this.roundExploration,
        actions: this.actionBatch.actions.slice(),
        explored: this.actionBatch.explored.slice(),
        qValues: this.actionBatch.qValues.slice(),
        observations: this.transitions.observations.slice(),
      },
      env: this.env.snapshot(),
      agent: this.agent.saveCheckpoint(replay),
    };
  }

  /** Restores a checkpoint of a run with the same config; throws a CheckpointError and changes nothing otherwise. */
  loadCheckpoint(checkpoint: TrainerCheckpoint): void {
    const { round } = checkpoint;
    if (!round || round.actions?.length !== this.actionBatch.actions.length || round.observations?.length !== this.transitions.observations.length) {
      throw new CheckpointError({ code: 'round-state' });
    }
    const envBefore = this.env.snapshot();
    try {
      this.env.restore(checkpoint.env);
    } catch (error) {
      // The environment checks every array, and that its numbers belong together, before it changes any.
      if (error instanceof InconsistentSnapshotError) throw new CheckpointError({ code: 'env-inconsistent', ...error.inconsistency });
      throw new CheckpointError({ code: 'env-state' });
    }
    try {
      this.agent.loadCheckpoint(checkpoint.agent);
    } catch (error) {
      this.env.restore(envBefore);
      throw error;
    }
    this.step = checkpoint.step;
    this.updates = checkpoint.updates;
    this.elapsedMs = checkpoint.elapsedMs;
    this.knobs = { ...checkpoint.knobs };
    this.agent.setKnobs(this.knobs);
    this.explorationOverride = Number.isNaN(checkpoint.explorationOverride) ? undefined : checkpoint.explorationOverride;
    this.explorationSchedule = scheduleOf(checkpoint.explorationSchedule ?? this.training);
    this.transitionsSinceTrain = checkpoint.transitionsSinceTrain;
    this.nextEvaluationAt = checkpoint.nextEvaluationAt;
    this.roundSlot = round.slot;
    this.lastSteppedSlot = round.lastSlot;
    this.roundExploration = round.explorationRate;
    this.actionBatch.actions.set(round.actions);
    this.actionBatch.explored.set(round.explored);
    this.actionBatch.qValues.set(round.qValues);
    this.transitions.observations.set(round.observations);
    this.status = this.finished ? 'finished' : 'paused';
    this.divergence = undefined;
  }

  dispose(): void {
    this.agent.dispose();
  }

  private learnOnce(explorationRate: number): void {
    let stats;
    try {
      stats = this.agent.learn();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.diverge(message, { kind: 'error', message });
      return;
    }
    if (!stats) return;
    this.updates += 1;
    const finite = Number.isFinite(stats.loss) && Number.isFinite(stats.maxQ) && Number.isFinite(stats.meanQ);
    this.metrics.updates.push({ step: this.step, update: this.updates, ...stats, explorationRate });
    if (!finite || !this.agent.isFinite()) {
      this.diverge(`the loss or a Q-value stopped being a finite number (loss ${stats.loss}, max Q ${stats.maxQ})`, { kind: 'non-finite', loss: stats.loss, maxQ: stats.maxQ });
      return;
    }
    if (this.updates % PROBE_INTERVAL === 0) {
      this.metrics.probes.push({ step: this.step, meanMaxQ: this.agent.probeMaxQ(this.probeObservations, this.probeCount) });
    }
  }

  private diverge(reason: string, cause: DivergenceCause): void {
    this.status = 'diverged';
    this.divergence = { step: this.step, update: this.updates, reason, cause };
  }

  private recordFinishedSessions(firstSlot: number, endSlot: number): void {
    const { env } = this;
    for (let slot = firstSlot; slot < endSlot; slot++) {
      if (!env.done[slot]) continue;
      this.metrics.sessions.push({
        step: this.step,
        shopper: env.finishedShopper[slot],
        sessionReturn: env.finishedReturn[slot],
        length: env.finishedLength[slot],
        clicks: env.finishedClicks[slot],
        buys: env.finishedBuys[slot],
        finalTrust: env.finishedTrust[slot],
      });
    }
  }
}
