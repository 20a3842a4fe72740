// The replay's sessions, worked out on the page from the play session and the agent's answer: the
// student's steps as played, the DP oracle's and the agent's on the same shopper and coin flips
// (src/sim/replay.ts), and the trust each session left step by step.

import type { AgentReplay } from '../contracts/protocol';
import { createReferencePolicy } from '../sim/policies';
import { counterfactualSession, sessionOfPicks } from '../sim/replay';
import type { StepDetail } from '../sim/session';
import { DEFAULT_SIM_SETTINGS } from '../sim/settings';
import type { PlayState } from './play-slice';
import { shopperOf } from './play-session';

/** The policies the replay sets side by side, in the order of its rows. */
export const REPLAY_POLICIES = ['student', 'oracle', 'agent'] as const;
export type ReplayPolicy = (typeof REPLAY_POLICIES)[number];

export type ReplaySessions = Record<ReplayPolicy, readonly StepDetail[] | null>;

/** Which shopper and which picks an agent's answer is for: a new session or shopper asks again. */
export function replayKey(play: Pick<PlayState, 'setup' | 'steps'>): string {
  return `${play.setup.seed}/${play.setup.shopperIndex}/${play.steps.map((step) => step.item.index).join('.')}`;
}

/** The oracle's session on the student's shopper and coin flips. */
export function oracleSession(play: Pick<PlayState, 'setup' | 'catalog'>): StepDetail[] {
  const oracle = createReferencePolicy('dp-oracle', DEFAULT_SIM_SETTINGS, play.catalog, play.setup.seed);
  return counterfactualSession(shopperOf(play.setup, play.catalog), oracle);
}

/** The agent's session, rebuilt from its picks (the worker played it on the same shopper and coin flips). */
export function agentSession(play: Pick<PlayState, 'setup' | 'catalog'>, agent: AgentReplay): StepDetail[] {
  return sessionOfPicks(shopperOf(play.setup, play.catalog), agent.own.map((choice) => choice.item));
}

/** Trust at each step count, 0 (the shopper's arrival) to the session's end. */
export function trustCurve(startTrust: number, steps: readonly StepDetail[]): number[] {
  return [startTrust, ...steps.map((step) => step.trustAfter)];
}

/** The longest of the sessions, in steps (the replay steps through this many). */
export function replayLength(sessions: ReplaySessions): number {
  return Math.max(0, ...REPLAY_POLICIES.map((policy) => sessions[policy]?.length ?? 0));
}
