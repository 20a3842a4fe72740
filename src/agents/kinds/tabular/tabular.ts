// Tabular Q-learning, online in remember(), on a discretised observation: top category x engagement x progress bins.

import type { BatchedShopperEnv } from '../../../sim/env';
import { ObservationLayout } from '../../../sim/observation';
import type { Policy } from '../../../sim/policies';
import { RandomStream, StreamId, deriveSeed } from '../../../sim/random';
import { CATEGORY_COUNT, ITEM_COUNT, OBSERVATION_SIZE } from '../../../sim/settings';
import type { ActionBatch, Agent, LiveKnobs, TransitionBatch, UpdateStats } from '../../agent';
import type { AgentCheckpoint } from '../../../contracts/agent-checkpoint';
import { CheckpointError, type CheckpointRefusal } from '../../../contracts/checkpoint-refusal';
import { TABULAR_KIND, type TabularConfig } from './description';

/** The numbers of the last Q-learning update, for an inspector. */
export interface TabularUpdate {
  stateIndex: number;
  nextStateIndex: number;
  /** alpha at the time of the update. */
  learningRate: number;
  action: number;
  reward: number;
  discount: number;
  /** max_a' Q(s', a'), or 0 where the step ended the session (no bootstrap). */
  maxNextValue: number;
  done: boolean;
  oldValue: number;
  newValue: number;
}

export interface TabularAgentOptions {
  config: TabularConfig;
  /** Seeds exploration. */
  seed: number;
}

export class TabularAgent implements Agent {
  readonly kind = TABULAR_KIND.id;
  readonly name = 'Tabular Q-learning';
  readonly config: TabularConfig;
  readonly stateCount: number;
  /** stateCount x ITEM_COUNT action values. */
  readonly values: Float64Array;
  readonly lastUpdate: TabularUpdate = { stateIndex: -1, nextStateIndex: -1, learningRate: 0, action: -1, reward: 0, discount: 0, maxNextValue: 0, done: false, oldValue: 0, newValue: 0 };
  private readonly random: RandomStream;

  constructor(options: TabularAgentOptions) {
    this.config = { ...options.config };
    this.stateCount = CATEGORY_COUNT * this.config.engagementBins * this.config.stepBins;
    this.values = new Float64Array(this.stateCount * ITEM_COUNT).fill(this.config.initialValue);
    this.random = new RandomStream(deriveSeed(options.seed, StreamId.agent));
  }

  /** The table row of an observation: (top observed category, engagement bin, progress bin). */
  stateIndex(observations: ArrayLike<number>, offset: number): number {
    let top = 0;
    for (let c = 1; c < CATEGORY_COUNT; c++) if (observations[offset + c] > observations[offset + top]) top = c;
    const { engagementBins, stepBins } = this.config;
    const engagement = bin(observations[offset + ObservationLayout.engagement], engagementBins);
    const progress = bin(observations[offset + ObservationLayout.progress], stepBins);
    return (top * engagementBins + engagement) * stepBins + progress;
  }

  /** Index of the best action in a state (the first on ties, so untried zero values lock in without exploration). */
  greedyAction(state: number): number {
    const offset = state * ITEM_COUNT;
    let best = 0;
    for (let action = 1; action < ITEM_COUNT; action++) if (this.values[offset + action] > this.values[offset + best]) best = action;
    return best;
  }

  act(env: BatchedShopperEnv, explorationRate: number, out: ActionBatch): void {
    for (let slot = 0; slot < env.sessions; slot++) {
      const state = this.stateIndex(env.observations, slot * OBSERVATION_SIZE);
      for (let action = 0; action < ITEM_COUNT; action++) out.qValues[slot * ITEM_COUNT + action] = this.values[state * ITEM_COUNT + action];
      const explore = this.random.next() < explorationRate;
      out.explored[slot] = explore ? 1 : 0;
      out.actions[slot] = explore ? this.random.integer(ITEM_COUNT) : this.greedyAction(state);
    }
  }

  remember(batch: TransitionBatch, firstSlot = 0, endSlot = batch.count): void {
    for (let slot = firstSlot; slot < endSlot; slot++) {
      const state = this.stateIndex(batch.observations, slot * OBSERVATION_SIZE);
      const next = this.stateIndex(batch.nextObservations, slot * OBSERVATION_SIZE);
      this.update(state, batch.actions[slot], batch.rewards[slot], next, batch.done[slot] === 1);
    }
  }

