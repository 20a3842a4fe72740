// The DQN's config, declared once in its kind's description; the DQN's implementation files read it here.
export { DEFAULT_DQN_CONFIG, DQN_FIELDS, type DqnConfig, type LossName, type OptimizerName, type TargetUpdateName } from './kinds/dqn/description';
