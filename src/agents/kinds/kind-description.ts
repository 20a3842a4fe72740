// What the page, the presets and the engine know of an agent kind without loading it (tfjs-free):
// its config table and the capabilities that decide which controls, charts and inspector panels apply.

import type { FieldSpec, FieldTable } from '../../sim/fields';

/**
 * How the kind learns, which decides what a "learning step" is:
 * - minibatch: gradient updates on sampled replay minibatches (a loss, a step the inspector can take alone);
 * - every-step: the values change on every environment step (no loss, no separate update);
 * - none: the kind does not learn (alpha and gamma are shown but unused).
 */
export type LearningGranularity = 'minibatch' | 'every-step' | 'none';

/** A field of a kind's config table: its descriptor (range, choices, help) and its default. */
export type KindField<Value> = FieldSpec & { readonly default: Value };

export interface AgentKindDescription<Config extends object = object> {
  /** The kind's name in model files and checkpoints, and its config's section in links and files. */
  readonly id: string;
  /** Where the page's catalogs word the kind (its name in menus, its drawer section, its name in file messages); not the id, which links and files keep. */
  readonly messageKey: string;
  /** The values of the lab's agent choice (and of the `agent` link key) that pick this kind. */
  readonly choices: readonly string[];
  /** Each config field once: descriptor and default (null for a kind with nothing to set). */
  readonly table: { readonly [Key in keyof Config]: KindField<Config[Key]> } | null;
  /** The table's descriptors (what the schema, the drawer and the command line read). */
  readonly fields: FieldTable<Config> | null;
  /** The table's defaults. */
  readonly defaults: Readonly<Config> | null;
  /** The config fields the knobs turn while training runs (alpha and gamma), without a restart. */
  readonly liveKnobs: readonly ('learningRate' | 'discount')[];
  readonly learning: LearningGranularity;
  /** A replay memory: its capacity under this config (what a saved file's replay weighs), or null without one. */
  replayCapacity(config: Config): number | null;
  /** True when the compute backend matters (a network trains on tfjs), so the backend is measured for its shape. */
  readonly usesComputeBackend: boolean;
}
