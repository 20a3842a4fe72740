// The one agent interface that the engine trains, evaluates and compares: DQN, tabular Q-learning
// and the reference policies all implement it.

import type { BatchedShopperEnv } from '../sim/env';
import type { Policy } from '../sim/policies';
import type { AgentCheckpoint, AgentKind } from '../contracts/agent-checkpoint';

/**
 * How a checkpoint holds the replay memory: 'copied' (the checkpoint is the caller's to keep), or 'live': the
 * replay buffer's own columns, not copied, valid only until the agent's next step or update (the run store
 * reads them at once and copies only the chunks it writes, so a periodic save copies no whole memory).
 */
export type ReplayHolding = 'copied' | 'live';

/** Where a batch of actions came from, per session slot. */
export interface ActionBatch {
  /** Chosen item per slot. */
  actions: Int32Array;
  /** 1 where epsilon-greedy explored (a random item), 0 where it exploited. */
  explored: Uint8Array;
  /** Q-values per slot and item (slots x 24), for agents that have them; zeros otherwise. */
  qValues: Float32Array;
}

/** One environment step of every slot, as named columns (never positional tuples). */
export interface TransitionBatch {
  count: number;
  observations: Float32Array;
  actions: Int32Array;
  rewards: Float32Array;
  nextObservations: Float32Array;
  /** 1 where the step ended the session: no bootstrap from nextObservations. */
  done: Uint8Array;
}

/** What one learning step measured. */
export interface UpdateStats {
  loss: number;
  /** Mean over the batch of Q(s, a) for the taken action. */
  meanQ: number;
  /** Largest Q(s, a) of a taken action in the batch (the largest of the values meanQ averages). */
  maxQ: number;
  meanAbsTdError: number;
}

/** The knobs the lab may turn mid-run without a restart. */
export interface LiveKnobs {
  /** alpha: Adam or SGD learning rate for the DQN, the step size for tabular Q-learning. */
  learningRate: number;
  /** gamma. */
  discount: number;
}

export interface Agent {
  readonly kind: AgentKind;
  readonly name: string;
  /** Chooses one action per active slot: epsilon-greedy on the agent's values (one forward pass for all slots). */
  act(env: BatchedShopperEnv, explorationRate: number, out: ActionBatch): void;
  /** Stores (and, for online learners, learns from) one step of the slots in [firstSlot, endSlot), all by default. */
  remember(batch: TransitionBatch, firstSlot?: number, endSlot?: number): void;
  /** True once the agent can do a learning step (for the DQN: the replay holds enough transitions). */
  readyToLearn(): boolean;
  /** One learning step (a gradient update on a sampled minibatch); null for agents that do not learn this way. */
  learn(): UpdateStats | null;
  setKnobs(knobs: LiveKnobs): void;
  /** Mean of max_a Q(s, a) over fixed probe observations (count x 20): the DQN paper's "average max Q". */
  probeMaxQ(observations: Float32Array, count: number): number;
  /** The greedy policy (epsilon = 0), for evaluation on a cohort. */
  greedyPolicy(): Policy;
  /** The values the greedy policy picks by, for rows observations (rows x 24; zeros for agents without values). */
  greedyValues(observations: Float32Array, rows: number): Float32Array;
  /**
   * Everything needed to continue as if never stopped: weights, optimizer state, replay, random streams. The
   * replay memory is copied unless `replay` is 'live' (see ReplayHolding); everything else is always copied.
   */
  saveCheckpoint(replay?: ReplayHolding): AgentCheckpoint;
  /** Restores a checkpoint of the same kind and shape; throws a CheckpointError (its refusal code) and changes nothing otherwise. */
  loadCheckpoint(checkpoint: AgentCheckpoint): void;
  /** True while every weight is finite (false after a diverged update). */
  isFinite(): boolean;
  dispose(): void;
}

export function createActionBatch(sessions: number, actionCount: number): ActionBatch {
  return {
    actions: new Int32Array(sessions),
    explored: new Uint8Array(sessions),
    qValues: new Float32Array(sessions * actionCount),
  };
}
