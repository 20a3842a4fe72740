// Finished runs kept for comparison: what one holds, the capped newest-first list, the thinned curves,
// and the settings in which a set of runs differs (pure functions; the slice and the storage use them).

import { configSectionOf, isAgentConfigSection, liveKnobValues } from '../contracts/agent-kinds';
import type { LabConfig } from '../contracts/lab-config';
import { CONFIG_SCHEMA, readField, type SchemaEntry } from '../preset/schema';
import { downsampleSeries, type Series } from './downsample';

/** finished: reached its step budget; diverged: stopped by a divergence; stopped: reset or replaced before its end. */
export type KeptRunStatus = 'finished' | 'diverged' | 'stopped';

export interface KeptRun {
  id: string;
  /** One more than the highest number kept when it was added: "#3" tells runs of one preset apart. */
  number: number;
  /** Milliseconds since the epoch. */
  startedAt: number;
  endedAt: number;
  presetName: string;
  /** The config the run started with, knobs turned before its first step included (later turns: knobChanges). */
  config: LabConfig;
  step: number;
  totalSteps: number;
  status: KeptRunStatus;
  /** The last greedy evaluation, or null when the run never reached one. */
  evaluation: { step: number; percentOfOracle: number } | null;
  /** How often alpha, gamma or epsilon was turned after the first step. */
  knobChanges: number;
  /** The moving average of the session return, thinned to at most KEPT_POINTS. */
  returns: Series;
  /** The TD loss of the updates, thinned to at most KEPT_POINTS. */
  loss: Series;
}

/** Runs kept; the oldest goes when one more arrives. */
export const KEPT_RUNS_CAP = 30;
/** Points kept per curve: plenty for a chart a few hundred pixels wide, small enough to keep 30 runs. */
export const KEPT_POINTS = 400;
/** A run stopped before this many environment steps is not kept: it has no curve worth comparing yet. */
export const MIN_STEPS_TO_KEEP = 1000;

/**
 * The run's curve, thinned (LTTB keeps its shape). A short curve is the run's own arrays: the lab's series
 * are plain arrays that are replaced, never changed, so the kept run can share them.
 */
export function keptSeries(series: Series, points = KEPT_POINTS): Series {
  return downsampleSeries(series, points);
}

/**
 * The list with the run added first (numbered after the highest kept), capped to the newest `cap`.
 * Runs are added as they end, each once under a new id, so putting it first keeps the list newest first.
 */
export function withRun(runs: readonly KeptRun[], run: Omit<KeptRun, 'number'>, cap = KEPT_RUNS_CAP): KeptRun[] {
  const number = runs.reduce((highest, kept) => Math.max(highest, kept.number), 0) + 1;
  return [{ ...run, number }, ...runs].slice(0, cap);
}

export function withoutRun(runs: readonly KeptRun[], id: string): KeptRun[] {
  return runs.filter((run) => run.id !== id);
}

/** A setting a run can be compared by: the agent, alpha and gamma of the chosen agent, or a schema field. */
export type SettingName = 'agent' | 'alpha' | 'gamma' | string;

/** The knob fields, compared as alpha and gamma of whichever agent the run chose. */
const KNOB_FIELDS = new Set(['learningRate', 'discount']);

/** Sections whose fields apply to a run of this agent: an agent kind's settings only to its own runs (a reference policy has none). */
function appliesTo(entry: SchemaEntry, agent: LabConfig['agent']): boolean {
  return !isAgentConfigSection(entry.section) || entry.section === configSectionOf(agent);
}

/** Every setting in the order a list shows them: the ones students turn first. */
const SETTING_ORDER: readonly SettingName[] = ['agent', 'alpha', 'gamma', ...CONFIG_SCHEMA.filter((entry) => !KNOB_FIELDS.has(entry.field)).map((entry) => entry.name)];

/** The run's settings by name, only those that apply to its agent: agent, alpha, gamma, then the schema's order. */
export function runSettings(config: LabConfig): Map<SettingName, unknown> {
  const settings = new Map<SettingName, unknown>([['agent', config.agent]]);
  if (configSectionOf(config.agent) !== null) {
    const { learningRate, discount } = liveKnobValues(config);
    settings.set('alpha', learningRate);
    settings.set('gamma', discount);
  }
  for (const entry of CONFIG_SCHEMA) {
    if (KNOB_FIELDS.has(entry.field) || !appliesTo(entry, config.agent)) continue;
    settings.set(entry.name, readField(config, entry));
  }
  return settings;
}

/**
 * The settings whose values are not all equal across the runs, in a fixed order. A setting is compared
 * only among the runs it applies to (a DQN's hidden width does not make it differ from a tabular run).
 */
export function differingSettings(configs: readonly LabConfig[]): SettingName[] {
  if (configs.length < 2) return [];
  const all = configs.map(runSettings);
  const present = new Set(all.flatMap((settings) => [...settings.keys()]));
  return SETTING_ORDER.filter((name) => present.has(name)).filter((name) => {
    const values = all.filter((settings) => settings.has(name)).map((settings) => JSON.stringify(settings.get(name)));
    return new Set(values).size > 1;
  });
}
