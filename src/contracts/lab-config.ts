// A whole lab configuration: which agent, the simulator's calibration, the learners' and the run's settings.

import { DEFAULT_DQN_CONFIG, DEFAULT_TABULAR_CONFIG, type DqnConfig, type TabularConfig } from './agent-config';
import { REFERENCE_POLICY_NAMES, type ReferencePolicyName } from '../sim/policies';
import { DEFAULT_SIM_SETTINGS, type SimSettings } from '../sim/settings';
import { DEFAULT_TRAINING_CONFIG, type TrainingConfig } from './training-config';

export const AGENT_CHOICES = ['dqn', 'tabular', ...REFERENCE_POLICY_NAMES] as const;
export type AgentChoice = 'dqn' | 'tabular' | ReferencePolicyName;

export interface LabConfig {
  agent: AgentChoice;
  sim: SimSettings;
  dqn: DqnConfig;
  tabular: TabularConfig;
  training: TrainingConfig;
}

export const DEFAULT_LAB_CONFIG: Readonly<LabConfig> = Object.freeze({
  agent: 'dqn',
  sim: DEFAULT_SIM_SETTINGS,
  dqn: DEFAULT_DQN_CONFIG,
  tabular: DEFAULT_TABULAR_CONFIG,
  training: DEFAULT_TRAINING_CONFIG,
});

/** Section-wise overrides of a lab config (what a preset or a URL changes). */
export interface LabConfigPatch {
  agent?: AgentChoice;
  sim?: Partial<SimSettings>;
  dqn?: Partial<DqnConfig>;
  tabular?: Partial<TabularConfig>;
  training?: Partial<TrainingConfig>;
}

export function applyPatch(base: LabConfig, patch: LabConfigPatch): LabConfig {
  return {
    agent: patch.agent ?? base.agent,
    sim: { ...base.sim, ...patch.sim },
    dqn: { ...base.dqn, ...patch.dqn },
    tabular: { ...base.tabular, ...patch.tabular },
    training: { ...base.training, ...patch.training },
  };
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
  const source = config.agent === 'tabular' ? config.tabular : config.dqn;
  return { learningRate: source.learningRate, discount: source.discount };
}
