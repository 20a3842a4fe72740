// What the step-through inspector shows: the current transition with its Bellman target worked out in
// numbers, the effect of the last gradient update, the last replay minibatch and the tabular update.
// Types only here (the page imports them); step-through.ts computes them.

/** max: y = c·r + gamma · max_a' Q_target(s', a'); double-dqn: the online network picks a', the target values it; terminal: y = c·r. */
export type TargetForm = 'max' | 'double-dqn' | 'terminal';

/** The one-step TD target of the current transition: y = c·r + gamma · Q_target(s', a*), or y = c·r at a session end. */
export interface BellmanTarget {
  form: TargetForm;
  /** c: every reward is multiplied by it before learning (1 unless the config says otherwise). */
  rewardScale: number;
  /** gamma. */
  discount: number;
  /** False when the run has no target network (Q_target is the online network). */
  usesTargetNetwork: boolean;
  /** Q_target(s', ·) for all items (empty at a session end). */
  nextQ: number[];
  /** Q_online(s', ·), which picks a* in Double DQN (empty otherwise). */
  nextQOnline: number[];
  /** a*: argmax of Q_target(s', ·), or of Q_online(s', ·) in Double DQN; -1 at a session end. */
  bootstrapAction: number;
  /** Q_target(s', a*), 0 at a session end. */
  maxNextQ: number;
  /** y. */
  target: number;
  /** Q(s, a) of the current online network. */
  qTaken: number;
  /** y - Q(s, a). */
  tdError: number;
  lossName: 'huber' | 'squared';
  /** This transition's loss alone. */
  loss: number;
  /** n of the run's n-step returns: above 1, the replayed version of this step sums n rewards. */
  multiStep: number;
}

/** The followed step of one shopper: what the agent saw, chose and got. */
export interface TransitionInspection {
  /** Environment steps of the run after this one. */
  runStep: number;
  slot: number;
  shopperIndex: number;
  /** 1 for the session's first step. */
  sessionStep: number;
  /** s: the 20 observed features. */
  observation: number[];
  /** Q(s, ·) when the agent chose (zeros for reference policies). */
  qValues: number[];
  action: number;
  explored: boolean;
  /** epsilon when it chose. */
  explorationRate: number;
  outcome: 'ignored' | 'clicked' | 'bought';
  reward: number;
  sessionEnded: boolean;
  /** s': the observation after the step (the session's last one when it ended). */
  nextObservation: number[];
  /** Null for agents without Q-values to learn (reference policies). */
  bellman: BellmanTarget | null;
}

/** How far one gradient update moved Q(s, a) of the current transition toward its target. */
export interface UpdateEffect {
  /** The update's number in the run. */
  update: number;
  qBefore: number;
  qAfter: number;
  /** y before the update (the target the update chased). */
  target: number;
  /** (qAfter - qBefore) / (y - qBefore): 1 would be all the way, negative is away. */
  movedFraction: number;
}

/** One sample of the last replay minibatch. */
export interface MinibatchRow {
  /** Its row in the replay memory. */
  replayIndex: number;
  observation: number[];
  action: number;
  /** R: the n-step discounted return, times the reward scale. */
  reward: number;
  /** gamma^m where the transition bootstraps, 0 where it ended the session. */
  bootstrapDiscount: number;
  /** gamma^m · Q_target(s', a*), that is y - R. */
  bootstrapValue: number;
  target: number;
  /** Q(s, a) before the update. */
  qBefore: number;
  /** Q(s, a) of the network now (after the update, and any since). */
  qAfter: number;
  /** y - Q(s, a) before the update. */
  tdError: number;
  done: boolean;
}

export interface MinibatchInspection {
  /** The update that used this batch. */
  update: number;
  applied: boolean;
  loss: number;
  gradientNorm: number;
  rows: MinibatchRow[];
}

/** Tabular Q-learning's last update, with the table row of s after it. */
export interface TabularInspection {
  state: { index: number; topCategory: number; engagementBin: number; progressBin: number };
  nextStateIndex: number;
  action: number;
  learningRate: number;
  discount: number;
  reward: number;
  done: boolean;
  maxNextValue: number;
  oldValue: number;
  newValue: number;
  /** Q(s, ·) after the update. */
  row: number[];
  engagementBins: number;
  progressBins: number;
}

export interface Inspection {
  transition: TransitionInspection | null;
  updateEffect: UpdateEffect | null;
  minibatch: MinibatchInspection | null;
  tabular: TabularInspection | null;
  /** Steps of the current round taken so far, out of the round's shoppers. */
  round: { nextSlot: number; sessions: number };
  /** Replay memory fill and the size at which updates start (DQN only). */
  replay: { size: number; learningStarts: number } | null;
}
