// Every reference policy's expected return for one shopper, so that one session's luck can be told
// apart from a policy's skill. The policies that choose from the hidden state alone are worked out
// exactly over every coin flip (reference-rules.ts); any other (one that acts on the agent's noisy
// observation) is estimated from many fresh streams of coin flips of the same shopper. Each stream is
// played by that policy and by the heuristic, whose expected return is exact: the estimate is the
// heuristic's exact figure plus the mean difference on shared coin flips (a control variate). Both
// policies meet the same luck, so the difference varies far less than either return (its 95% interval
// is a third to a half of a plain average's for the observation planner). The work comes in small
// pieces, so that a page can do it between frames.

import { ReturnAverage, repeatReturn, type CoinFlipOptions } from './coin-flip-average';
import { BatchedShopperEnv } from './env';
import { REFERENCE_POLICY_NAMES, createReferencePolicy, type Policy, type ReferencePolicyName } from './policies';
import { exactExpectedReturn, hasExactExpectedReturn } from './reference-rules';

/** Fresh coin-flip streams a policy without an exact expected return is averaged over. */
export const COIN_FLIP_REPEATS = 500;

/** The policy each averaged policy is paired with on the same coin flips: exact, cheap, and similar in luck. */
export const CONTROL_POLICY: ReferencePolicyName = 'heuristic';

export type ExpectedReturnMethod = 'exact' | 'coin-flip-average';

export interface ExpectedReturn {
  policy: ReferencePolicyName;
  /** The expected return: exact, or estimated from `sessions` fresh coin-flip streams paired with the control policy. */
  mean: number;
  method: ExpectedReturnMethod;
  /** Sessions averaged (0 when exact). */
  sessions: number;
  /** Half-width of the estimate's 95% confidence interval (0 when exact). */
  ci95: number;
}

export interface ExpectedReturnOptions extends CoinFlipOptions {
  /** The seed the reference policies are built with (the random policy's stream). */
  policySeed: number;
  /** Coin-flip streams per averaged policy. */
  repeats?: number;
}

/** One policy's work: exact in one piece, or one coin-flip stream per piece. */
interface PolicyWork {
  policy: ReferencePolicyName;
  result: ExpectedReturn | null;
  /** The mean of (policy's return - control's return) over the streams played so far. */
  difference: ReturnAverage | null;
  player: Policy | null;
  control: Policy | null;
}

/** The expected returns of every reference policy for one shopper, worked out piece by piece. */
export class ExpectedReturnWork {
  private readonly options: ExpectedReturnOptions;
  private readonly repeats: number;
  private readonly work: PolicyWork[];
  private arrival: BatchedShopperEnv | null = null;
  private controlExpected: number | null = null;

  constructor(options: ExpectedReturnOptions) {
    this.options = options;
    this.repeats = Math.max(2, options.repeats ?? COIN_FLIP_REPEATS);
    this.work = REFERENCE_POLICY_NAMES.map((policy) => ({ policy, result: null, difference: null, player: null, control: null }));
  }

  get done(): boolean {
    return this.work.every((entry) => entry.result !== null);
  }

  /** Every policy's expected return in REFERENCE_POLICY_NAMES order, once all are worked out; else null. */
  get results(): readonly ExpectedReturn[] | null {
    return this.done ? this.work.map((entry) => entry.result as ExpectedReturn) : null;
  }

  /** Does pieces of the work until it is done or `enough` says stop (checked after each piece); true when done. */
  advance(enough: () => boolean = () => false): boolean {
    for (const entry of this.work) {
      while (entry.result === null) {
        this.piece(entry);
        if (enough()) return this.done;
      }
    }
    return true;
  }

  /** The shopper before their first step, as the exact rules read them. */
  private shopperEnv(): BatchedShopperEnv {
    const { settings, catalog, shopperSeed, environmentSeed, shopperIndex } = this.options;
    this.arrival ??= new BatchedShopperEnv({ settings, catalog, sessions: 1, shopperSeed, environmentSeed, firstShopper: shopperIndex, shopperLimit: 1 });
    return this.arrival;
  }

  private piece(entry: PolicyWork): void {
    if (hasExactExpectedReturn(entry.policy)) {
      const mean = exactExpectedReturn(entry.policy, this.shopperEnv()) ?? Number.NaN;
      entry.result = { policy: entry.policy, mean, method: 'exact', sessions: 0, ci95: 0 };
      return;
    }
    const { settings, catalog, policySeed } = this.options;
    this.controlExpected ??= exactExpectedReturn(CONTROL_POLICY, this.shopperEnv()) ?? 0;
    entry.difference ??= new ReturnAverage();
    entry.player ??= createReferencePolicy(entry.policy, settings, catalog, policySeed);
    entry.control ??= createReferencePolicy(CONTROL_POLICY, settings, catalog, policySeed);
    const repeat = entry.difference.sessions;
    entry.difference.add(repeatReturn(this.options, entry.player, repeat) - repeatReturn(this.options, entry.control, repeat));
    if (entry.difference.sessions >= this.repeats) {
      const { mean, sessions, ci95 } = entry.difference;
      entry.result = { policy: entry.policy, mean: this.controlExpected + mean, method: 'coin-flip-average', sessions, ci95 };
    }
  }
}

/** Every reference policy's expected return for one shopper, all at once (the command line, tests). */
export function expectedReturns(options: ExpectedReturnOptions): readonly ExpectedReturn[] {
  const work = new ExpectedReturnWork(options);
  work.advance();
  return work.results as readonly ExpectedReturn[];
}
