// Stepping through training by hand: one shopper's step, one gradient update or one whole session, and
// the inspector's view of what just happened, with every number of the Bellman target worked out.

import { argMax } from '../agents/dqn';
import { agentKindRecord, type AgentInspection, type NetworkInspection, type TableInspection } from '../agents/kinds';
import type { Agent } from '../agents/agent';
import { tdLossValue } from '../contracts/loss-value';
import { OUTCOME_NAMES } from '../sim/observation';
import { CATEGORY_COUNT, ITEM_COUNT, OBSERVATION_SIZE } from '../sim/settings';
import type { BellmanTarget, Inspection, MinibatchInspection, TabularInspection, TransitionInspection, UpdateEffect } from '../contracts/inspection';
import type { UpdateRefusal } from '../contracts/trainer-state';
import type { Trainer } from './trainer';

const row = (values: ArrayLike<number>, index: number, width: number): number[] => Array.from({ length: width }, (_, k) => values[index * width + k]);

export class StepThrough {
  private readonly trainer: Trainer;
  private effect: UpdateEffect | null = null;

  constructor(trainer: Trainer) {
    this.trainer = trainer;
  }

  /** One recommendation to the next shopper in turn. */
  shopper(): void {
    this.effect = null;
    this.trainer.stepShopper();
  }

  /** Every shopper's turn (the rest of the round), then the learning it makes due. */
  round(): void {
    this.effect = null;
    this.trainer.tick();
  }

  /**
   * The slot of the followed shopper: the one whose step is the latest transition, the transition
   * inspect() shows (slot 0 before the first step). The followed-shopper panel and "step one session"
   * follow this slot, so the page never shows two different shoppers as "the" shopper.
   */
  get followedSlot(): number {
    return Math.max(0, this.trainer.lastSlot);
  }

  /** Serves shoppers in turn until the session in a slot (the followed shopper's by default) ends (at most one longest session of rounds). */
  session(slot = this.followedSlot): void {
    this.effect = null;
    const { trainer } = this;
    const limit = (trainer.sim.maxSteps + 1) * trainer.env.sessions;
    for (let k = 0; k < limit && !trainer.finished && !trainer.diverged; k++) {
      trainer.stepShopper();
      if (trainer.lastSlot === slot && trainer.env.done[slot] === 1) return;
    }
  }

  /** One gradient update now; records how far it moved the current transition's Q(s, a). Returns why not, when it can't. */
  update(): UpdateRefusal | null {
    const before = this.transition()?.bellman ?? null;
    const reason = this.trainer.updateOnce();
    if (reason) return reason;
    const { network } = inspectionOf(this.trainer.agent);
    if (before && network) {
      const slot = this.trainer.lastSlot;
      const action = this.trainer.actionBatch.actions[slot];
      const qAfter = network.networks.predict(this.observationOf(slot), 1)[action];
      const distance = before.target - before.qTaken;
      this.effect = { update: this.trainer.updates, qBefore: before.qTaken, qAfter, target: before.target, movedFraction: distance === 0 ? 0 : (qAfter - before.qTaken) / distance };
    } else {
      this.effect = null;
    }
    return null;
  }

  inspect(): Inspection {
    const { trainer } = this;
    const { network, table } = inspectionOf(trainer.agent);
    return {
      transition: this.transition(),
      updateEffect: this.effect,
      minibatch: network ? minibatchOf(network, trainer.updates) : null,
      tabular: table ? tabularOf(table) : null,
      round: { nextSlot: trainer.nextSlot, sessions: trainer.env.sessions },
      replay: network ? { size: network.replay.size, learningStarts: network.config.learningStarts } : null,
    };
  }

  private observationOf(slot: number): Float32Array {
    return this.trainer.roundObservations.slice(slot * OBSERVATION_SIZE, (slot + 1) * OBSERVATION_SIZE);
  }

  /** The most recent transition (the slot stepped last), or null before the first step. */
  transition(): TransitionInspection | null {
    const { trainer } = this;
    const slot = trainer.lastSlot;
    if (slot < 0) return null;
    const { env, actionBatch } = trainer;
    const ended = env.done[slot] === 1;
    const observation = this.observationOf(slot);
    const nextObservation = env.nextObservations.slice(slot * OBSERVATION_SIZE, (slot + 1) * OBSERVATION_SIZE);
    const action = actionBatch.actions[slot];
    const reward = env.rewards[slot];
    const { network } = inspectionOf(trainer.agent);
    return {
      runStep: trainer.step,
      slot,
      shopperIndex: ended ? env.finishedShopper[slot] : env.shopperIndex[slot],
      sessionStep: ended ? env.finishedLength[slot] : env.steps[slot],
      observation: Array.from(observation),
      qValues: row(actionBatch.qValues, slot, ITEM_COUNT),
      action,
      explored: actionBatch.explored[slot] === 1,
      explorationRate: trainer.roundExplorationRate,
      outcome: OUTCOME_NAMES[ended ? env.finishedOutcome[slot] : env.lastOutcome[slot]] ?? 'ignored',
      reward,
      sessionEnded: ended,
      nextObservation: Array.from(nextObservation),
      bellman: network ? bellmanOf(network, observation, action, reward, nextObservation, ended) : null,
    };
  }
}

