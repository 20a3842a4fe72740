// The DQN agent: epsilon-greedy acting, n-step replay, one gradient update per learn() and target sync.

import { RandomStream, StreamId, deriveSeed } from '../sim/random';
import type { BatchedShopperEnv } from '../sim/env';
import type { Policy } from '../sim/policies';
import { ITEM_COUNT, OBSERVATION_SIZE } from '../sim/settings';
import type { ActionBatch, Agent, LiveKnobs, ReplayHolding, TransitionBatch, UpdateStats } from './agent';
import type { AgentCheckpoint } from '../contracts/agent-checkpoint';
import { dqnSignature, loadDqnCheckpoint, saveDqnCheckpoint, type DqnCheckpointParts } from './dqn-checkpoint';
import type { DqnConfig } from './kinds/dqn/description';
import { computeUpdate, createUpdateScratch, type UpdateOptions, type UpdateScratch } from './dqn-update';
import { MultiStepAccumulator } from './multi-step';
import { encodingShape } from './observation-encoding';
import { initialParameters, type NetworkShape } from './network';
import type { OptimizerStep } from './optimizer';
import { QNetworks } from './q-networks';
import { ReplayBuffer } from './replay-buffer';
import { createBatchInspection, readUpdate, type BatchInspection } from './update-read-back';

export interface DqnAgentOptions {
  config: DqnConfig;
  /** Seeds the initial weights, exploration and replay sampling (each its own stream). */
  seed: number;
  /** Session slots of the training environment (one n-step queue each). */
  sessions: number;
}

export class DqnAgent implements Agent {
  readonly kind = 'dqn' as const;
  readonly name: string;
  readonly config: DqnConfig;
  readonly sessions: number;
  readonly networks: QNetworks;
  readonly replay: ReplayBuffer;
  readonly accumulator: MultiStepAccumulator;
  private readonly actionRandom: RandomStream;
  private readonly replayRandom: RandomStream;
  private readonly scratch: UpdateScratch;
  private readonly inspection: BatchInspection;
  private updates = 0;
  private optimizerSteps = 0;
  private rejectedUpdates = 0;
  private finite = true;

  constructor(options: DqnAgentOptions) {
    const config = { ...options.config };
    this.config = config;
    this.sessions = options.sessions;
    this.name = config.doubleDqn ? 'Double DQN' : 'DQN';
    const encoding = encodingShape(config.inputEncoding);
    const shape: NetworkShape = {
      inputSize: encoding.inputSize,
      rowsPerObservation: encoding.rowsPerObservation,
      hiddenWidth: config.hiddenWidth,
      hiddenLayerCount: config.hiddenLayerCount,
      actionCount: encoding.outputSize,
      dueling: config.dueling,
    };
    const initial = initialParameters(shape, new RandomStream(deriveSeed(options.seed, StreamId.weights)));
    this.networks = new QNetworks(shape, initial, config.inputEncoding);
    if (config.policyAveraging > 0) this.networks.startAveraging();
    this.actionRandom = new RandomStream(deriveSeed(options.seed, StreamId.agent));
    this.replayRandom = new RandomStream(deriveSeed(options.seed, StreamId.replay));
    this.replay = new ReplayBuffer(config.replayCapacity, OBSERVATION_SIZE, config.multiStep);
    this.accumulator = new MultiStepAccumulator(options.sessions, config.multiStep, OBSERVATION_SIZE);
    this.scratch = createUpdateScratch(config.batchSize, shape.actionCount);
    this.inspection = createBatchInspection(config.batchSize, OBSERVATION_SIZE);
  }

  /** Gradient updates applied so far (rejected non-finite updates do not count). */
  get updateCount(): number {
    return this.updates;
  }

  /** Updates rejected because they would have made a weight or the loss non-finite. */
  get rejectedUpdateCount(): number {
    return this.rejectedUpdates;
  }

  /** The last minibatch (valid after the first learn()). */
  get lastBatch(): Readonly<BatchInspection> {
    return this.inspection;
  }

  act(env: BatchedShopperEnv, explorationRate: number, out: ActionBatch): void {
    const q = this.networks.predictInto(env.observations, env.sessions, out.qValues);
    for (let slot = 0; slot < env.sessions; slot++) {
      const explore = this.actionRandom.next() < explorationRate;
      out.explored[slot] = explore ? 1 : 0;
      out.actions[slot] = explore ? this.actionRandom.integer(ITEM_COUNT) : argMax(q, slot * ITEM_COUNT, ITEM_COUNT);
    }
  }

  remember(batch: TransitionBatch, firstSlot = 0, endSlot = batch.count): void {
    this.accumulator.push(batch, this.replay, firstSlot, endSlot);
  }

  readyToLearn(): boolean {
    return this.replay.size >= Math.max(1, this.config.learningStarts);
  }

