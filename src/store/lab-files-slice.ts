// Export and import: metric tables and model files to download, a model file to load, and the autosave
// of the last run that is offered back after a reload. Actions return files; the page does the download.

import type { StateCreator } from 'zustand';
import { MAX_FILE_BYTES, megabytes } from '../engine/file-container';
import { MODEL_FILE_EXTENSION } from '../engine/model-file';
import type { AutosaveMeta, AutosaveStorage } from './autosave-storage';
import type { RunFilesClient } from './lab-client';
import type { LabSlice } from './lab-slice';
import { metricsJson, tableCsv, type MetricTable } from './metrics-export';

export interface FileNotice {
  kind: 'done' | 'error';
  text: string;
}

export interface LabFiles {
  /** A file is being written or read (buttons wait). */
  busy: boolean;
  notice: FileNotice | null;
  /** The run kept from an earlier visit, until the reader resumes or discards it (or a new autosave replaces it). */
  offer: AutosaveMeta | null;
  /** Step of the last autosave of this run (-1 before one). */
  autosavedStep: number;
  /** Why autosave is off or partial in this browser (private window, full disk), else null. */
  autosaveProblem: string | null;
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

const initialFiles: LabFiles = { busy: false, notice: null, offer: null, autosavedStep: -1, autosaveProblem: null };
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
const formatStep = (step: number) => step.toLocaleString('en-US');

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
        update({ notice: { kind: 'error', text: message(error) } });
        return null;
      } finally {
        update({ busy: false });
      }
    };

    const loadBytes = (bytes: Uint8Array) =>
      withBusy(async (client) => {
        const imported = await client.importModel(bytes);
        get().labActions.adoptImported(imported);
        const saved = new Date(imported.summary.savedAt).toLocaleString('en-GB');
        update({ offer: null, autosavedStep: imported.summary.step, notice: { kind: 'done', text: `Loaded the run saved ${saved} at step ${formatStep(imported.summary.step)}. Press Play to train on, or evaluate it now.` } });
        return true;
      });

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
            if (!tables || !config) throw new Error('There is no run to export yet.');
            if (table !== 'json') return { name: fileName(table, '.csv'), type: 'text/csv', data: tableCsv(tables, table) };
            const context = { config, link, backend: backend?.backend ?? null, step: run.step, updates: run.updates, trainingSeconds: run.trainingSeconds, exportedAt: new Date().toISOString() };
            return { name: fileName('metrics', '.json'), type: 'application/json', data: metricsJson(tables, context) };
          }),
        async loadModel(file) {
          if (file.size > MAX_FILE_BYTES) {
            update({ notice: { kind: 'error', text: `This file cannot be loaded: it is ${megabytes(file.size)}, larger than any lab file can be (${megabytes(MAX_FILE_BYTES)}).` } });
            return;
          }
          await loadBytes(new Uint8Array(await file.arrayBuffer()));
        },
        evaluateNow: async () => {
          await withBusy(async (client) => {
            const result = await client.evaluateNow();
            if (!result) return;
            const text = `Greedy evaluation at step ${formatStep(result.step)}: mean return ${result.meanReturn.toFixed(4)} (${result.percentOfOracle.toFixed(1)}% of oracle).`;
            update({ notice: { kind: 'done', text } });
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
            update({ autosaveProblem: `Autosave is off in this browser window (${message(error)}): download the model to keep a run.` });
          }
        },
        async autosave() {
          const client = files();
          const { lab, labFiles } = get();
          if (!client || saving || labFiles.busy || lab.phase !== 'ready' || lab.run.status === 'diverged' || lab.run.step === 0 || lab.run.step === labFiles.autosavedStep) return;
          saving = true;
          try {
            const keep = async (includeReplay: boolean) => {
              const { bytes, step } = await client.exportModel({ includeReplay, presetName: lab.presetName });
              const meta: AutosaveMeta = { savedAt: Date.now(), step, agentName: lab.config?.agent ?? 'dqn', bytes: bytes.length, includesReplay: includeReplay };
              await storage.write(meta, bytes);
              return step;
            };
            let step: number;
            try {
              step = await keep(true);
              update({ autosaveProblem: null });
            } catch {
              // A replay memory can be tens of megabytes: without it the run still resumes, learning after a refill.
              step = await keep(false);
              update({ autosaveProblem: 'Autosave keeps the network but not the replay memory: this browser gave it too little room.' });
            }
            update({ offer: null, autosavedStep: step });
          } catch (error) {
            update({ autosaveProblem: `Autosave is off: this browser would not store the run (${message(error)}). Download the model to keep it.` });
          } finally {
            saving = false;
          }
        },
        async resumeAutosave() {
          let bytes: Uint8Array | null = null;
          try {
            bytes = await storage.readFile();
          } catch (error) {
            update({ notice: { kind: 'error', text: `The saved run could not be read (${message(error)}).` } });
          }
          if (bytes && !(await loadBytes(bytes))) await get().labFilesActions.discardAutosave();
          else if (!bytes) update({ offer: null });
        },
        async discardAutosave() {
          update({ offer: null });
          await storage.clear().catch(() => {});
        },
      },
    };
  };
}
