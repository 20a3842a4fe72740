// An agent met with the play page's shopper: its own greedy session on the same coin flips, its view of
// each state the student's session passed through, and its expected return on that shopper. The agent is
// the run on show or one read from a model file (checked as a file to load, then built apart from the run).

import type { Agent } from '../agents/agent';
import { agentFor } from '../engine/agent-for';
import type { AgentChoice, AgentReplay, AgentReplayRequest, AgentReplayResult, FileRefusal } from '../contracts/protocol';
import type { LabConfig } from '../contracts/lab-config';
import { createCatalog } from '../sim/catalog';
import { CONTROL_POLICY } from '../sim/expected-return';
import { createReferencePolicy, type Policy } from '../sim/policies';
import { estimatedReturn, seededShopper } from '../sim/replay';
import { ShopperSession } from '../sim/session';
import { ITEM_COUNT } from '../sim/settings';
import { readFileLink } from './run-files';
import { CheckpointError } from '../contracts/checkpoint-refusal';
import { decodeModelFile } from '../engine/model-file';

/** Fresh coin-flip streams the agent's expected return is averaged over (each a session of greedy forward passes). */
export const AGENT_EXPECTED_REPEATS = 200;

/** Where the agent came from: its config, how far it trained, and the preset its link names (null for the run on show). */
export interface ReplayedAgent {
  agent: Agent;
  config: LabConfig;
  trainedSteps: number;
  presetName: string | null;
}

/** The agent's greedy pick and values in the session's current state. */
function choiceAt(agent: Agent, policy: Policy, session: ShopperSession, picks: Int32Array): AgentChoice {
  const env = session.batchedView;
  policy.chooseActions(env, picks);
  const qValues = agent.greedyValues(env.observations, 1);
  return { item: picks[0], qValues: Array.from(qValues.subarray(0, ITEM_COUNT)) };
}

/**
 * The agent on the request's shopper (the request's catalog and settings, the agent's own weights). A policy
 * with a random stream of its own (the random reference policy) gets its stream back afterwards, so that
 * replaying the run on show leaves the run's own draws, and so its reproducibility, as they were.
 */
export function replayWith(source: ReplayedAgent, request: AgentReplayRequest, repeats = AGENT_EXPECTED_REPEATS): AgentReplay {
  const { agent, config } = source;
  const policy = agent.greedyPolicy();
  const saved = policy.random?.getState();
  try {
    const catalog = createCatalog(request.sim, request.seed);
    const shopper = seededShopper(request.seed, request.shopperIndex, catalog, request.sim);
    const picks = new Int32Array(1);
    const own: AgentChoice[] = [];
    const ownSession = new ShopperSession(shopper);
    while (!ownSession.done) {
      const choice = choiceAt(agent, policy, ownSession, picks);
      own.push(choice);
      ownSession.step(choice.item);
    }
    const atStudent: AgentChoice[] = [];
    const studentSession = new ShopperSession(shopper);
    for (const item of request.studentPicks) {
      if (studentSession.done || !(Number.isInteger(item) && item >= 0 && item < ITEM_COUNT)) break;
      atStudent.push(choiceAt(agent, policy, studentSession, picks));
      studentSession.step(item);
    }
    const control = createReferencePolicy(CONTROL_POLICY, request.sim, catalog, request.seed);
    const expected = estimatedReturn(shopper, policy, control, repeats);
    return { own, atStudent, expected, agentChoice: config.agent, trainedSteps: source.trainedSteps, catalogSeed: config.training.catalogSeed, presetName: source.presetName };
  } finally {
    if (saved) policy.random?.setState(saved);
  }
}

/**
 * The agent of a model file, built apart from any run (the caller disposes it), or why the file cannot give one.
 * Only the agent is read: the file's shoppers and metrics play no part in a replay, so they are not restored
 * (a file trained elsewhere, e.g. by the command line, may hold shoppers whose floating-point draws differ
 * in the last bits from this browser's, which a run to continue refuses but a replay does not need).
 */
export function agentOfModelFile(bytes: Uint8Array): { ok: true; value: ReplayedAgent } | Extract<AgentReplayResult, { ok: false }> {
  const decoded = decodeModelFile(bytes);
  if (!decoded.ok) return { ok: false, refusal: { code: 'file', problem: decoded.problem } };
  const { summary, checkpoint, omittedArrays } = decoded.value;
  const read = readFileLink(summary.link);
  if (!read.ok) return read;
  const { config, presetName } = read.link;
  const agent = agentFor(config, createCatalog(config.sim, config.training.catalogSeed));
  try {
    // Left out of the file: the replay memory, which a replay never reads; a fresh agent's stands in.
    const fresh = agent.saveCheckpoint().arrays;
    const unknown = omittedArrays.find((name) => !fresh[name]);
    if (unknown !== undefined) throw new OmittedError(unknown);
    for (const name of omittedArrays) checkpoint.agent.arrays[name] = fresh[name];
    agent.loadCheckpoint(checkpoint.agent);
    if (!agent.isFinite()) throw new NotFiniteError();
  } catch (error) {
    agent.dispose();
    return { ok: false, refusal: refusalOf(error) };
  }
  return { ok: true, value: { agent, config, trainedSteps: summary.step, presetName } };
}

class OmittedError extends Error {
  constructor(readonly array: string) {
    super(`the file leaves out ${array}`);
  }
}

class NotFiniteError extends Error {}

function refusalOf(error: unknown): FileRefusal {
  if (error instanceof OmittedError) return { code: 'omits-unknown', name: error.array };
  if (error instanceof NotFiniteError) return { code: 'network-not-finite' };
  if (error instanceof CheckpointError) return { code: 'checkpoint', refusal: error.refusal };
  return { code: 'unexpected', detail: error instanceof Error ? error.message : String(error) };
}

/** The model file's agent on the request's shopper, disposed afterwards. */
export function replayModelFile(bytes: Uint8Array, request: AgentReplayRequest, repeats = AGENT_EXPECTED_REPEATS): AgentReplayResult {
  const loaded = agentOfModelFile(bytes);
  if (!loaded.ok) return loaded;
  try {
    return { ok: true, replay: replayWith(loaded.value, request, repeats) };
  } finally {
    loaded.value.agent.dispose();
  }
}
