// Export and import: metric tables and model files to download, a model file to load, and the autosave
// of the last run that is offered back after a reload. Actions return files; the page does the download.
// The autosave is the training worker's run store: the page asks the worker to keep the run (a save of a few
// kilobytes to a few megabytes, written by the worker itself) and reads back only the small meta record.

import type { StateCreator } from 'zustand';
import { MAX_FILE_BYTES } from '../contracts/file-container';
import { MODEL_FILE_EXTENSION } from '../contracts/model-file-summary';
import type { AutosaveMeta, AutosaveStorage } from './autosave-storage';
import type { FileRefusal, ImportResult } from '../contracts/protocol';
import type { RunFilesClient } from '../controller/training-client';
import type { LabSlice } from './lab-slice';
import { metricsJson, tableCsv, type MetricTable } from './metrics-export';

/** What a file action did, as a code with its values (the page words it). */
export type FileMessage =
  /** A model file loaded: the run saved at savedAt (ISO 8601) at this step. */
  | { code: 'loaded'; savedAt: string; step: number }
  | { code: 'evaluated'; step: number; meanReturn: number; percentOfOracle: number }
  | { code: 'refused'; refusal: FileRefusal }
  | { code: 'nothing-to-export' }
  /** Anything else that failed, with the error's own message. */
  | { code: 'failed'; detail: string };

export interface FileNotice {
  kind: 'done' | 'error';
  message: FileMessage;
}

/** Why autosave is off or partial in this browser; detail is the browser's own message. */
export type AutosaveProblem =
  /** Storage could not even be opened (private windows): nothing is kept. */
  | { code: 'unavailable'; detail: string }
  /** The run is kept without its replay memory (too little room). */
  | { code: 'without-replay' }
  /** Storage refused the run. */
  | { code: 'refused'; detail: string };

export interface LabFiles {
  /** A file is being written or read (buttons wait). */
  busy: boolean;
  notice: FileNotice | null;
  /** The run kept from an earlier visit, until the reader resumes or discards it (or a new autosave replaces it). */
  offer: AutosaveMeta | null;
  /** Step of the last autosave of this run (-1 before one). */
  autosavedStep: number;
  /** The run id of the last autosave (0 before one): a new run is saved soon after it starts training. */
  autosavedRunId: number;
  /** Why autosave is off or partial in this browser (private window, full disk), else null. */
  autosaveProblem: AutosaveProblem | null;
}

/** A file for the page to hand to the browser's download. */
export interface DownloadFile {
  name: string;
  type: string;
  data: BlobPart;
}

export interface LabFilesActions {
  modelFile(includeReplay: boolean): Promise<DownloadFile | null>;
  /** One table as CSV, or 'json': every table with the config, the given link and the backend. */
  metricsFile(table: MetricTable | 'json', link: string): Promise<DownloadFile | null>;
  /** Replaces the run with a model file's; a refused file leaves the run as it was and says why. */
  loadModel(file: Blob): Promise<void>;
  evaluateNow(): Promise<void>;
  dismissNotice(): void;
  /** Looks for a run kept from an earlier visit (once per page). */
  checkAutosave(): Promise<void>;
  /** Keeps the run (with its replay memory when the browser has room) unless nothing changed since the last save. */
  autosave(): Promise<void>;
  resumeAutosave(): Promise<void>;
  discardAutosave(): Promise<void>;
}

export interface LabFilesSlice {
  labFiles: LabFiles;
  labFilesActions: LabFilesActions;
}

