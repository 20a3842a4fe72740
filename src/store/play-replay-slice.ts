// The play page's replay: after a session, the student's steps beside the DP oracle's and a trained agent's
// on the same shopper and coin flips. The agent answers from a worker (tfjs never loads on the page): the
// bundled agent in a worker of the replay's own, or the run on show on the training page in that page's worker.

import type { StateCreator } from 'zustand';
import { BUNDLED_AGENT_FILE } from '../contracts/bundled-agent';
import type { AgentReplay, AgentReplayResult } from '../contracts/protocol';
import type { ClientEvents, TrainingClient } from '../controller/training-client';
import { DEFAULT_SIM_SETTINGS } from '../sim/settings';
import type { PlaySlice } from './play-slice';
import { replayKey } from './play-replay';

export type ReplayAgentSource = 'bundled' | 'run';

/** Why the agent did not answer: its file or run could not give one, the download failed, or its worker stopped. */
export type ReplayProblem = Extract<AgentReplayResult, { ok: false }>['refusal'] | { code: 'download'; status: number | null } | { code: 'worker-lost' };

export interface PlayReplayState {
  /** The session the replay is open for (its replayKey), or null when closed: a new session closes it. */
  openFor: string | null;
  /** The step on show, 1 for the first (0: the shopper's arrival). */
  step: number;
  source: ReplayAgentSource;
  status: 'idle' | 'loading' | 'ready' | 'failed';
  /** The agent's answer and the session and source it is for. */
  agent: { key: string; source: ReplayAgentSource; replay: AgentReplay } | null;
  problem: ReplayProblem | null;
}

export interface PlayReplayActions {
  /** Opens the replay of the finished session at its first step and asks the agent (once per session and source). */
  open(): void;
  close(): void;
  showStep(step: number): void;
  chooseSource(source: ReplayAgentSource): void;
}

export interface PlayReplaySlice {
  playReplay: PlayReplayState;
  playReplayActions: PlayReplayActions;
}

export interface PlayReplayOptions {
  /** Starts the replay's own worker for the bundled agent (tests pass a fake). */
  createClient: (events: ClientEvents) => TrainingClient;
  /** The training page's client, whose run can answer for itself (null before that page starts one). */
  labClient: () => TrainingClient | null;
  /** The bundled agent's model file. */
  downloadBundledAgent?: () => Promise<Uint8Array>;
}

class DownloadError extends Error {
  constructor(readonly status: number | null) {
    super(`the bundled agent could not be downloaded (${status ?? 'no answer'})`);
  }
}

/** The bundled agent beside the page, wherever the lab is hosted (the address is relative to the page). */
async function downloadBundled(): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(new URL(BUNDLED_AGENT_FILE, document.baseURI));
  } catch {
    throw new DownloadError(null);
  }
  if (!response.ok) throw new DownloadError(response.status);
  return new Uint8Array(await response.arrayBuffer());
}

export const INITIAL_PLAY_REPLAY: PlayReplayState = { openFor: null, step: 1, source: 'bundled', status: 'idle', agent: null, problem: null };

export const createPlayReplaySlice =
  (options: PlayReplayOptions): StateCreator<PlaySlice & PlayReplaySlice, [], [], PlayReplaySlice> =>
  (set, get) => {
    let ownClient: TrainingClient | null = null;
    /** Counts requests, so that an answer for an earlier session or source is dropped. */
    let asked = 0;
    const patch = (change: Partial<PlayReplayState>) => set((state) => ({ playReplay: { ...state.playReplay, ...change } }));

    const clientFor = (source: ReplayAgentSource): TrainingClient | null => {
      if (source === 'run') return options.labClient();
      ownClient ??= options.createClient({
        onLost: () => {
          ownClient?.dispose();
          ownClient = null;
          patch({ status: 'failed', problem: { code: 'worker-lost' } });
        },
      });
      return ownClient;
    };

    const ask = async () => {
      const { play, playReplay } = get();
      const key = replayKey(play);
      const { source } = playReplay;
      if (playReplay.agent?.key === key && playReplay.agent.source === source) return;
      const request = asked + 1;
      asked = request;
      patch({ status: 'loading', problem: null });
      try {
        const client = clientFor(source);
        if (!client?.replayAgent) throw new Error('no agent to ask');
        const picks = play.steps.map((step) => step.item.index);
        const shopper = { seed: play.setup.seed, shopperIndex: play.setup.shopperIndex, sim: DEFAULT_SIM_SETTINGS, studentPicks: picks };
        const file = source === 'bundled' ? await (options.downloadBundledAgent ?? downloadBundled)() : undefined;
        const result = await client.replayAgent(shopper, file);
        if (request !== asked) return;
        if (result.ok) patch({ status: 'ready', agent: { key, source, replay: result.replay }, problem: null });
        else patch({ status: 'failed', problem: result.refusal });
      } catch (error) {
        if (request !== asked) return;
        const problem: ReplayProblem =
          error instanceof DownloadError ? { code: 'download', status: error.status } : { code: 'unexpected', detail: error instanceof Error ? error.message : String(error) };
        patch({ status: 'failed', problem });
      }
    };

    return {
      playReplay: INITIAL_PLAY_REPLAY,
      playReplayActions: {
        open() {
          const { play } = get();
          if (!play.done) return;
          patch({ openFor: replayKey(play), step: 1 });
          void ask();
        },
        close() {
          patch({ openFor: null });
        },
        showStep(step) {
          if (Number.isFinite(step)) patch({ step: Math.max(0, Math.round(step)) });
        },
        chooseSource(source) {
          patch({ source });
          if (get().playReplay.openFor !== null) void ask();
        },
      },
    };
  };
