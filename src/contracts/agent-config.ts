// The agents' config tables and defaults, as the page and the presets read them (tfjs-free: field specs and numbers).

export { DEFAULT_DQN_CONFIG, DEFAULT_TABULAR_CONFIG, DQN_FIELDS, TABULAR_FIELDS, type DqnConfig, type LossName, type TabularConfig } from '../agents/dqn-config';
