// The run's files on the worker side: a model file written from the run on show, and a model file read
// into a new run, checked on a throwaway trainer first so that a bad file leaves the current run untouched.

import { CheckpointError } from '../contracts/checkpoint-refusal';
import { trainerFor } from '../engine/agent-for';
import type { LabConfig } from '../contracts/lab-config';
import type { MetricsTables } from '../contracts/metrics-tables';
import { metricsTables, restoreMetrics } from '../engine/metrics-log';
import type { ModelFileSummary } from '../contracts/model-file-summary';
import { decodeModelFile, encodeModelFile } from '../engine/model-file';
import type { TrainerCheckpoint } from '../contracts/trainer-state';
import { formatLabSearch, parseLabSearch, textCorrections } from '../preset/lab-url';
import { isPresetName } from '../preset/presets';
import { PLAIN_VIEW } from '../preset/url-keys';
import type { EvaluationResultAt, FileRefusal, ImportResult, RunFilesApi } from '../contracts/protocol';
import type { TrainingSession } from './training-session';
import { resumeSavedRun } from './stored-run-resume';

/** A model file that passed every check: what a new run needs to continue it. */
export interface PreparedImport {
  config: LabConfig;
  presetName: string;
  checkpoint: TrainerCheckpoint;
  metrics: MetricsTables;
  summary: ModelFileSummary;
}

type Prepared = { ok: true; value: PreparedImport } | { ok: false; refusal: FileRefusal };

const refused = (refusal: FileRefusal): Prepared => ({ ok: false, refusal });

/** Why loading threw: a checkpoint that does not fit, or an error of its own. */
function refusalOf(error: unknown): FileRefusal {
  if (error instanceof CheckpointError) return { code: 'checkpoint', refusal: error.refusal };
  return { code: 'unexpected', detail: error instanceof Error ? error.message : String(error) };
}

/** The file's link as a config, or why it is not one this lab wrote. */
export function readFileLink(text: string): { ok: true; link: ReturnType<typeof parseLabSearch> } | { ok: false; refusal: FileRefusal } {
  const link = parseLabSearch(text);
  // A link the lab wrote needs no corrections: one that does was not written by this lab's schema. One of
  // an older link version is rebuilt on the defaults it was saved under, which its checkpoint was trained with.
  const corrections = textCorrections(link.corrections);
  if (!text.startsWith('?') || corrections.length > 0) {
    const first = corrections[0];
    return { ok: false, refusal: first ? { code: 'link-settings', key: first.key, reason: first.reason } : { code: 'not-a-link' } };
  }
  return { ok: true, link };
}

/** Reads and checks a model file: what a new run needs, or why the file is not a model this lab can continue. */
export function prepareImport(bytes: Uint8Array): Prepared {
  const decoded = decodeModelFile(bytes);
  if (!decoded.ok) return refused({ code: 'file', problem: decoded.problem });
  const { summary, checkpoint, omittedArrays, metrics } = decoded.value;
  const read = readFileLink(summary.link);
  if (!read.ok) return read;
  const { link } = read;
  const candidate = trainerFor(link.config);
  try {
    if (omittedArrays.length > 0) {
      // Left out of the file: the replay memory, which starts empty as in a fresh run of the same config.
      const fresh = candidate.saveCheckpoint().agent.arrays;
      const unknown = omittedArrays.find((name) => !fresh[name]);
      if (unknown !== undefined) return refused({ code: 'omits-unknown', name: unknown });
      for (const name of omittedArrays) checkpoint.agent.arrays[name] = fresh[name];
    }
    candidate.loadCheckpoint(checkpoint);
    if (!candidate.agent.isFinite()) return refused({ code: 'network-not-finite' });
  } catch (error) {
    return refused(refusalOf(error));
  } finally {
    candidate.dispose();
  }
  return { ok: true, value: { config: link.config, presetName: link.presetName, checkpoint, metrics, summary } };
}

/** The worker's file calls, on the session's run. */
export function runFiles(session: TrainingSession, now: () => Date = () => new Date()): RunFilesApi {
  return {
    exportModel({ includeReplay, presetName }) {
      const current = session.current;
      if (!current) throw new Error('There is no run to save yet.');
      const { trainer, config, backend } = current;
      const link = formatLabSearch({ presetName: isPresetName(presetName) ? presetName : 'default', config, view: PLAIN_VIEW }, 'train');
      const run = { link, config, backend, agentName: trainer.agent.name, savedAt: now().toISOString(), checkpoint: trainer.liveCheckpoint(), metrics: metricsTables(trainer.metrics) };
      // The live checkpoint (its replay columns the buffer's own) is read at once: the file is encoded before training goes on.
      return { bytes: encodeModelFile(run, { includeReplay }), step: trainer.step };
    },
    async importModel(bytes): Promise<ImportResult> {
      const checked = prepareImport(bytes);
      if (!checked.ok) return checked;
      const prepared = checked.value;
      const ready = await session.reset(prepared.config);
      const trainer = session.current?.trainer;
      if (!trainer) return { ok: false, refusal: { code: 'replaced' } };
      trainer.loadCheckpoint(prepared.checkpoint);
      restoreMetrics(trainer.metrics, prepared.metrics);
      session.flush();
      return { ok: true, run: { ...ready, knobs: trainer.knobValues, presetName: prepared.presetName, summary: prepared.summary } };
    },
    saveRun: ({ presetName }) => session.saveRun(presetName),
    resumeSaved: () => resumeSavedRun(session),
    metricsTables() {
      const trainer = session.current?.trainer;
      return trainer ? metricsTables(trainer.metrics) : null;
    },
    evaluateNow(): EvaluationResultAt | null {
      const trainer = session.current?.trainer;
      if (!trainer) return null;
      const record = trainer.evaluate();
      session.flush();
      return { ...record };
    },
  };
}
