// The run's files on the worker side: a model file written from the run on show, and a model file read
// into a new run, checked on a throwaway trainer first so that a bad file leaves the current run untouched.

import { trainerFor } from '../engine/agent-for';
import type { LabConfig } from '../engine/lab-config';
import { metricsTables, restoreMetrics, type MetricsTables } from '../engine/metrics-tables';
import { decodeModelFile, encodeModelFile, type ModelFileSummary } from '../engine/model-file';
import type { TrainerCheckpoint } from '../engine/trainer';
import { formatLabSearch, parseLabSearch } from '../preset/lab-url';
import { isPresetName } from '../preset/presets';
import { PLAIN_VIEW } from '../preset/url-keys';
import type { EvaluationResultAt, ImportedRun, RunFilesApi } from './protocol';
import type { TrainingSession } from './training-session';

/** A model file that passed every check: what a new run needs to continue it. */
export interface PreparedImport {
  config: LabConfig;
  presetName: string;
  checkpoint: TrainerCheckpoint;
  metrics: MetricsTables;
  summary: ModelFileSummary;
}

const refusal = (reason: string) => new Error(`This file cannot be loaded: ${reason.replace(/^Cannot load this checkpoint: /, '').replace(/\.$/, '')}.`);

/** Reads and checks a model file; throws a readable Error for anything that is not a model this lab can continue. */
export function prepareImport(bytes: Uint8Array): PreparedImport {
  const decoded = decodeModelFile(bytes);
  if (!decoded.ok) throw refusal(decoded.problem);
  const { summary, checkpoint, omittedArrays, metrics } = decoded.value;
  const link = parseLabSearch(summary.link);
  // A link the lab wrote needs no corrections: one that does was not written by this lab's schema.
  if (!summary.link.startsWith('?') || link.corrections.length > 0) {
    const first = link.corrections[0];
    throw refusal(first ? `its settings are not ones this lab runs (${first.key} ${first.reason})` : 'its settings are not a lab link');
  }
  const candidate = trainerFor(link.config);
  try {
    if (omittedArrays.length > 0) {
      // Left out of the file: the replay memory, which starts empty as in a fresh run of the same config.
      const fresh = candidate.saveCheckpoint().agent.arrays;
      for (const name of omittedArrays) {
        if (!fresh[name]) throw refusal(`it leaves out ${name}, which this agent does not have`);
        checkpoint.agent.arrays[name] = fresh[name];
      }
    }
    candidate.loadCheckpoint(checkpoint);
    if (!candidate.agent.isFinite()) throw refusal('its network holds values that are not finite numbers');
  } catch (error) {
    throw error instanceof Error && error.message.startsWith('This file') ? error : refusal(error instanceof Error ? error.message : String(error));
  } finally {
    candidate.dispose();
  }
  return { config: link.config, presetName: link.presetName, checkpoint, metrics, summary };
}

/** The worker's file calls, on the session's run. */
export function runFiles(session: TrainingSession, now: () => Date = () => new Date()): RunFilesApi {
  return {
    exportModel({ includeReplay, presetName }) {
      const current = session.current;
      if (!current) throw new Error('There is no run to save yet.');
      const { trainer, config, backend } = current;
      const link = formatLabSearch({ presetName: isPresetName(presetName) ? presetName : 'default', config, view: PLAIN_VIEW }, 'train');
      const run = { link, config, backend, agentName: trainer.agent.name, savedAt: now().toISOString(), checkpoint: trainer.saveCheckpoint(), metrics: metricsTables(trainer.metrics) };
      return { bytes: encodeModelFile(run, { includeReplay }), step: trainer.step };
    },
    async importModel(bytes): Promise<ImportedRun> {
      const prepared = prepareImport(bytes);
      const ready = await session.reset(prepared.config);
      const trainer = session.current?.trainer;
      if (!trainer) throw new Error('The run was replaced while the file loaded.');
      trainer.loadCheckpoint(prepared.checkpoint);
      restoreMetrics(trainer.metrics, prepared.metrics);
      session.flush();
      return { ...ready, knobs: trainer.knobValues, presetName: prepared.presetName, summary: prepared.summary };
    },
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
