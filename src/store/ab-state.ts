// The compare page's state and actions, as the slice keeps them and the page reads them.

import type { AgentReplayRequest, AgentReplayResult, BackendReport, ReferenceResult } from '../contracts/protocol';
import type { WorkerLoss } from '../contracts/worker-loss';
import type { AbSetup, AbSide } from '../preset/ab-setup';
import type { RunView } from './lab-run';
import type { LabPhase } from './lab-state';

/** Both sides train at the lecture pace (their shared budget over a few minutes) or fast-forward (as fast as the machine trains). */
export type AbSpeed = 'lecture' | 'max';

/** Why a side stopped: its worker failed to start a run (the engine's words), or its worker was lost and could not be restarted (how, as the lab slice keeps it). */
export type AbSideFailure = { code: 'failed'; detail: string } | { code: 'lost'; loss: WorkerLoss };

export interface AbSideView {
  phase: LabPhase;
  failure: AbSideFailure | null;
  backend: BackendReport | null;
  run: RunView;
  /** The reference policies scored on this side's evaluation cohort, as its worker reported them at the run's start. */
  references: readonly ReferenceResult[];
  /** Held at its step until the other side catches up (the two stay at equal steps). */
  waiting: boolean;
}

export interface AbCompare {
  /** 'ready' once the page opened its workers, 'idle' before and after. */
  phase: LabPhase;
  /** The two configurations that run (or, after the page closed, ran last). */
  setup: AbSetup | null;
  /** What the reader asked for: Play (true) or Pause; a side may still wait for the other. */
  playing: boolean;
  sides: Record<AbSide, AbSideView>;
  /** The training page's run was paused when the comparison started, so the two sides get the machine. */
  pausedTrainingPage: boolean;
  /** The pace of both sides; the lecture pace by default, so a class sees the curves grow (the tabular pair's 2M steps too). */
  speed: AbSpeed;
}

export interface AbActions {
  /** Starts both workers on the setup (once; a later call while open does nothing). */
  open(setup: AbSetup, autoplay: boolean): Promise<void>;
  /** Ends both workers (the page calls it when the reader leaves). */
  close(): void;
  play(): void;
  pause(): void;
  /** Both sides from step 0 again, paused. */
  reset(): Promise<void>;
  /** A new setup: both sides start again from step 0 with it, paused. */
  apply(setup: AbSetup): Promise<void>;
  dismissTrainingPageNotice(): void;
  /** Hides a side's recovery notice (what the lab did on its own). */
  dismissNotice(side: AbSide): void;
  /** Both sides at the lecture pace or fast-forward (kept for the page's next comparison). */
  setSpeed(speed: AbSpeed): void;
  /** A side's agent on one shopper (its worker answers for its run), or 'no-run' while the side has none. */
  replaySide(side: AbSide, request: AgentReplayRequest): Promise<AgentReplayResult>;
}

export interface AbSlice {
  ab: AbCompare;
  abActions: AbActions;
}
