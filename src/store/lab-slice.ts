// The "Train the agent" slice: the presets' catalogue, the config being edited, and the live run's view.
// Actions are thin: they send a command to the run controller's worker and copy what comes back into state;
// the controller owns the worker's life (start, heartbeat, where the worker keeps the run, restart).

import type { StateCreator } from 'zustand';
import type { LabConfig } from '../contracts/lab-config';
import type { KnobName } from '../contracts/metrics';
import type { MetricsBatch, RunReady, Speed } from '../contracts/protocol';
import { superviseRun, type RunKeeping, type WorkerRestart } from '../controller/supervised-run';
import { LAB_RUN_SLOT } from '../contracts/run-store-layout';
import type { ClientEvents, TrainingClient } from '../controller/training-client';
import { applyBatch, emptyRunView, type RunNotice, type RunView } from './lab-run';
import { initialLab, type LabSlice, type TrainingLab } from './lab-state';
import { replaceKeeping, type PutAside, type ReplaceCause } from './run-replacement';
import { lowerLearningRate, withExplorationSchedule, withField, withKnob } from '../preset/config-edits';

export type { LabPhase, LabSlice, LabStart, TrainingLab, TrainingLabActions } from './lab-state';

/** The training page's run is kept in the slot a reload offers back, from the page's first autosave of it on. */
const LAB_KEEPING: RunKeeping = { key: LAB_RUN_SLOT, savesFrom: 'first-request' };

/** Speeds at which every step of the followed shopper is shown (the worker posts each one). */
const isSlowMotion = (speed: Speed) => typeof speed === 'number' && speed <= 10;

/** An error's own words (the engine's message), for a status that shows them. */
export const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The run view once a worker says a run is ready: a newer run starts empty with its knobs, the same run keeps what it charted. */
export function adoptedRun(run: RunView, ready: Pick<RunReady, 'runId' | 'knobs'>): RunView {
  return run.runId < ready.runId ? { ...emptyRunView(ready.runId), knobs: ready.knobs } : { ...run, knobs: run.knobs ?? ready.knobs };
}

