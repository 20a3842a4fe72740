// The train command's options: the run's own flags plus one flag per config field (from the schema),
// and the translation of parsed flags into a lab config.

import { applyPatch, type LabConfig, type LabConfigPatch } from '../contracts/lab-config';
import { trainsOnEvaluationCohort } from '../contracts/seed-guard';
import { PRESET_NAMES, PRESETS, type PresetName } from '../preset/presets';
import { AGENT_FIELD, CONFIG_SCHEMA, KNOB_ALIASES, knobEntry, patchField, schemaEntry, type SchemaEntry } from '../preset/schema';
import { presetConfig } from '../preset/presets';
import { UsageError, choice, fieldValidator, flag, integer, number, optionName, repeated, value, type OptionTable, type ValueOption } from './args';

/** One axis of a sweep: a config field and the values it takes. */
export interface SweepAxis {
  name: string;
  values: Array<number | string | boolean>;
}

function parseSweep(raw: string): SweepAxis {
  const equals = raw.indexOf('=');
  if (equals < 1) throw new Error(`expected field=value,value..., got "${raw}"`);
  const name = resolveName(raw.slice(0, equals).trim());
  const entry = schemaEntry(name);
  if (!entry && name !== 'agent') throw new Error(`unknown config field "${raw.slice(0, equals)}"`);
  const validate = fieldValidator(entry ? entry.spec : AGENT_FIELD);
  const values = raw.slice(equals + 1).split(',').map((part) => part.trim());
  if (values.length === 0 || values.some((part) => part === '')) throw new Error(`expected values after "${name}="`);
  return { name, values: values.map((part) => validate(part)) };
}

/** gamma and alpha name the discount and learning rate of whichever agent is chosen. */
function resolveName(name: string): string {
  return KNOB_ALIASES[name] ?? name;
}

const RUN_OPTIONS = {
  preset: value<PresetName>(PRESET_NAMES.join('|'), choice(PRESET_NAMES), 'default', 'Preset to start from'),
  steps: value<number | undefined>('N', integer({ min: 100, max: 100_000_000 }), undefined, 'Training budget in environment steps (overrides totalSteps)'),
  seed: value<number | undefined>('N', integer({ min: 0, max: 2 ** 32 - 1 }), undefined, 'Training seed (overrides trainingSeed)'),
  seconds: value<number | undefined>('S', number({ min: 1, max: 86_400 }), undefined, 'Stop after this many seconds of training, whatever the step budget'),
  epsilon: value<number | undefined>('E', number({ min: 0, max: 1 }), undefined, 'A fixed exploration rate (no decay)'),
  alpha: value<number | undefined>('A', number({ min: 0, max: 1 }), undefined, "Learning rate of the chosen agent (alias of its learningRate)"),
  gamma: value<number | undefined>('G', number({ min: 0, max: 0.999 }), undefined, 'Discount of the chosen agent (alias of its discount)'),
  agent: value<string | undefined>(String((AGENT_FIELD as { choices: readonly string[] }).choices.join('|')), choice((AGENT_FIELD as { choices: readonly string[] }).choices), undefined, 'Which agent to train or evaluate'),
  sweep: repeated('FIELD=V1,V2', parseSweep, 'Train every combination of these values (e.g. gamma=0,0.9,0.99)'),
  finalShoppers: value('N', integer({ min: 10, max: 20_000 }), 2000, 'Shoppers in the final evaluation (the periodic ones use evaluationShoppers)'),
  seeds: value('K', integer({ min: 1, max: 100 }), 1, 'Training seeds per setting: seed, seed+1, ...'),
  json: flag('Print one JSON object (or, for a sweep, one per setting) instead of tables'),
  quiet: flag('No progress bar'),
  help: flag('Show this help'),
};

