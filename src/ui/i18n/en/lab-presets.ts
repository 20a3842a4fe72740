// The presets' titles and one-sentence lessons in English, keyed by preset name (the menu and the sentence under it).
import type { PresetName } from '../../../preset/presets';

export const presets = {
  default: {
    title: 'Far-sighted DQN',
    description: 'Double DQN with 3-step returns and one network shared by the six categories learns to build trust with solid and premium items, and earns about three times what clickbait earns within the first minute.',
  },
  myopic: {
    title: 'Myopic (gamma = 0)',
    description: 'With gamma = 0 the agent values only the next reward, so it pushes clickbait deals, burns trust and ends sessions early.',
  },
  'no-exploration': {
    title: 'No exploration (tabular)',
    description: 'Tabular Q-learning with epsilon = 0 and zero-initialised values locks onto the first item that ever paid; the DQN does not show this lesson, because its generalisation varies its choices anyway.',
  },
  'alpha-too-high': {
    title: 'Learning rate too high',
    description: 'With alpha = 0.1 Adam\'s steps are far too large: the network\'s units die, its Q-values collapse to about the average reward, and the agent earns little more than random.',
  },
  'no-target-network': {
    title: 'No target network',
    description: 'Bootstrapping from the network being trained usually destabilises DQN, but here the shared network still learns about as well as the default (its Q-values run higher on some seeds), so the textbook fix matters little at this scale: watch the max-Q chart.',
  },
  'one-step': {
    title: 'Textbook one-step DQN',
    description: 'The plain textbook DQN (a flat network from the 20 numbers to 24 Q-values, one-step targets, no Double DQN) plateaus near the myopic policy while its Q-values climb far above any real return: the extensions matter.',
  },
  tabular: {
    title: 'Tabular Q-learning',
    description: 'The Q-learning formula itself on a small table (top category x engagement x progress): readable, but coarse next to the network.',
  },
  'trust-hidden': {
    title: 'Trust hidden',
    description: 'Without the engagement signal the agent must infer trust from click and purchase rates, and earns about half of what the default earns.',
  },
  'trust-exact': {
    title: 'Trust visible (easy mode)',
    description: 'With the exact trust in view the agent does about as well as with the default noisy engagement signal, which already carries most of what it needs; compare trust-hidden to see what losing the signal costs.',
  },
  'clicks-only': {
    title: 'Reward counts clicks only',
    description: 'When the reward counts clicks and ignores purchases, the far-sighted agent still keeps shoppers coming back (clicks need trust too) but stops caring what they buy, so it earns the shop less than the default: a mild case of the reward-design trap.',
  },
} satisfies Record<PresetName, { title: string; description: string }>;
