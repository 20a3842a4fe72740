// "Play it yourself" in English, and the shop's names every page uses: categories, tiers, items, outcomes,
// the reference policies and the observation's features. Each zh/play.ts must have the same shape.
import type { ReferencePolicyName } from '../../../sim/policies';
import type { OutcomeName } from '../../../sim/session';
import type { CATEGORY_NAMES, TierName } from '../../../sim/settings';

type CategoryName = (typeof CATEGORY_NAMES)[number];

const categories: Record<CategoryName, string> = {
  Electronics: 'Electronics',
  Fashion: 'Fashion',
  Home: 'Home',
  Beauty: 'Beauty',
  Sports: 'Sports',
  Books: 'Books',
};

const tiers: Record<TierName, string> = { deal: 'deal', budget: 'budget', solid: 'solid', premium: 'premium' };

const outcomes: Record<OutcomeName, string> = { bought: 'Bought', clicked: 'Clicked', ignored: 'Ignored' };

const policies: Record<ReferencePolicyName, string> = {
  random: 'Random',
  'most-popular': 'Most popular',
  'myopic-oracle': 'Myopic oracle',
  heuristic: 'Heuristic (knows true preferences)',
  'observation-planner': 'Best plan from what the agent sees',
  'dp-oracle': 'DP oracle',
};

export const play = {
  // Names shared with the training page (live shopper, Q-value bars, charts).
  categories,
  tiers,
  /** An item by its (already translated) category and tier, e.g. "Books premium". */
  itemName: (category: string, tier: string) => `${category} ${tier}`,
  outcomes,
  policies,
  /** The 20 observation features, in the observation's order (see format.ts `featureNames`). */
  features: {
    browsingHistory: (category: string) => `browsing history: ${category}`,
    lastRecommended: (category: string) => `last recommended: ${category}`,
    lastClicked: 'last recommendation clicked',
    lastBought: 'last recommendation bought',
    clickRate: 'click rate this session',
    purchaseRate: 'purchase rate this session',
    progress: 'session progress (step / max)',
    clicks: 'clicks this session / 10',
    purchases: 'purchases this session / 10',
    engagement: 'engagement signal',
  },

  heading: 'Play it yourself',
  intro:
    'You are the recommender. Each step, show this shopper one item: they may ignore it, click it, or buy it. Your goal is the largest total reward for the whole session, and trust matters: a shopper who stops trusting you leaves.',
  sideRegion: 'Shopper and agent view',
  linkNotice: {
    seed: (given: string, max: number, fallback: number) => `The link's seed "${given}" is not a whole number from 0 to ${max}, so seed ${fallback} is used.`,
    shopper: (given: string, fallback: number) => `The link's shopper "${given}" is not a whole number, so shopper ${fallback} is used.`,
    dismissLabel: 'Dismiss notice',
  },
  toolbar: {
    shopper: (index: number) => `Shopper ${index}`,
    gone: 'has gone.',
    arrives: 'arrives.',
    browsing: 'is browsing.',
    seed: (seed: number) => `Seed ${seed}: the same link always brings the same shopper.`,
    replay: 'Replay this shopper',
    next: 'Next shopper',
  },
  scoreboard: {
    region: 'Scoreboard',
    step: 'Step',
    runningReturn: 'Running return',
    lastStep: 'Last step',
    lastOutcome: 'Last outcome',
    nothingYet: 'Nothing recommended yet',
    left: (steps: number) => `The shopper left after ${steps} ${steps === 1 ? 'step' : 'steps'}.`,
    limit: (maxSteps: number) => `The session reached its ${maxSteps}-step limit.`,
  },
  comparison: {
    heading: 'How you did on this shopper',
    summary: (beaten: number, total: number) => `Each policy met the same shopper with the same coin flips. You beat ${beaten} of ${total}.`,
    summaryWithOracle: (beaten: number, total: number, percent: string) =>
      `Each policy met the same shopper with the same coin flips. You beat ${beaten} of ${total}, and earned ${percent} of what the DP oracle earns from this shopper on average.`,
    policy: 'Policy',
    you: 'You',
    return: 'Return',
    steps: 'Steps',
    expected: 'Expected return',
    expectedPending: 'working out…',
    expectedNone: 'none: your picks are not a fixed policy',
    expectedAverage: (mean: string, ci95: string) => `${mean} ± ${ci95}`,
    bar: 'Return as a bar, expected return as a tick',
    explained:
      "Return is what a policy earned on this session's coin flips: whether each shown item was clicked, bought, or made the shopper leave. Expected return is its average over every way those coin flips could fall for this shopper, worked out exactly.",
    averaged: (policies: string, sessions: number) =>
      ` ${policies} acts on what the agent observes and cannot be worked out exactly: its expected return is estimated from ${sessions} fresh sessions of this shopper, each played beside the heuristic on the same coin flips (the heuristic's is exact), ± the estimate's 95% confidence interval.`,
    oracleOnAverage: "The DP oracle is the best policy on average, not on every run of coin flips: on one session another policy, or you, can be luckier.",
    luckier: (policies: string) => ` This time ${policies} earned more than the DP oracle: the expected returns show it was luck.`,
    youLuckier:
      ' You earned more than the DP oracle on these coin flips. Replay this shopper (the same picks meet the same coin flips) or try the next one to see whether it holds.',
    listSeparator: ', ',
    listLast: ' and ',
    lesson: 'The myopic oracle grabs the best reward of each step; the DP oracle plans the whole session. Compare their steps: trust keeps a shopper around.',
  },
  catalog: {
    heading: 'Catalog',
    over: 'The session is over.',
    pick: 'Pick one item to recommend. Higher tiers cost more and tempt less.',
    recommend: (tier: string, price: string, shown: string) => `Recommend ${tier} ${price} ${shown}`,
    lastPick: 'Last pick',
    lastPickOf: (category: string) => `Last pick (${category})`,
  },
  stepLog: {
    heading: 'Step log',
    empty: 'Each recommendation will be listed here.',
    step: 'Step',
    item: 'Item',
    outcome: 'Outcome',
    reward: 'Reward',
    trust: 'Trust',
  },
  observation: {
    title: 'What the agent observes',
    count: (count: number) => ` · ${count} numbers`,
    hint: 'No preferences, no trust: a noisy browsing history, the last outcome, session counts and a noisy engagement signal.',
    table: 'Agent observation',
  },
  shopper: {
    heading: 'The shopper',
    hiddenBadge: 'hidden from the agent',
    preferences: 'Preferences',
    priceSensitivity: 'Price sensitivity',
    sensitivityRange: '(0.5 relaxed to 1.5 careful)',
  },
  trust: {
    label: 'Trust',
    levels: { low: 'low', middling: 'middling', high: 'high' },
    levelNote: (level: string) => `(${level})`,
    valueText: (value: string, level: string, start: string) => `${value}, ${level}; started at ${start}`,
    start: 'Starting trust',
    hint: 'Low trust makes the shopper leave sooner. Clickbait that disappoints costs trust; good purchases earn it.',
  },
};

export type PlayMessages = typeof play;