/** One option per config field not already a run option; fields shared by the DQN and tabular sections apply to the chosen agent. */
function fieldOptions(): Record<string, ValueOption<unknown>> {
  const options: Record<string, ValueOption<unknown>> = {};
  for (const entry of CONFIG_SCHEMA) {
    if (entry.name in RUN_OPTIONS) continue;
    const placeholder = entry.spec.kind === 'choice' ? entry.spec.choices.join('|') : entry.spec.kind === 'boolean' ? 'true|false' : 'X';
    options[entry.name] = value(placeholder, fieldValidator(entry.spec), undefined, `${entry.spec.doc} [${entry.section}]`);
  }
  return options;
}

export const TRAIN_OPTIONS = { ...RUN_OPTIONS, ...fieldOptions() } satisfies OptionTable;
export type TrainArgs = Record<string, unknown> & {
  preset: PresetName;
  steps: number | undefined;
  seed: number | undefined;
  seconds: number | undefined;
  epsilon: number | undefined;
  agent: string | undefined;
  sweep: SweepAxis[];
  seeds: number;
  finalShoppers: number;
  json: boolean;
  quiet: boolean;
  help: boolean;
};

/** The schema entry a field name addresses, with learningRate and discount following the chosen agent. */
function entryFor(name: string, agent: string): SchemaEntry {
  const entry = knobEntry(name, agent as LabConfig['agent']) ?? schemaEntry(resolveName(name));
  if (!entry) throw new UsageError(`unknown config field --${optionName(name)}`);
  return entry;
}

/** Applies one named value (a flag or a sweep coordinate) to a patch. */
export function applySetting(patch: LabConfigPatch, name: string, setting: unknown, agent: string): LabConfigPatch {
  if (name === 'agent') return { ...patch, agent: setting as LabConfig['agent'] };
  return patchField(patch, entryFor(name, agent), setting);
}

/** The config the flags describe: the preset, then agent, then field flags, then the run flags. */
export function configFromArgs(args: TrainArgs, extra: Array<[string, unknown]> = []): LabConfig {
  const base = presetConfig(args.preset);
  const agent = String(extra.find(([name]) => name === 'agent')?.[1] ?? args.agent ?? base.agent);
  let patch: LabConfigPatch = { agent: agent as LabConfig['agent'] };
  for (const entry of CONFIG_SCHEMA) {
    const given = args[entry.name];
    if (given !== undefined && !(entry.name in RUN_OPTIONS)) patch = applySetting(patch, entry.name, given, agent);
  }
  if (args.alpha !== undefined) patch = applySetting(patch, 'alpha', args.alpha, agent);
  if (args.gamma !== undefined) patch = applySetting(patch, 'gamma', args.gamma, agent);
  if (args.steps !== undefined) patch = applySetting(patch, 'totalSteps', args.steps, agent);
  if (args.seed !== undefined) patch = applySetting(patch, 'trainingSeed', args.seed, agent);
  if (args.epsilon !== undefined) {
    patch = applySetting(patch, 'explorationStart', args.epsilon, agent);
    patch = applySetting(patch, 'explorationEnd', args.epsilon, agent);
    patch = applySetting(patch, 'explorationDecaySteps', 0, agent);
  }
  for (const [name, setting] of extra) patch = applySetting(patch, name, setting, agent);
  return applyPatch(base, patch);
}

export function presetDescription(name: PresetName): string {
  return PRESETS[name].description;
}

/**
 * Refuses a run that would train on its evaluation cohort: a training seed equal to the evaluation seed
 * draws exactly the cohort's shoppers and coin flips, so the score would be measured on training data.
 */
export function refuseTrainingOnCohort(configs: readonly LabConfig[], seeds: number): void {
  const clash = configs.find((config) => trainsOnEvaluationCohort(config.training));
  if (!clash) return;
  const seed = clash.training.trainingSeed;
  const trained = seeds > 1 ? ` (--seeds ${seeds} trains seed ${seed} among its consecutive seeds)` : '';
  throw new UsageError(
    `training seed ${seed} is the evaluation seed${trained}: the agent would train on exactly the shoppers and coin flips ` +
      'it is scored on, so its score would say nothing about shoppers it has not met. Choose another --seed or --evaluation-seed',
  );
}
