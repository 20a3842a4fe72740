// Runs read back from the run store: the run a dead worker was training (same id, the page keeps its charts),
// and the run a reload offers back (a new run on show, its history drawn again from the store).

import type { ImportResult, ResumedFrom } from '../contracts/protocol';
import { trainerFor } from '../engine/agent-for';
import { restoreMetrics } from '../engine/metrics-log';
import { formatLabSearch } from '../preset/lab-url';
import { isPresetName } from '../preset/presets';
import { PLAIN_VIEW } from '../preset/url-keys';
import { loadProblem, withReplayOf } from './run-store';
import type { TrainingSession } from './training-session';

/**
 * Loads the run of this id into the session's fresh run of the same id; on any problem the fresh run is left as it
 * is and the answer says why. The history goes back into the log (so exports hold all of it) but not to the page,
 * which kept its charts.
 */
export async function resumeFromStore(session: TrainingSession, runId: number): Promise<ResumedFrom> {
  const read = await session.keeping.read(runId);
  const current = session.current;
  if (!read.ok) return read;
  if (!current) return { ok: false, problem: { code: 'another-run' } };
  const { trainer } = current;
  try {
    trainer.loadCheckpoint(withReplayOf(read.run.checkpoint, trainer)); // changes nothing when it throws
  } catch (error) {
    return { ok: false, problem: loadProblem(error) };
  }
  for (const segment of read.run.metrics) restoreMetrics(trainer.metrics, segment);
  session.historySent();
  session.keeping.adopt(current.runId, read.run.meta, trainer);
  session.flush();
  return { ok: true, step: read.run.meta.step };
}

/** The run kept in the slot becomes the run on show (checked on a throwaway trainer first, so that a refusal changes nothing). */
export async function resumeSavedRun(session: TrainingSession): Promise<ImportResult> {
  const read = await session.keeping.read();
  if (!read.ok) return { ok: false, refusal: { code: 'stored-run', problem: read.problem } };
  const { meta, config, checkpoint, metrics } = read.run;
  try {
    const candidate = trainerFor(config);
    try {
      candidate.loadCheckpoint(withReplayOf(checkpoint, candidate));
      if (!candidate.agent.isFinite()) return { ok: false, refusal: { code: 'network-not-finite' } };
    } finally {
      candidate.dispose();
    }
  } catch (error) {
    return { ok: false, refusal: { code: 'stored-run', problem: loadProblem(error) } };
  }
  const ready = await session.reset(config);
  const current = session.current;
  if (!current || current.runId !== ready.runId) return { ok: false, refusal: { code: 'replaced' } };
  const { trainer } = current;
  trainer.loadCheckpoint(withReplayOf(checkpoint, trainer));
  for (const segment of metrics) restoreMetrics(trainer.metrics, segment);
  session.keeping.adopt(current.runId, meta, trainer);
  session.flush();
  const presetName = meta.presetName !== null && isPresetName(meta.presetName) ? meta.presetName : 'default';
  const summary = {
    savedAt: new Date(meta.savedAt).toISOString(),
    step: meta.step,
    updates: checkpoint.updates,
    agent: { kind: checkpoint.agent.kind, name: meta.agentName, signature: checkpoint.agent.signature },
    backend: ready.backend.backend,
    includesReplay: meta.replay !== null,
    link: formatLabSearch({ presetName, config, view: PLAIN_VIEW }, 'train'),
  };
  return { ok: true, run: { ...ready, knobs: trainer.knobValues, presetName, summary } };
}
