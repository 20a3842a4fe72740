// The lab's model file ("q-shop-lab model", version 1): a trainer checkpoint, the run's metrics and the
// link that rebuilds its config, in the container of file-container.ts. The replay memory is optional.

import type { AgentCheckpoint, AgentKind } from '../contracts/agent-checkpoint';
import { agentKindById } from '../agents/kinds/descriptions';
import { decodeContainer, encodeContainer, type Decoded, type NumericArray } from '../contracts/file-container';
import type { FileProblem } from '../contracts/file-problem';
import type { LabConfig } from '../contracts/lab-config';
import type { ModelFileSummary } from '../contracts/model-file-summary';
import { PROBE_FIELDS, SESSION_FIELDS, UPDATE_FIELDS } from '../contracts/metrics';
import { RING_TABLES, type MetricsTables } from '../contracts/metrics-tables';
import { envNumbersProblem, isRecord, numbersProblem, readEvaluations, readKnobChanges, trainerNumbersProblem, valuesProblem } from './model-file-checks';
import type { TrainerCheckpoint } from '../contracts/trainer-state';

export const MODEL_FILE_FORMAT = 'q-shop-lab model';
export const MODEL_FILE_VERSION = 1;

/** A run as the worker hands it to the file: everything but the config's objects is data. */
export interface SavedRun {
  /** The lab's link (a search string): the one serialisation of the config, which a reader rebuilds it from. */
  link: string;
  /** The same config, readable in the header (the link is what counts). */
  config: LabConfig;
  backend: string | null;
  agentName: string;
  /** ISO 8601. */
  savedAt: string;
  checkpoint: TrainerCheckpoint;
  metrics: MetricsTables;
}

export interface DecodedModelFile {
  summary: ModelFileSummary;
  /** Without the replay's arrays when the file left them out (omittedArrays names them). */
  checkpoint: TrainerCheckpoint;
  /** Agent arrays the file left out: a reader takes them from a fresh run of the same config (an empty replay). */
  omittedArrays: string[];
  metrics: MetricsTables;
}

/** Agent arrays that make up the replay memory (ReplayBuffer names them all "replay…"). */
export const isReplayArray = (name: string) => name.startsWith('replay');
/** The replay's counters, zero in a file that leaves the replay out. */
const REPLAY_COUNTERS = ['replayStored', 'replayPosition'];

export function encodeModelFile(run: SavedRun, options: { includeReplay: boolean }): Uint8Array {
  const { checkpoint } = run;
  const arrays = new Map<string, NumericArray>();
  const omittedArrays: string[] = [];
  for (const [name, array] of Object.entries(checkpoint.agent.arrays)) {
    if (!options.includeReplay && isReplayArray(name)) omittedArrays.push(name);
    else arrays.set(`agent.${name}`, array);
  }
  for (const [name, array] of Object.entries(checkpoint.env.arrays)) arrays.set(`env.${name}`, array);
  const { round } = checkpoint;
  for (const name of ['actions', 'explored', 'qValues', 'observations'] as const) arrays.set(`round.${name}`, round[name]);
  for (const table of RING_TABLES) for (const [field, column] of Object.entries(run.metrics[table])) arrays.set(`${table}.${field}`, column);
  const agentNumbers = { ...checkpoint.agent.numbers };
  if (!options.includeReplay) for (const name of REPLAY_COUNTERS) if (name in agentNumbers) agentNumbers[name] = 0;
  const header = {
    format: MODEL_FILE_FORMAT,
    version: MODEL_FILE_VERSION,
    savedAt: run.savedAt,
    link: run.link,
    config: run.config,
    backend: run.backend,
    agent: { kind: checkpoint.agent.kind, name: run.agentName, signature: checkpoint.agent.signature },
    includesReplay: options.includeReplay,
    omittedArrays,
    trainer: {
      step: checkpoint.step,
      updates: checkpoint.updates,
      elapsedMs: checkpoint.elapsedMs,
      knobs: checkpoint.knobs,
      explorationOverride: checkpoint.explorationOverride,
      transitionsSinceTrain: checkpoint.transitionsSinceTrain,
      nextEvaluationAt: checkpoint.nextEvaluationAt,
      round: { slot: round.slot, lastSlot: round.lastSlot, explorationRate: round.explorationRate },
    },
    env: { nextShopper: checkpoint.env.nextShopper, admitted: checkpoint.env.admitted },
    agentNumbers,
    evaluations: run.metrics.evaluations,
    knobChanges: run.metrics.knobChanges,
  };
  return encodeContainer(header, arrays);
}

const fail = (problem: FileProblem): { ok: false; problem: FileProblem } => ({ ok: false, problem });
const RING_FIELDS = { sessions: SESSION_FIELDS, updates: UPDATE_FIELDS, probes: PROBE_FIELDS } as const;

