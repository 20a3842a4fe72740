// An agent met with the play page's shopper: its own greedy session on the same coin flips, its view of
// each state the student's session passed through, and its expected return on that shopper. The agent is
// the run on show or one read from a model file (checked as a file to load, then built apart from the run).

import type { Agent } from '../agents/agent';
import { agentFor } from '../engine/agent-for';
import type { AgentChoice, AgentReplay, AgentReplayRequest, AgentReplayResult } from '../contracts/protocol';
import type { LabConfig } from '../contracts/lab-config';
import { createCatalog } from '../sim/catalog';
import { CONTROL_POLICY } from '../sim/expected-return';
import { createReferencePolicy } from '../sim/policies';
import { estimatedReturn, seededShopper } from '../sim/replay';
import { ShopperSession } from '../sim/session';
import { ITEM_COUNT } from '../sim/settings';
import { prepareImport } from './run-files';

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
function choiceAt(agent: Agent, session: ShopperSession, picks: Int32Array): AgentChoice {
  const env = session.batchedView;
  agent.greedyPolicy().chooseActions(env, picks);
  const qValues = agent.greedyValues(env.observations, 1);
  return { item: picks[0], qValues: Array.from(qValues.subarray(0, ITEM_COUNT)) };
}

/** The agent on the request's shopper (the play page's catalog and settings, the agent's own weights). */
export function replayWith(source: ReplayedAgent, request: AgentReplayRequest, repeats = AGENT_EXPECTED_REPEATS): AgentReplay {
  const { agent, config } = source;
  const catalog = createCatalog(request.sim, request.seed);
  const shopper = seededShopper(request.seed, request.shopperIndex, catalog, request.sim);
  const picks = new Int32Array(1);
  const own: AgentChoice[] = [];
  const ownSession = new ShopperSession(shopper);
  while (!ownSession.done) {
    const choice = choiceAt(agent, ownSession, picks);
    own.push(choice);
    ownSession.step(choice.item);
  }
  const atStudent: AgentChoice[] = [];
  const studentSession = new ShopperSession(shopper);
  for (const item of request.studentPicks) {
    if (studentSession.done || !(Number.isInteger(item) && item >= 0 && item < ITEM_COUNT)) break;
    atStudent.push(choiceAt(agent, studentSession, picks));
    studentSession.step(item);
  }
  const control = createReferencePolicy(CONTROL_POLICY, request.sim, catalog, request.seed);
  const expected = estimatedReturn(shopper, agent.greedyPolicy(), control, repeats);
  return {
    own,
    atStudent,
    expected,
    agentChoice: config.agent,
    trainedSteps: source.trainedSteps,
    catalogSeed: config.training.catalogSeed,
    presetName: source.presetName,
  };
}

/** The agent of a model file, built apart from any run (the caller disposes it), or why the file cannot give one. */
export function agentOfModelFile(bytes: Uint8Array): { ok: true; value: ReplayedAgent } | Extract<AgentReplayResult, { ok: false }> {
  const checked = prepareImport(bytes);
  if (!checked.ok) return checked;
  const { config, checkpoint, presetName, summary } = checked.value;
  const agent = agentFor(config, createCatalog(config.sim, config.training.catalogSeed));
  try {
    agent.loadCheckpoint(checkpoint.agent);
  } catch (error) {
    agent.dispose();
    return { ok: false, refusal: { code: 'unexpected', detail: error instanceof Error ? error.message : String(error) } };
  }
  return { ok: true, value: { agent, config, trainedSteps: summary.step, presetName } };
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
