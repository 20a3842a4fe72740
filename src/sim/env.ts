// The batched environment: many shopper sessions stepped side by side on typed arrays.
// A finished session restarts at once with the next shopper; shopper k's trajectory depends only on
// k and the actions it receives, never on the batch size or on which slot it lands in.

import type { Catalog } from './catalog';
import { clickProbability, createOutcomeModel, leaveProbability, purchaseProbability, stepReward, trustAfter, writeShopperLogits, type OutcomeModel } from './dynamics';
import { Outcome, engagementSignal, writeObservation } from './observation';
import { mulberry32Next, mulberry32Value } from './random';
import { CATEGORY_COUNT, ITEM_COUNT, OBSERVATION_SIZE, type SimSettings } from './settings';
import { drawShopperInto, emptyShopper } from './shopper';
import { InconsistentSnapshotError, snapshotInconsistency } from './snapshot-check';

export interface EnvOptions {
  settings: SimSettings;
  catalog: Catalog;
  /** Sessions stepped side by side. */
  sessions: number;
  shopperSeed: number;
  environmentSeed: number;
  /** Index of the first shopper to arrive (a cohort starts at 0). */
  firstShopper?: number;
  /** Stop admitting shoppers after this many; finished slots then stay idle. */
  shopperLimit?: number;
}


/** Everything that changes while an environment runs: restore it and the run continues identically. */
export interface EnvSnapshot {
  nextShopper: number;
  admitted: number;
  arrays: Record<string, Float32Array | Float64Array | Int32Array | Uint32Array | Uint8Array | Int8Array>;
}

export class BatchedShopperEnv {
  readonly settings: SimSettings;
  readonly catalog: Catalog;
  readonly model: OutcomeModel;
  readonly sessions: number;
  readonly shopperSeed: number;
  readonly environmentSeed: number;
  private readonly shopperLimit: number;
  private nextShopper: number;
  private admitted = 0;

  /** The observation each slot's agent acts on now (N x 20). */
  readonly observations: Float32Array;
  /** The observation after the last step, before a finished session was replaced (N x 20). */
  readonly nextObservations: Float32Array;
  readonly rewards: Float32Array;
  /** 1 where the last step ended the session (the shopper left or the step limit was reached). */
  readonly done: Uint8Array;
  /** 0 for slots that have no shopper left to serve (only with a shopper limit). */
  readonly active: Uint8Array;

  // Hidden state of the shopper in each slot (what the oracles may read, the agent may not).
  readonly shopperIndex: Int32Array;
  readonly trust: Float64Array;
  readonly preferences: Float64Array;
  readonly priceSensitivity: Float64Array;
  readonly clickLogit: Float64Array;
  readonly buyLogit: Float64Array;
  private readonly observedPreferences: Float64Array;
  private readonly coinState: Uint32Array;
  private readonly arrival = emptyShopper();
  /** Second normal of each slot's last Box-Muller pair (NaN when used). */
  private readonly spareNoise: Float64Array;

  // The running session in each slot.
  readonly steps: Int32Array;
  readonly clicks: Int32Array;
  readonly buys: Int32Array;
  readonly sessionReturn: Float64Array;
  private readonly lastCategory: Int32Array;

  // Detail of the last step in each slot, for inspectors.
  readonly lastAction: Int32Array;
  readonly lastOutcome: Int8Array;
  readonly lastClickProbability: Float64Array;
  readonly lastPurchaseProbability: Float64Array;
  readonly lastLeaveProbability: Float64Array;
  readonly lastTrustBefore: Float64Array;

  // The session that ended in each slot at the last step (valid where done = 1).
  readonly finishedShopper: Int32Array;
  readonly finishedReturn: Float64Array;
  readonly finishedLength: Int32Array;
  readonly finishedClicks: Int32Array;
  readonly finishedBuys: Int32Array;
  readonly finishedTrust: Float64Array;
  /** Outcome code of the session's last step (the slot's lastOutcome restarts with the next shopper). */
  readonly finishedOutcome: Int8Array;
  /** Hidden preferences of the shopper whose session ended (N x 6). */
  readonly finishedPreferences: Float64Array;