  /** Q(s,a) <- Q(s,a) + alpha [r + gamma max_a' Q(s',a') - Q(s,a)], with no bootstrap from a terminal s'. */
  update(state: number, action: number, reward: number, nextState: number, done: boolean): void {
    const { learningRate, discount } = this.config;
    const maxNextValue = done ? 0 : this.values[nextState * ITEM_COUNT + this.greedyAction(nextState)];
    const index = state * ITEM_COUNT + action;
    const oldValue = this.values[index];
    const newValue = oldValue + learningRate * (reward + discount * maxNextValue - oldValue);
    this.values[index] = newValue;
    Object.assign(this.lastUpdate, { stateIndex: state, nextStateIndex: nextState, learningRate, action, reward, discount, maxNextValue, done, oldValue, newValue });
  }

  /** Tabular Q-learning learns in remember(); there is no separate learning step. */
  readyToLearn(): boolean {
    return false;
  }

  learn(): UpdateStats | null {
    return null;
  }

  setKnobs(knobs: LiveKnobs): void {
    this.config.learningRate = knobs.learningRate;
    this.config.discount = knobs.discount;
  }

  probeMaxQ(observations: Float32Array, count: number): number {
    let sum = 0;
    for (let row = 0; row < count; row++) {
      const state = this.stateIndex(observations, row * OBSERVATION_SIZE);
      sum += this.values[state * ITEM_COUNT + this.greedyAction(state)];
    }
    return count > 0 ? sum / count : 0;
  }

  greedyValues(observations: Float32Array, rows: number): Float32Array {
    const out = new Float32Array(rows * ITEM_COUNT);
    for (let row = 0; row < rows; row++) {
      const state = this.stateIndex(observations, row * OBSERVATION_SIZE);
      out.set(this.values.subarray(state * ITEM_COUNT, (state + 1) * ITEM_COUNT), row * ITEM_COUNT);
    }
    return out;
  }

  greedyPolicy(): Policy {
    return {
      name: this.name,
      chooseActions: (env, actions) => {
        for (let slot = 0; slot < env.sessions; slot++) actions[slot] = this.greedyAction(this.stateIndex(env.observations, slot * OBSERVATION_SIZE));
      },
    };
  }

  get signature(): string {
    return `tabular ${CATEGORY_COUNT} categories x ${this.config.engagementBins} engagement x ${this.config.stepBins} progress bins x ${ITEM_COUNT} items`;
  }

  saveCheckpoint(): AgentCheckpoint {
    const { state, spareNormal } = this.random.getState();
    return {
      kind: TABULAR_KIND.id,
      signature: this.signature,
      arrays: { values: this.values.slice(), randomState: new Float64Array([state, spareNormal]) },
      numbers: { learningRate: this.config.learningRate, discount: this.config.discount },
    };
  }

  loadCheckpoint(checkpoint: AgentCheckpoint): void {
    const { values, randomState } = checkpoint.arrays;
    let problem: CheckpointRefusal | null = null;
    if (checkpoint.kind !== TABULAR_KIND.id) problem = { code: 'wrong-kind', saved: checkpoint.kind, expected: TABULAR_KIND.id };
    else if (checkpoint.signature !== this.signature) problem = { code: 'wrong-signature', saved: checkpoint.signature, expected: this.signature };
    else if (!(values instanceof Float64Array)) problem = { code: 'missing-array', name: 'values' };
    else if (values.length !== this.values.length) problem = { code: 'array-length', name: 'values', length: values.length, expected: this.values.length };
    else if (!(randomState instanceof Float64Array) || randomState.length !== 2) problem = { code: 'no-random-state' };
    if (problem) throw new CheckpointError(problem);
    this.values.set(values);
    this.random.setState({ state: randomState[0], spareNormal: randomState[1] });
    if (Number.isFinite(checkpoint.numbers.learningRate)) this.config.learningRate = checkpoint.numbers.learningRate;
    if (Number.isFinite(checkpoint.numbers.discount)) this.config.discount = checkpoint.numbers.discount;
  }

  isFinite(): boolean {
    for (let i = 0; i < this.values.length; i++) if (!Number.isFinite(this.values[i])) return false;
    return true;
  }

  dispose(): void {}
}

/** Equal-width bin of a value in [0, 1] (1 itself falls in the last bin). */
function bin(value: number, bins: number): number {
  return Math.min(bins - 1, Math.max(0, Math.floor(value * bins)));
}