/** The run in a model file, or why the bytes are not a model this lab can load (never throws). */
export function decodeModelFile(bytes: Uint8Array): Decoded<DecodedModelFile> {
  const container = decodeContainer(bytes);
  if (!container.ok) return container;
  const { header, arrays } = container.value;
  if (header.format !== MODEL_FILE_FORMAT) return fail({ code: 'not-model-file', format: String(header.format).slice(0, 40) });
  if (header.version !== MODEL_FILE_VERSION) return fail({ code: 'model-version', version: String(header.version).slice(0, 40), supported: MODEL_FILE_VERSION });
  const agent = isRecord(header.agent) ? header.agent : {};
  const { trainer, env } = header;
  if (typeof agent.kind !== 'string' || !agentKindById(agent.kind) || typeof agent.signature !== 'string' || typeof agent.name !== 'string') {
    return fail({ code: 'unreadable', part: 'agent' });
  }
  if (typeof header.link !== 'string' || typeof header.savedAt !== 'string' || typeof header.includesReplay !== 'boolean') return fail({ code: 'unreadable', part: 'header' });
  if (!isRecord(trainer) || !isRecord(env)) return fail({ code: 'unreadable', part: 'trainer' });
  const omitted = header.omittedArrays;
  if (!Array.isArray(omitted) || !omitted.every((name) => typeof name === 'string' && isReplayArray(name))) return fail({ code: 'omits-other-arrays' });

  const group = (prefix: string) => {
    const members: Record<string, NumericArray> = {};
    for (const [name, array] of arrays) if (name.startsWith(`${prefix}.`)) members[name.slice(prefix.length + 1)] = array;
    return members;
  };
  const round = group('round');
  const { actions, explored, qValues, observations } = round;
  if (!(actions instanceof Int32Array && explored instanceof Uint8Array && qValues instanceof Float32Array && observations instanceof Float32Array)) {
    return fail({ code: 'unreadable', part: 'round' });
  }
  if (explored.length !== actions.length || qValues.length !== actions.length * 24) return fail({ code: 'unreadable', part: 'round' });
  const problem =
    trainerNumbersProblem(trainer, actions.length) ??
    envNumbersProblem(env) ??
    numbersProblem(header.agentNumbers) ??
    [...Object.entries(group('agent')), ...Object.entries(round)].reduce<FileProblem | null>((found, [name, array]) => found ?? valuesProblem(name, array), null);
  if (problem) return fail(problem);

  const metrics = readMetrics(header, group);
  if (!metrics.ok) return metrics;
  const checkpoint: TrainerCheckpoint = {
    ...(trainer as unknown as Omit<TrainerCheckpoint, 'round' | 'env' | 'agent'>),
    knobs: { learningRate: (trainer.knobs as { learningRate: number }).learningRate, discount: (trainer.knobs as { discount: number }).discount },
    round: { ...(trainer.round as { slot: number; lastSlot: number; explorationRate: number }), actions, explored, qValues, observations },
    env: { nextShopper: env.nextShopper as number, admitted: env.admitted as number, arrays: group('env') as TrainerCheckpoint['env']['arrays'] },
    agent: { kind: agent.kind as AgentKind, signature: agent.signature, arrays: group('agent') as AgentCheckpoint['arrays'], numbers: header.agentNumbers as Record<string, number> },
  };
  return {
    ok: true,
    value: {
      summary: {
        savedAt: header.savedAt,
        step: checkpoint.step,
        updates: checkpoint.updates,
        agent: { kind: agent.kind as AgentKind, name: agent.name, signature: agent.signature },
        backend: typeof header.backend === 'string' ? header.backend : null,
        includesReplay: header.includesReplay,
        link: header.link,
      },
      checkpoint,
      omittedArrays: omitted as string[],
      metrics: metrics.value,
    },
  };
}

function readMetrics(header: Record<string, unknown>, group: (prefix: string) => Record<string, NumericArray>): Decoded<MetricsTables> {
  const evaluations = readEvaluations(header.evaluations);
  const knobChanges = readKnobChanges(header.knobChanges);
  if (!evaluations || !knobChanges) return fail({ code: 'unreadable', part: !evaluations ? 'evaluations' : 'knobChanges' });
  const tables: Partial<MetricsTables> = { evaluations, knobChanges };
  for (const table of RING_TABLES) {
    const columns = group(table);
    const fields: readonly string[] = RING_FIELDS[table];
    const rows = columns[fields[0]]?.length;
    if (!fields.every((field) => columns[field] instanceof Float64Array && columns[field].length === rows)) return fail({ code: 'unreadable', part: table });
    (tables as Record<string, unknown>)[table] = Object.fromEntries(fields.map((field) => [field, columns[field]]));
  }
  return { ok: true, value: tables as MetricsTables };
}
