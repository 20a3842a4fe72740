// A whole lab configuration: which agent, the simulator's calibration, the learners' and the run's settings.

import {
  AGENT_CHOICES,
  AGENT_CONFIG_SECTIONS,
  DEFAULT_AGENT_CHOICE,
  DEFAULT_AGENT_CONFIGS,
  liveKnobValues,
  type AgentChoice,
  type AgentConfigs,
} from './agent-kinds';
import { DEFAULT_SIM_SETTINGS, type SimSettings } from '../sim/settings';
import { DEFAULT_TRAINING_CONFIG, type TrainingConfig } from './training-config';

export { AGENT_CHOICES, type AgentChoice };

/** The chosen agent, the simulator, the run, and every learner's settings in its kind's section (see src/agents/kinds). */
export type LabConfig = { agent: AgentChoice; sim: SimSettings; training: TrainingConfig } & AgentConfigs;

export const DEFAULT_LAB_CONFIG: Readonly<LabConfig> = Object.freeze({
  agent: DEFAULT_AGENT_CHOICE,
  sim: DEFAULT_SIM_SETTINGS,
  ...DEFAULT_AGENT_CONFIGS,
  training: DEFAULT_TRAINING_CONFIG,
});

/** Section-wise overrides of a lab config (what a preset or a URL changes). */
export type LabConfigPatch = { agent?: AgentChoice; sim?: Partial<SimSettings>; training?: Partial<TrainingConfig> } & {
  [Section in keyof AgentConfigs]?: Partial<AgentConfigs[Section]>;
};

export function applyPatch(base: LabConfig, patch: LabConfigPatch): LabConfig {
  const learners = Object.fromEntries(AGENT_CONFIG_SECTIONS.map((section) => [section, { ...base[section], ...patch[section] }])) as unknown as AgentConfigs;
  return { agent: patch.agent ?? base.agent, sim: { ...base.sim, ...patch.sim }, ...learners, training: { ...base.training, ...patch.training } };
}

/**
 * The simulator that evaluations score with: the run's calibration, but always the shop's own reward
 * (clicks and revenue, as specified), so that an agent trained on another reward (clicks only) is
 * judged by what it earns the shop.
 */
export function evaluationSettings(config: LabConfig): SimSettings {
  const { clickReward, purchaseReward, purchaseRewardPerDollar } = DEFAULT_SIM_SETTINGS;
  return { ...config.sim, clickReward, purchaseReward, purchaseRewardPerDollar };
}

/** alpha and gamma of the chosen agent (reference policies have none: their values are shown but unused). */
export function liveKnobsOf(config: LabConfig): { learningRate: number; discount: number } {
  return liveKnobValues(config);
}