  /**
   * One gradient update: sample -> targets -> loss -> step -> sync. q-learning-update.ts writes the same update
   * with autodiff, for reading; this one runs it as a few fused kernels (dqn-update.ts).
   *
   * A non-finite update is never applied: the agent keeps the last finite weights, moments and counters,
   * returns that update's statistics (with their NaN or infinity) and reports isFinite() = false until an
   * update succeeds again or a checkpoint is loaded.
   */
  learn(): UpdateStats | null {
    if (!this.readyToLearn()) return null;
    // Sample: a minibatch of m-step transitions, R = sum over k < m of gamma^k r_k and gamma^m (0 where the session ended).
    const batch = this.inspection.batch;
    this.replay.sample(this.replayRandom, batch, this.config.discount, this.config.rewardScale);
    // Targets and loss: y = R + gamma^m Q_target(s', a*) and L = mean loss(y - Q(s, a)), with the optimizer's new
    // weights from dL/dtheta, as tensors in one pass; one read-back gives the statistics and the inspector's numbers.
    const { step, packed } = computeUpdate(this.networks, batch, this.scratch, this.updateOptions());
    const { stats, finite } = readUpdate(packed, this.inspection);
    this.finite = finite;
    // Step: the new weights and moments replace the old ones, unless any of them is not finite.
    if (!finite) return this.reject(step, stats);
    this.networks.acceptStep(step);
    this.optimizerSteps += 1;
    this.updates += 1;
    // Sync: the target network follows the online one, and the greedy policy's average takes in the new weights.
    this.syncTarget();
    this.networks.blendAverage(averagingRate(this.config.policyAveraging, this.updates));
    return stats;
  }

  private updateOptions(): UpdateOptions {
    const { config } = this;
    return {
      loss: config.loss,
      optimizer: config.optimizer,
      learningRate: this.stepSize(),
      optimizerStep: this.optimizerSteps + 1,
      gradientClipNorm: config.gradientClipNorm,
      doubleDqn: config.doubleDqn,
      targetIsOnline: config.targetUpdate === 'none',
    };
  }

  /** Drops a non-finite step: the weights, moments and counters stay as they were. */
  private reject(step: OptimizerStep, stats: UpdateStats): UpdateStats {
    step.parameters.dispose();
    step.firstMoment.dispose();
    step.secondMoment.dispose();
    this.rejectedUpdates += 1;
    return stats;
  }

  /** alpha of the next update: the set alpha, halved every learningRateHalfLife updates when that is not 0. */
  stepSize(): number {
    const { learningRate, learningRateHalfLife } = this.config;
    return learningRateHalfLife > 0 ? learningRate * 0.5 ** (this.updates / learningRateHalfLife) : learningRate;
  }

  /** Target update after each applied update: a hard copy every C updates, or a soft blend with tau. */
  private syncTarget(): void {
    const { targetUpdate, targetSyncInterval, targetSoftRate } = this.config;
    if (targetUpdate === 'hard' && this.updates % Math.max(1, Math.round(targetSyncInterval)) === 0) this.networks.copyToTarget();
    else if (targetUpdate === 'soft') this.networks.blendTarget(targetSoftRate);
  }

  setKnobs(knobs: LiveKnobs): void {
    this.config.learningRate = knobs.learningRate;
    this.config.discount = knobs.discount;
  }

  probeMaxQ(observations: Float32Array, count: number): number {
    if (count < 1) return 0;
    const q = this.networks.predict(observations, count);
    let sum = 0;
    for (let row = 0; row < count; row++) sum += q[row * ITEM_COUNT + argMax(q, row * ITEM_COUNT, ITEM_COUNT)];
    return sum / count;
  }

  greedyValues(observations: Float32Array, rows: number): Float32Array {
    return this.networks.predictAveraged(observations, rows);
  }

  greedyPolicy(): Policy {
    const networks = this.networks;
    return {
      name: this.name,
      chooseActions(env, actions) {
        // The greedy policy is the averaged network's when the agent keeps one (steadier than the latest weights).
        const q = networks.predictAveraged(env.observations, env.sessions);
        for (let slot = 0; slot < env.sessions; slot++) actions[slot] = argMax(q, slot * ITEM_COUNT, ITEM_COUNT);
      },
    };
  }

  /** Target Q-values for rows observations, for inspectors. */
  targetQValues(observations: Float32Array, rows: number): Float32Array {
    return this.networks.predict(observations, rows, this.config.targetUpdate !== 'none');
  }

  private checkpointParts(): DqnCheckpointParts {
    return { signature: dqnSignature(this.networks.shape, this.config, this.sessions), networks: this.networks, replay: this.replay, accumulator: this.accumulator, actionRandom: this.actionRandom, replayRandom: this.replayRandom };
  }

  saveCheckpoint(replay?: ReplayHolding): AgentCheckpoint {
    return saveDqnCheckpoint(this.checkpointParts(), { updates: this.updates, optimizerSteps: this.optimizerSteps, learningRate: this.config.learningRate, discount: this.config.discount }, replay);
  }

  loadCheckpoint(checkpoint: AgentCheckpoint): void {
    const counters = loadDqnCheckpoint(this.checkpointParts(), checkpoint);
    this.updates = counters.updates;
    this.optimizerSteps = counters.optimizerSteps;
    this.config.learningRate = counters.learningRate;
    this.config.discount = counters.discount;
    this.finite = true;
  }

  isFinite(): boolean {
    return this.finite;
  }

  dispose(): void {
    this.networks.dispose();
  }
}

/** The share of the new weights in the policy's average after update n: the set rate, or 1 / n while that is larger (the plain mean of the updates so far, so that a small rate does not keep the initial weights for long). */
export function averagingRate(rate: number, updates: number): number {
  return rate > 0 ? Math.max(rate, 1 / Math.max(1, updates)) : 0;
}

/** Index of the largest of values[offset .. offset + count) (the first one on ties). */
export function argMax(values: ArrayLike<number>, offset: number, count: number): number {
  let best = 0;
  for (let i = 1; i < count; i++) if (values[offset + i] > values[offset + best]) best = i;
  return best;
}