const initialFiles: LabFiles = { busy: false, notice: null, offer: null, autosavedStep: -1, autosavedRunId: 0, autosaveProblem: null };
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function createLabFilesSlice(files: () => RunFilesClient | null, storage: AutosaveStorage): StateCreator<LabFilesSlice & LabSlice, [], [], LabFilesSlice> {
  return (set, get) => {
    const update = (change: Partial<LabFiles>) => set((state) => ({ labFiles: { ...state.labFiles, ...change } }));
    // One autosave at a time: the timer, a pause and a page hide may all ask at once.
    let saving = false;
    let checked = false;
    const fileName = (what: string, extension: string) => `q-shop-lab-${what}-step-${get().lab.run.step}${extension}`;

    /** Runs a file action with the busy flag, turning any failure into a notice. */
    const withBusy = async <T>(action: (client: RunFilesClient) => Promise<T>): Promise<T | null> => {
      const client = files();
      if (!client || get().labFiles.busy) return null;
      update({ busy: true, notice: null });
      try {
        return await action(client);
      } catch (error) {
        update({ notice: { kind: 'error', message: { code: 'failed', detail: message(error) } } });
        return null;
      } finally {
        update({ busy: false });
      }
    };

    /** Loads a model file (or the run kept in this browser) as the run on show; the run it replaces is put aside, for Undo. */
    const loadRun = (cause: 'file' | 'saved', load: (client: RunFilesClient) => Promise<ImportResult>) =>
      withBusy((client) =>
        get().labActions.replaceRun(cause, async () => {
          const result = await load(client);
          if (!result.ok) {
            update({ notice: { kind: 'error', message: { code: 'refused', refusal: result.refusal } } });
            return false;
          }
          const imported = result.run;
          get().labActions.adoptImported(imported);
          const { step, savedAt } = imported.summary;
          update({ offer: null, autosavedStep: step, autosavedRunId: imported.runId, notice: { kind: 'done', message: { code: 'loaded', savedAt, step } } });
          return true;
        }),
      );

    return {
      labFiles: initialFiles,
      labFilesActions: {
        modelFile: (includeReplay) =>
          withBusy(async (client) => {
            const { bytes } = await client.exportModel({ includeReplay, presetName: get().lab.presetName });
            return { name: fileName('model', MODEL_FILE_EXTENSION), type: 'application/octet-stream', data: bytes as Uint8Array<ArrayBuffer> };
          }),
        metricsFile: (table, link) =>
          withBusy(async (client) => {
            const tables = await client.metricsTables();
            const { config, backend, run } = get().lab;
            if (!tables || !config) {
              update({ notice: { kind: 'error', message: { code: 'nothing-to-export' } } });
              return null;
            }
            if (table !== 'json') return { name: fileName(table, '.csv'), type: 'text/csv', data: tableCsv(tables, table) };
            const context = { config, link, backend: backend?.backend ?? null, step: run.step, updates: run.updates, trainingSeconds: run.trainingSeconds, exportedAt: new Date().toISOString() };
            return { name: fileName('metrics', '.json'), type: 'application/json', data: metricsJson(tables, context) };
          }),
        async loadModel(file) {
          if (file.size > MAX_FILE_BYTES) {
            const refusal: FileRefusal = { code: 'file', problem: { code: 'too-large', bytes: file.size, limit: MAX_FILE_BYTES } };
            update({ notice: { kind: 'error', message: { code: 'refused', refusal } } });
            return;
          }
          const bytes = new Uint8Array(await file.arrayBuffer());
          await loadRun('file', (client) => client.importModel(bytes));
        },
        evaluateNow: async () => {
          await withBusy(async (client) => {
            const result = await client.evaluateNow();
            if (!result) return;
            const { step, meanReturn, percentOfOracle } = result;
            update({ notice: { kind: 'done', message: { code: 'evaluated', step, meanReturn, percentOfOracle } } });
          });
        },
        dismissNotice: () => update({ notice: null }),
        async checkAutosave() {
          // Once per page: later, the saved run is this page's own.
          if (checked) return;
          checked = true;
          try {
            update({ offer: await storage.readMeta() });
          } catch (error) {
            update({ autosaveProblem: { code: 'unavailable', detail: message(error) } });
          }
        },
        async autosave() {
          const client = files();
          const { lab, labFiles } = get();
          const unchanged = lab.run.runId === labFiles.autosavedRunId && lab.run.step === labFiles.autosavedStep;
          if (!client || saving || labFiles.busy || lab.phase !== 'ready' || lab.run.status === 'diverged' || lab.run.step === 0 || unchanged) return;
          const { runId } = lab.run;
          saving = true;
          try {
            // The worker writes the run and keeps it every few seconds from now on; nothing large comes back here.
            const saved = await client.saveRun({ presetName: lab.presetName });
            if (!saved) return;
            // Without room for the replay memory the run is kept without it: it resumes, learning after a refill.
            update({ offer: null, autosavedStep: saved.step, autosavedRunId: runId, autosaveProblem: saved.includesReplay ? null : { code: 'without-replay' } });
          } catch (error) {
            update({ autosaveProblem: { code: 'refused', detail: message(error) } });
          } finally {
            saving = false;
          }
        },
        async resumeAutosave() {
          // The worker loads the run from its store; a run it cannot load is refused with the reason, and forgotten.
          if (!(await loadRun('saved', (client) => client.resumeSaved()))) await get().labFilesActions.discardAutosave();
        },
        async discardAutosave() {
          update({ offer: null });
          await storage.clear().catch(() => {});
        },
      },
    };
  };
}