export function createLabSlice(createClient: (events: ClientEvents) => TrainingClient): StateCreator<LabSlice, [], [], LabSlice> {
  return (set, get) => {
    // The controller lives in this store's closure: it is not state, and components never touch it.
    const controller = superviseRun({
      createClient,
      currentRun() {
        const { config, run, speed } = get().lab;
        return config ? { config, runId: run.runId, step: run.step, running: run.status === 'running', speed } : null;
      },
      onBatch: (batch) => onBatch(batch),
      onRestarting: () => update({ phase: 'loading' }),
      onRestarted: (restart) => adoptRestart(restart),
      onRestartFailed: (_loss, error) => {
        if (error !== null) fail(error);
      },
    }, LAB_KEEPING);
    const update = (change: Partial<TrainingLab>) => set((state) => ({ lab: { ...state.lab, ...change } }));
    const fail = (error: unknown) => update({ phase: 'error', error: errorMessage(error) });
    const send = (command: (active: TrainingClient) => Promise<void>) => {
      const active = controller.client;
      if (active) command(active).catch(fail);
    };
    // The id of the run adopted last: the worker's first batch of a new run may arrive before its answer.
    let adoptedRunId = 0;
    const adopt = (ready: RunReady) => {
      const { run, budgetIncrement, knobsAfterEnd } = get().lab;
      const newRun = ready.runId !== adoptedRunId;
      adoptedRunId = ready.runId;
      update({
        phase: 'ready',
        error: null,
        config: ready.config,
        backend: ready.backend,
        references: ready.references,
        run: adoptedRun(run, ready),
        budgetIncrement: newRun ? ready.config.training.totalSteps : budgetIncrement,
        knobsAfterEnd: newRun ? [] : knobsAfterEnd,
      });
    };
    // The run the last replacement put aside: its file lives here, out of state (it can be tens of megabytes).
    let putAside: PutAside | null = null;
    const replaceNow = async (cause: ReplaceCause, replace: () => Promise<boolean>) => {
      const { run, presetName } = get().lab;
      const active = controller.client;
      const commands = { files: active?.files, pause: async () => active?.pause(), play: async () => active?.play() };
      const { replaced, aside } = await replaceKeeping({ run, presetName }, commands, cause, replace);
      // A run replaced before it trained leaves the earlier put-aside run to Undo.
      if (aside) {
        putAside = aside;
        update({ replaced: aside.run });
      }
      return replaced;
    };
    // One replacement at a time (two digit keys in a row): each one sees the run the previous one left.
    let replacing: Promise<unknown> = Promise.resolve();
    const replaceRun = (cause: ReplaceCause, replace: () => Promise<boolean>): Promise<boolean> => {
      const next = replacing.then(() => replaceNow(cause, replace));
      replacing = next.catch(() => {});
      return next;
    };
    /** Knobs turned after the budget ran out: the page offers to train on with them, or to reset. */
    const noteKnobAfterEnd = (knob: KnobName) => {
      const { run, knobsAfterEnd } = get().lab;
      if (run.status === 'finished' && !knobsAfterEnd.includes(knob)) update({ knobsAfterEnd: [...knobsAfterEnd, knob] });
    };
    const onBatch = (batch: MetricsBatch) => {
      set((state) => ({
        lab: {
          ...state.lab,
          run: applyBatch(state.lab.run, batch, { watchEveryStep: isSlowMotion(state.lab.speed) }),
          backend: batch.runId === state.lab.run.runId && batch.backend ? batch.backend : state.lab.backend,
        },
      }));
    };
    /** A new worker holds the run again: adopt it, and say from where it went on. */
    const adoptRestart = ({ ready, loss, lostAt, checkpointStep, unreadable }: WorkerRestart) => {
      adopt(ready);
      const notice: RunNotice =
        checkpointStep === null ? { code: 'worker-restarted-from-start', loss, unreadable } : { code: 'worker-restarted', loss, lostAt, checkpointStep };
      set((state) => ({ lab: { ...state.lab, run: { ...state.lab.run, notice } } }));
    };
    const restart = async (config: LabConfig): Promise<boolean> => {
      const client = controller.client;
      if (!client) return false;
      update({ phase: 'loading', draft: config });
      try {
        adopt(await client.reset(config));
        await client.setSpeed(get().lab.speed);
        return true;
      } catch (error) {
        fail(error);
        return false;
      }
    };

    return {
      lab: initialLab,
      labActions: {
        async connect(start) {
          if (get().lab.phase !== 'idle') return;
          update({ phase: 'loading' });
          try {
            const client = controller.start();
            const catalogue = await client.catalogue();
            const preset = catalogue.presets.find((entry) => entry.name === (start?.presetName ?? get().lab.presetName)) ?? catalogue.presets[0];
            const config = start?.config ?? preset.config;
            update({ catalogue, presetName: preset.name, draft: config });
            adopt(await controller.init(config));
            await client.setSpeed(get().lab.speed);
            if (start?.autoplay) await client.play();
          } catch (error) {
            fail(error);
          }
        },
        play: () => send((active) => active.play()),
        pause: () => send((active) => active.pause()),
        stepOnce() {
          update({ stepNotice: null });
          send((active) => active.stepOnce());
        },
        stepShopper() {
          update({ stepNotice: null });
          send((active) => active.stepShopper());
        },
        stepSession() {
          update({ stepNotice: null });
          send((active) => active.stepSession());
        },
        stepUpdate() {
          send(async (active) => update({ stepNotice: await active.stepUpdate() }));
        },
        dismissStepNotice: () => update({ stepNotice: null }),
        dismissRunNotice: () => set((state) => ({ lab: { ...state.lab, run: { ...state.lab.run, notice: null } } })),
        setSpeed(speed) {
          update({ speed });
          send((active) => active.setSpeed(speed));
        },
        setKnob(knob, value) {
          const { draft } = get().lab;
          if (draft) update({ draft: withKnob(draft, knob, value) });
          noteKnobAfterEnd(knob);
          send((active) => active.setKnobs({ [knob]: value }));
        },
        setExplorationSchedule(schedule) {
          const { draft } = get().lab;
          if (draft) update({ draft: withExplorationSchedule(draft, schedule) });
          noteKnobAfterEnd('explorationRate');
          send((active) => active.setKnobs({ explorationSchedule: schedule }));
        },
        setDraftField(section, field, value) {
          const { draft } = get().lab;
          if (draft) update({ draft: withField(draft, section, field, value) });
        },
        setAgent(agent) {
          const { draft } = get().lab;
          if (draft) update({ draft: { ...draft, agent } });
        },
        async choosePreset(name) {
          const preset = get().lab.catalogue?.presets.find((entry) => entry.name === name);
          if (!preset) return;
          await replaceRun('preset', async () => {
            update({ presetName: name });
            return restart(preset.config);
          });
        },
        async reset() {
          const { draft } = get().lab;
          if (draft) await replaceRun('reset', () => restart(draft));
        },
        async continueTraining() {
          const active = controller.client;
          const { run, budgetIncrement } = get().lab;
          if (!active || run.status !== 'finished' || budgetIncrement <= 0) return;
          try {
            const config = await active.extendBudget(budgetIncrement);
            if (!config) return;
            // The link and the next reset carry the budget the run now has, so that a shared link reproduces it.
            const { draft } = get().lab;
            update({ config, knobsAfterEnd: [], draft: draft ? withField(draft, 'training', 'totalSteps', config.training.totalSteps) : draft });
            await active.play();
          } catch (error) {
            fail(error);
          }
        },
        async undoReplace() {
          const aside = putAside;
          const files = controller.client?.files;
          if (!aside || !files) return;
          putAside = null;
          update({ replaced: null });
          await replaceRun('undo', async () => {
            const result = await files.importModel(aside.file);
            if (!result.ok) return false;
            get().labActions.adoptImported({ ...result.run, presetName: aside.run.presetName });
            return true;
          });
        },
        dismissReplaced() {
          putAside = null;
          update({ replaced: null });
        },
        replaceRun,
        async lowerAlphaAndRestart() {
          const { draft } = get().lab;
          if (draft) await restart(lowerLearningRate(draft));
        },
        adoptImported(imported) {
          update({ presetName: imported.presetName, draft: imported.config });
          adopt(imported);
        },
      },
    };
  };
}