/** What the inspector can read of the agent: its kind's record says (networks, a table, or nothing). */
function inspectionOf(agent: Agent): AgentInspection {
  return agentKindRecord(agent.kind).inspect(agent);
}

/** The one-step target with the networks as they are now. */
function bellmanOf(agent: NetworkInspection, observation: Float32Array, action: number, reward: number, nextObservation: Float32Array, ended: boolean): BellmanTarget {
  const { config } = agent;
  const qTaken = agent.networks.predict(observation, 1)[action];
  const scaledReward = config.rewardScale * reward;
  let nextQ: number[] = [];
  let nextQOnline: number[] = [];
  let bootstrapAction = -1;
  let maxNextQ = 0;
  if (!ended) {
    nextQ = Array.from(agent.targetQValues(nextObservation, 1));
    if (config.doubleDqn) nextQOnline = Array.from(agent.networks.predict(nextObservation, 1));
    bootstrapAction = argMax(config.doubleDqn ? nextQOnline : nextQ, 0, ITEM_COUNT);
    maxNextQ = nextQ[bootstrapAction];
  }
  const target = ended ? scaledReward : scaledReward + config.discount * maxNextQ;
  const tdError = target - qTaken;
  return {
    form: ended ? 'terminal' : config.doubleDqn ? 'double-dqn' : 'max',
    rewardScale: config.rewardScale,
    discount: config.discount,
    usesTargetNetwork: config.targetUpdate !== 'none',
    nextQ,
    nextQOnline,
    bootstrapAction,
    maxNextQ,
    target,
    qTaken,
    tdError,
    lossName: config.loss,
    loss: tdLossValue(config.loss, tdError),
    multiStep: config.multiStep,
  };
}

function minibatchOf(agent: NetworkInspection, updates: number): MinibatchInspection | null {
  if (agent.updateCount === 0 && agent.rejectedUpdateCount === 0) return null;
  const { batch, targets, qTaken, tdErrors, gradientNorm, applied } = agent.lastBatch;
  const qNow = agent.networks.predict(batch.observations, batch.size);
  const rows = Array.from({ length: batch.size }, (_, i) => {
    const action = batch.actions[i];
    return {
      replayIndex: batch.indices[i],
      observation: row(batch.observations, i, OBSERVATION_SIZE),
      action,
      reward: batch.rewards[i],
      bootstrapDiscount: batch.bootstrapDiscounts[i],
      bootstrapValue: targets[i] - batch.rewards[i],
      target: targets[i],
      qBefore: qTaken[i],
      qAfter: qNow[i * ITEM_COUNT + action],
      tdError: -tdErrors[i],
      done: batch.done[i] === 1,
    };
  });
  let loss = 0;
  for (const sample of rows) loss += tdLossValue(agent.config.loss, sample.tdError);
  return { update: updates, applied, loss: loss / Math.max(1, rows.length), gradientNorm, rows };
}

function tabularOf(agent: TableInspection): TabularInspection | null {
  const update = agent.lastUpdate;
  if (update.stateIndex < 0) return null;
  const { engagementBins, stepBins } = agent.config;
  const progressBin = update.stateIndex % stepBins;
  const engagementBin = Math.floor(update.stateIndex / stepBins) % engagementBins;
  const topCategory = Math.floor(update.stateIndex / (stepBins * engagementBins)) % CATEGORY_COUNT;
  return {
    state: { index: update.stateIndex, topCategory, engagementBin, progressBin },
    nextStateIndex: update.nextStateIndex,
    action: update.action,
    learningRate: update.learningRate,
    discount: update.discount,
    reward: update.reward,
    done: update.done,
    maxNextValue: update.maxNextValue,
    oldValue: update.oldValue,
    newValue: update.newValue,
    row: row(agent.values, update.stateIndex, ITEM_COUNT),
    engagementBins,
    progressBins: stepBins,
  };
}
