// The lab's presets as data: each is a patch on the default config with a one-sentence lesson.

import { TABULAR_KIND, type DqnConfig } from '../contracts/agent-kinds';
import { DEFAULT_LAB_CONFIG, applyPatch, type LabConfig, type LabConfigPatch } from '../contracts/lab-config';

export const PRESET_NAMES = [
  'default',
  'myopic',
  'no-exploration',
  'alpha-too-high',
  'no-target-network',
  'one-step',
  // The table's lesson is named after its kind (links say preset=tabular).
  TABULAR_KIND.id,
  'trust-hidden',
  'trust-exact',
  'clicks-only',
] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

export interface Preset {
  name: PresetName;
  title: string;
  /** One sentence: what the preset shows. */
  description: string;
  patch: LabConfigPatch;
}

/** The far-sighted recipe most lesson presets start from (Double DQN, multi-step returns). */
const DEFAULT_PATCH: LabConfigPatch = {};

/**
 * Tabular Q-learning with the budget its table needs: it is fast (about 150k steps a second headless), and the
 * reward-design lesson shows on every seed only once the table has settled (2M steps).
 */
const TABULAR: LabConfigPatch = { agent: TABULAR_KIND.choices[0], training: { totalSteps: 2_000_000, evaluationInterval: 50_000 } };

/**
 * The plain textbook DQN of the learning notes' prototype (a flat 20-64-64-24 network, one-step targets, no
 * Double DQN, no averaged policy, Huber loss, gamma 0.99), for the lessons that the default's extensions hide.
 */
const TEXTBOOK_DQN: Partial<DqnConfig> = {
  inputEncoding: 'flat',
  hiddenWidth: 64,
  hiddenLayerCount: 2,
  multiStep: 1,
  doubleDqn: false,
  policyAveraging: 0,
  // The Nature DQN's clipped TD error, its gamma and the step size the prototype measured them with.
  loss: 'huber',
  discount: 0.99,
  learningRate: 1e-3,
};

/** The textbook DQN learns every 4 steps, as the Nature DQN did and as the prototype measured it (the lab's default learns every 16). */
const TEXTBOOK_PACE: LabConfigPatch['training'] = { trainFrequency: 4 };

export const PRESETS: Record<PresetName, Preset> = {
  default: {
    name: 'default',
    title: 'Far-sighted DQN',
    description: 'Double DQN with 3-step returns, squared TD errors, γ = 0.999, one network shared by the six categories and a greedy policy that uses a long average of its weights learns to build trust with solid and premium items, and earns over four times what clickbait earns within the first minute.',
    patch: DEFAULT_PATCH,
  },
  myopic: {
    name: 'myopic',
    title: 'Myopic (gamma = 0)',
    description: 'With gamma = 0 the agent values only the next reward, so it pushes clickbait deals, burns trust and ends sessions early.',
    patch: { dqn: { discount: 0, multiStep: 1 } },
  },
  'no-exploration': {
    name: 'no-exploration',
    title: 'No exploration (tabular)',
    description: 'Tabular Q-learning with epsilon = 0 and zero-initialised values never tries a second item: every tie goes to the first item on the list (the Electronics deal), no reward is negative, so that item\'s value never falls below the untried zeros, and it recommends that one item to every shopper, earning exactly what always showing it earns, a little less than random; the DQN does not show this lesson, because its generalisation varies its choices anyway.',
    patch: { agent: TABULAR_KIND.choices[0], training: { explorationStart: 0, explorationEnd: 0, explorationDecaySteps: 0 } },
  },
  'alpha-too-high': {
    name: 'alpha-too-high',
    title: 'Learning rate too high',
    description: 'With alpha = 0.1 Adam\'s steps are far too large: the network\'s units die, its choice stops depending on the shopper, and it recommends one fixed item (the first on the list, the Electronics deal) to every shopper, earning exactly what always showing that item earns, a little less than random.',
    patch: { dqn: { learningRate: 0.1, gradientClipNorm: 0 } },
  },
  'no-target-network': {
    name: 'no-target-network',
    title: 'No target network (textbook DQN)',
    description: 'Without its target network the textbook one-step DQN bootstraps from the very network it is training and earns about a third less than with it, a lesson the default\'s multi-step Double DQN hardly shows, so this preset starts from the textbook agent.',
    patch: { dqn: { ...TEXTBOOK_DQN, targetUpdate: 'none' }, training: TEXTBOOK_PACE },
  },
  'one-step': {
    name: 'one-step',
    title: 'Textbook one-step DQN',
    description: 'The plain textbook DQN (a flat network from the 20 numbers to 24 Q-values, one-step targets, no Double DQN) plateaus near the myopic policy while its Q-values climb far above any real return: the extensions matter.',
    patch: { dqn: TEXTBOOK_DQN, training: TEXTBOOK_PACE },
  },
  tabular: {
    name: TABULAR_KIND.id,
    title: 'Tabular Q-learning',
    description: 'The Q-learning formula itself on a small table (top category x engagement x progress): readable, but coarse next to the network, which earns more after 60 thousand steps than the table does after 2 million.',
    patch: TABULAR,
  },
  'trust-hidden': {
    name: 'trust-hidden',
    title: 'Trust hidden',
    description: 'Without the engagement signal the agent must infer trust from click and purchase rates, and earns less than the default on every seed measured: about three quarters of it on average, from 55% to 88%.',
    patch: { sim: { observability: 'hidden' } },
  },
  'trust-exact': {
    name: 'trust-exact',
    title: 'Trust visible (textbook DQN)',
    description: 'With the exact trust in view even the textbook one-step DQN learns to keep shoppers\' trust and earns more than twice what it earns from the noisy engagement signal, while the default agent reads trust almost as well from the noisy signal, so this preset starts from the textbook agent.',
    patch: { dqn: TEXTBOOK_DQN, training: TEXTBOOK_PACE, sim: { observability: 'exact' } },
  },
  'clicks-only': {
    name: 'clicks-only',
    title: 'Reward counts clicks only (tabular)',
    description: 'When the reward counts clicks and ignores purchases, tabular Q-learning stops valuing what purchases earn and, over the last half of its run, earns the shop about a fifth less than the same table learning the shop\'s reward (the reward-design trap); its coarse table does not raise the click rate, although the best clicks-only plan would (about 0.68 clicks per recommendation against 0.61, with less trust), and the far-sighted DQN shows the trap only mildly because clicks need trust too, so this preset uses the table.',
    patch: { ...TABULAR, sim: { purchaseRewardPerDollar: 0, purchaseReward: 0 } },
  },
};

export function isPresetName(value: string): value is PresetName {
  return (PRESET_NAMES as readonly string[]).includes(value);
}

/** The full config of a preset. */
export function presetConfig(name: PresetName): LabConfig {
  return applyPatch(DEFAULT_LAB_CONFIG, PRESETS[name].patch);
}
