// Every agent kind the lab offers, as tfjs-free descriptions, and the lookups the page, the presets and
// the engine use instead of naming a kind: which kind an agent choice picks, its config section, its knobs.
// Adding a kind is adding its folder and one entry to AGENT_KINDS below.

import type { ConfigOf } from '../../sim/fields';
import { DQN_KIND } from './dqn/description';
import type { AgentKindDescription } from './kind-description';
import { REFERENCE_KIND } from './reference/description';
import { TABULAR_KIND } from './tabular/description';

export type { AgentKindDescription, KindField, LearningGranularity } from './kind-description';
export { DEFAULT_DQN_CONFIG, DQN_FIELDS, DQN_KIND, type DqnConfig, type LossName, type OptimizerName, type TargetUpdateName } from './dqn/description';
export { REFERENCE_KIND } from './reference/description';
export { DEFAULT_TABULAR_CONFIG, TABULAR_FIELDS, TABULAR_KIND, type TabularConfig } from './tabular/description';

/**
 * In the order the lab offers them: the first kind's first choice is the lab's default agent, and a
 * learner's fields come before a later one's in the schema (a later field that repeats a name is prefixed).
 */
const AGENT_KINDS = [DQN_KIND, TABULAR_KIND, REFERENCE_KIND] as const;

type Kind = (typeof AGENT_KINDS)[number];
type Learner = Extract<Kind, { readonly table: object }>;

/** A kind's name in model files and checkpoints. */
export type AgentKindId = Kind['id'];
/** A value of the lab's agent choice (the `agent` link key). */
export type AgentChoice = Kind['choices'][number];
/** The config sections of the kinds that have settings (named after their kind in links and files). */
export type AgentConfigSection = Learner['id'];
/** Every learner's config, by section. */
export type AgentConfigs = { [Section in Learner as Section['id']]: ConfigOf<Section['table']> };

export const AGENT_KIND_DESCRIPTIONS: readonly AgentKindDescription[] = AGENT_KINDS;

export const AGENT_CHOICES: readonly AgentChoice[] = AGENT_KINDS.flatMap((kind) => kind.choices);
export const DEFAULT_AGENT_CHOICE: AgentChoice = AGENT_KINDS[0].choices[0];

const LEARNERS = AGENT_KINDS.filter((kind): kind is Learner => kind.table !== null);
export const AGENT_CONFIG_SECTIONS: readonly AgentConfigSection[] = LEARNERS.map((kind) => kind.id);

/** Every learner's defaults, by section, in the kinds' order. */
export const DEFAULT_AGENT_CONFIGS: Readonly<AgentConfigs> = Object.freeze(Object.fromEntries(LEARNERS.map((kind) => [kind.id, kind.defaults])) as unknown as AgentConfigs);

/** The kind of this id (a checkpoint's or a model file's), or undefined. */
export function agentKindById(id: string): AgentKindDescription | undefined {
  return AGENT_KIND_DESCRIPTIONS.find((kind) => kind.id === id);
}

export function isAgentChoice(value: string): value is AgentChoice {
  return (AGENT_CHOICES as readonly string[]).includes(value);
}

/** The kind an agent choice picks; an unknown choice (a hand-edited file) reads as the default agent's kind. */
export function kindOfChoice(choice: string): AgentKindDescription {
  return AGENT_KIND_DESCRIPTIONS.find((kind) => kind.choices.includes(choice)) ?? AGENT_KIND_DESCRIPTIONS[0];
}

/** The config section of the chosen kind, or null when it has no settings. */
export function configSectionOf(choice: string): AgentConfigSection | null {
  const { id } = kindOfChoice(choice);
  return isAgentConfigSection(id) ? id : null;
}

/** The section whose alpha and gamma the knobs show: the chosen kind's own, the first learner's for a kind without settings (shown but unused). */
export function knobSectionOf(choice: string): AgentConfigSection {
  return configSectionOf(choice) ?? AGENT_CONFIG_SECTIONS[0];
}

/** alpha and gamma of the chosen agent (a reference policy shows the default learner's, unused). */
export function liveKnobValues(config: AgentConfigs & { agent: string }): { learningRate: number; discount: number } {
  const { learningRate, discount } = config[knobSectionOf(config.agent)];
  return { learningRate, discount };
}

/** Transitions the chosen agent's replay memory holds under this config, or null for a kind without one. */
export function replayCapacityOf(config: AgentConfigs & { agent: string }): number | null {
  const section = configSectionOf(config.agent);
  return section === null ? null : kindOfChoice(config.agent).replayCapacity(config[section]);
}

/** True for a config section that holds an agent kind's settings (not the simulator's or the run's). */
export function isAgentConfigSection(section: string): section is AgentConfigSection {
  return (AGENT_CONFIG_SECTIONS as readonly string[]).includes(section);
}

/** The catalog key of an agent choice's name: a single-choice kind's message key, or the reference policy's own name. */
export function agentChoiceMessageKey(choice: string): string {
  const kind = kindOfChoice(choice);
  return kind.choices.length === 1 && kind.choices[0] === choice ? kind.messageKey : choice;
}

/** The catalog key of a config section's heading: the kind's message key for a kind's settings, else the section itself. */
export function sectionMessageKey(section: string): string {
  return agentKindById(section)?.messageKey ?? section;
}

/** The catalog key of a kind id's name (a checkpoint's or a model file's), or the id itself when no kind has it. */
export function kindMessageKey(id: string): string {
  return agentKindById(id)?.messageKey ?? id;
}