  constructor(options: EnvOptions) {
    const n = options.sessions;
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`sessions must be a positive integer, got ${n}`);
    this.settings = options.settings;
    this.catalog = options.catalog;
    this.model = createOutcomeModel(options.settings, options.catalog);
    this.sessions = n;
    this.shopperSeed = options.shopperSeed;
    this.environmentSeed = options.environmentSeed;
    this.nextShopper = options.firstShopper ?? 0;
    this.shopperLimit = options.shopperLimit ?? Number.POSITIVE_INFINITY;
    this.observations = new Float32Array(n * OBSERVATION_SIZE);
    this.nextObservations = new Float32Array(n * OBSERVATION_SIZE);
    this.rewards = new Float32Array(n);
    this.done = new Uint8Array(n);
    this.active = new Uint8Array(n);
    this.shopperIndex = new Int32Array(n).fill(-1);
    this.trust = new Float64Array(n);
    this.preferences = new Float64Array(n * CATEGORY_COUNT);
    this.priceSensitivity = new Float64Array(n);
    this.clickLogit = new Float64Array(n * ITEM_COUNT);
    this.buyLogit = new Float64Array(n * ITEM_COUNT);
    this.observedPreferences = new Float64Array(n * CATEGORY_COUNT);
    this.coinState = new Uint32Array(n);
    this.spareNoise = new Float64Array(n);
    this.steps = new Int32Array(n);
    this.clicks = new Int32Array(n);
    this.buys = new Int32Array(n);
    this.sessionReturn = new Float64Array(n);
    this.lastCategory = new Int32Array(n);
    this.lastAction = new Int32Array(n).fill(-1);
    this.lastOutcome = new Int8Array(n).fill(Outcome.none);
    this.lastClickProbability = new Float64Array(n);
    this.lastPurchaseProbability = new Float64Array(n);
    this.lastLeaveProbability = new Float64Array(n);
    this.lastTrustBefore = new Float64Array(n);
    this.finishedShopper = new Int32Array(n).fill(-1);
    this.finishedReturn = new Float64Array(n);
    this.finishedLength = new Int32Array(n);
    this.finishedClicks = new Int32Array(n);
    this.finishedBuys = new Int32Array(n);
    this.finishedTrust = new Float64Array(n);
    this.finishedOutcome = new Int8Array(n).fill(Outcome.none);
    this.finishedPreferences = new Float64Array(n * CATEGORY_COUNT);
    for (let slot = 0; slot < n; slot++) this.admit(slot);
  }

  /** The typed arrays that hold the running state, by name (for snapshots). */
  private stateArrays(): EnvSnapshot['arrays'] {
    return {
      observations: this.observations,
      nextObservations: this.nextObservations,
      rewards: this.rewards,
      done: this.done,
      active: this.active,
      shopperIndex: this.shopperIndex,
      trust: this.trust,
      preferences: this.preferences,
      priceSensitivity: this.priceSensitivity,
      clickLogit: this.clickLogit,
      buyLogit: this.buyLogit,
      observedPreferences: this.observedPreferences,
      coinState: this.coinState,
      spareNoise: this.spareNoise,
      steps: this.steps,
      clicks: this.clicks,
      buys: this.buys,
      sessionReturn: this.sessionReturn,
      lastCategory: this.lastCategory,
      lastAction: this.lastAction,
      lastOutcome: this.lastOutcome,
      lastClickProbability: this.lastClickProbability,
      lastPurchaseProbability: this.lastPurchaseProbability,
      lastLeaveProbability: this.lastLeaveProbability,
      lastTrustBefore: this.lastTrustBefore,
      finishedShopper: this.finishedShopper,
      finishedReturn: this.finishedReturn,
      finishedLength: this.finishedLength,
      finishedClicks: this.finishedClicks,
      finishedBuys: this.finishedBuys,
      finishedTrust: this.finishedTrust,
      finishedOutcome: this.finishedOutcome,
      finishedPreferences: this.finishedPreferences,
    };
  }

  /** A copy of the running state. */
  snapshot(): EnvSnapshot {
    const arrays: EnvSnapshot['arrays'] = {};
    for (const [name, array] of Object.entries(this.stateArrays())) arrays[name] = array.slice();
    return { nextShopper: this.nextShopper, admitted: this.admitted, arrays };
  }

  /**
   * Restores a snapshot of an environment with the same number of sessions; throws and changes nothing
   * otherwise, or when the snapshot's numbers describe shoppers this environment would not have seated
   * (an InconsistentSnapshotError naming the first such array).
   */
  restore(snapshot: EnvSnapshot): void {
    const own = this.stateArrays();
    for (const [name, array] of Object.entries(own)) {
      const saved = snapshot.arrays[name];
      if (!saved || saved.length !== array.length || saved.constructor !== array.constructor) {
        throw new Error(`environment snapshot does not match: "${name}" is missing or has the wrong shape`);
      }
    }
    const inconsistency = snapshotInconsistency(this, snapshot);
    if (inconsistency) throw new InconsistentSnapshotError(inconsistency);
    for (const [name, array] of Object.entries(own)) array.set(snapshot.arrays[name] as never);
    this.nextShopper = snapshot.nextShopper;
    this.admitted = snapshot.admitted;
  }

  /** Shoppers admitted so far (the next arrival's index is firstShopper + this). */
  get shoppersAdmitted(): number {
    return this.admitted;
  }

  /** True while any slot still has a shopper (always true without a shopper limit). */
  get running(): boolean {
    for (let slot = 0; slot < this.sessions; slot++) if (this.active[slot]) return true;
    return false;
  }

  /** Uniform in [0, 1) from the coin stream of the shopper in a slot. */
  private coin(slot: number): number {
    const state = mulberry32Next(this.coinState[slot]);
    this.coinState[slot] = state;
    return mulberry32Value(state);
  }

  /** Engagement noise: Box-Muller normals from two coins, used in pairs, scaled by the setting. */
  private engagementNoise(slot: number): number {
    const spare = this.spareNoise[slot];
    if (!Number.isNaN(spare)) {
      this.spareNoise[slot] = Number.NaN;
      return this.settings.engagementNoise * spare;
    }
    const radius = Math.sqrt(-2 * Math.log(1 - this.coin(slot)));
    const angle = 2 * Math.PI * this.coin(slot);
    this.spareNoise[slot] = radius * Math.sin(angle);
    return this.settings.engagementNoise * radius * Math.cos(angle);
  }

  /** Seats the next shopper in a slot, or idles the slot when the cohort is exhausted. */
  private admit(slot: number): void {
    if (this.admitted >= this.shopperLimit) {
      this.active[slot] = 0;
      this.shopperIndex[slot] = -1;
      return;
    }
    const shopper = this.arrival;
    drawShopperInto(this.settings, this.shopperSeed, this.environmentSeed, this.nextShopper, shopper);
    this.nextShopper += 1;
    this.admitted += 1;
    this.active[slot] = 1;
    this.shopperIndex[slot] = shopper.index;
    this.trust[slot] = shopper.startTrust;
    this.priceSensitivity[slot] = shopper.priceSensitivity;
    this.preferences.set(shopper.preferences, slot * CATEGORY_COUNT);
    this.observedPreferences.set(shopper.observedPreferences, slot * CATEGORY_COUNT);
    writeShopperLogits(this.model, shopper.preferences, shopper.priceSensitivity, this.clickLogit, this.buyLogit, slot * ITEM_COUNT);
    this.coinState[slot] = shopper.coinSeed;
    this.spareNoise[slot] = Number.NaN;
    this.steps[slot] = 0;
    this.clicks[slot] = 0;
    this.buys[slot] = 0;
    this.sessionReturn[slot] = 0;
    this.lastCategory[slot] = -1;
    this.lastOutcome[slot] = Outcome.none;
    this.lastAction[slot] = -1;
    this.writeSlotObservation(this.observations, slot, this.engagementNoise(slot));
  }

  private writeSlotObservation(out: Float32Array, slot: number, noise: number): void {
    writeObservation(
      out,
      slot * OBSERVATION_SIZE,
      this.observedPreferences,
      slot * CATEGORY_COUNT,
      this.steps[slot],
      this.clicks[slot],
      this.buys[slot],
      this.lastCategory[slot],
      this.lastOutcome[slot],
      this.settings.maxSteps,
      engagementSignal(this.settings.observability, this.trust[slot], noise),
    );
  }

  /**
   * Applies one recommendation per active slot in [firstSlot, endSlot) (all slots by default). Fills
   * rewards, done, nextObservations and, for finished sessions, the finished* columns; then seats the
   * next shopper in every finished slot. Other slots keep their last step's columns.
   */
  step(actions: ArrayLike<number>, firstSlot = 0, endSlot = this.sessions): void {
    // Columns and constants in locals: this loop runs once per simulated step.
    const { model, settings, sessions } = this;
    const items = ITEM_COUNT;
    const size = OBSERVATION_SIZE;
    const { done, rewards, active, trust: trusts, clickLogit, buyLogit, coinState, steps, clicks, buys, sessionReturn } = this;
    const { observations, nextObservations } = this;
    const categoryOf = this.catalog.category;
    const maxSteps = settings.maxSteps;
    for (let slot = firstSlot; slot < endSlot && slot < sessions; slot++) {
      done[slot] = 0;
      rewards[slot] = 0;
      if (!active[slot]) continue;
      const item = actions[slot];
      if (!(item >= 0 && item < items)) throw new RangeError(`action ${item} in slot ${slot} is not an item index`);
      const trust = trusts[slot];
      const pClick = clickProbability(model, clickLogit[slot * items + item], trust);
      const pBuy = purchaseProbability(model, buyLogit[slot * items + item], trust);
      // Three coins every step whatever happens, so that streams stay aligned across policies;
      // drawn from a local copy of the slot's mulberry32 state (the same draws as coin(), without the calls).
      let state = coinState[slot];
      state = mulberry32Next(state);
      const clicked = mulberry32Value(state) < pClick;
      state = mulberry32Next(state);
      const bought = clicked && mulberry32Value(state) < pBuy;
      const updatedTrust = trustAfter(model, trust, item, clicked, bought);
      const pLeave = leaveProbability(settings, updatedTrust, !clicked);
      state = mulberry32Next(state);
      const left = mulberry32Value(state) < pLeave;
      coinState[slot] = state;
      const reward = stepReward(model, item, clicked, bought);

      trusts[slot] = updatedTrust;
      const stepCount = steps[slot] + 1;
      steps[slot] = stepCount;
      if (clicked) clicks[slot] += 1;
      if (bought) buys[slot] += 1;
      sessionReturn[slot] += reward;
      this.lastCategory[slot] = categoryOf[item];
      this.lastOutcome[slot] = bought ? Outcome.bought : clicked ? Outcome.clicked : Outcome.ignored;
      this.lastAction[slot] = item;
      this.lastClickProbability[slot] = pClick;
      this.lastPurchaseProbability[slot] = pBuy;
      this.lastLeaveProbability[slot] = pLeave;
      this.lastTrustBefore[slot] = trust;
      rewards[slot] = reward;
      this.writeSlotObservation(nextObservations, slot, this.engagementNoise(slot));

      if (left || stepCount >= maxSteps) {
        done[slot] = 1;
        this.finishedShopper[slot] = this.shopperIndex[slot];
        this.finishedReturn[slot] = sessionReturn[slot];
        this.finishedLength[slot] = stepCount;
        this.finishedClicks[slot] = clicks[slot];
        this.finishedBuys[slot] = buys[slot];
        this.finishedTrust[slot] = updatedTrust;
        this.finishedOutcome[slot] = this.lastOutcome[slot];
        this.finishedPreferences.set(this.preferences.subarray(slot * CATEGORY_COUNT, (slot + 1) * CATEGORY_COUNT), slot * CATEGORY_COUNT);
        this.admit(slot);
      } else {
        const offset = slot * size;
        for (let f = 0; f < size; f++) observations[offset + f] = nextObservations[offset + f];
      }
    }
  }
}
