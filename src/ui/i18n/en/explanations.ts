// The lab's explanations in English: each idea beside what it explains, the FAQ and why each further reading
// matters. Inline mathematics goes between dollar signs and stays the same in every language; each
// explanation is read in under a minute. Each zh/explanations.ts must have the same shape.

export interface Explanation {
  title: string;
  paragraphs: string[];
}

/** The further reading, cited as published (in every language); `explanations.reading` says why each matters. */
export const FURTHER_READING = [
  { id: 'mnih2015', citation: 'Mnih et al. (2015). Human-level control through deep reinforcement learning. Nature 518.', url: 'https://doi.org/10.1038/nature14236' },
  {
    id: 'doubleDqn',
    citation: 'van Hasselt, Guez and Silver (2016). Deep reinforcement learning with Double Q-learning. AAAI.',
    url: 'https://arxiv.org/abs/1509.06461',
  },
  { id: 'dueling', citation: 'Wang et al. (2016). Dueling network architectures for deep reinforcement learning. ICML.', url: 'https://arxiv.org/abs/1511.06581' },
  {
    id: 'suttonBarto',
    citation: 'Sutton and Barto (2018). Reinforcement Learning: An Introduction, 2nd edition. MIT Press.',
    url: 'http://incompleteideas.net/book/the-book-2nd.html',
  },
  {
    id: 'drn',
    citation: 'Zheng et al. (2018). DRN: A deep reinforcement learning framework for news recommendation. WWW.',
    url: 'https://doi.org/10.1145/3178876.3185994',
  },
  {
    id: 'slateQ',
    citation: 'Ie et al. (2019). SlateQ: A tractable decomposition for reinforcement learning with recommendation sets. IJCAI.',
    url: 'https://doi.org/10.24963/ijcai.2019/360',
  },
  { id: 'recSim', citation: 'Ie et al. (2019). RecSim: A configurable simulation platform for recommender systems.', url: 'https://arxiv.org/abs/1909.04847' },
] as const;

export type ReadingId = (typeof FURTHER_READING)[number]['id'];

const topics = {
  mdp: {
    title: 'The shopper as a Markov decision process',
    paragraphs: [
      'State $s$: what the agent observes about the shopper now, the 20 numbers in the table (a noisy browsing history, the last recommendation and its outcome, session counts and a noisy engagement signal). The shopper\'s true preferences and trust stay hidden.',
      'Action $a$: one of the 24 items to recommend. Reward $r$: 0 when ignored, 0.1 for a click, and 0.1 plus the price / 100 for a purchase.',
      'Why it is sequential: clickbait gets clicks now but erodes the shopper\'s trust, and a shopper with low trust buys less and leaves sooner. A good recommendation is one whose value shows up in later steps, which is what $\\gamma$ lets the agent count.',
    ],
  },
  epsilonGreedy: {
    title: 'Epsilon-greedy: explore or exploit',
    paragraphs: [
      'With probability $\\varepsilon$ the agent recommends a random item (explores); otherwise the item with the highest $Q(s, a)$ (exploits).',
      'Exploring is how it finds out that some items are worth more than it thinks. $\\varepsilon$ usually starts at 1 and decays, so the agent explores while it knows little and exploits later.',
    ],
  },
  qLearning: {
    title: 'The Q-learning update',
    paragraphs: [
      '$Q(s, a)$ estimates the return (reward now plus discounted rewards later) of recommending $a$ in state $s$ and acting well afterwards.',
      'After each step the estimate moves toward the target $y = r + \\gamma \\max_{a\'} Q(s\', a\')$: the reward received plus the discounted value of the best next action. At a session end there is no next state, so $y = r$.',
      'The table version moves $Q(s, a)$ a fraction $\\alpha$ of the way: $Q(s,a) \\leftarrow Q(s,a) + \\alpha\\,[y - Q(s,a)]$. The network version takes a gradient step on the loss of the TD error $y - Q(s, a)$, with $\\alpha$ as the learning rate.',
    ],
  },
  targetNetwork: {
    title: 'The target network',
    paragraphs: [
      'If $y$ were computed with the network being trained, every update would also move the target it chases, and the values can spiral. The DQN computes $y$ with a copy, $Q_{\\text{target}}$, refreshed only now and then (a hard copy every few hundred updates, or a slow blend).',
      'Double DQN goes one step further: the online network picks the best next item $a^*$ and the target network values it, which removes most of the upward bias of taking a max over noisy estimates.',
    ],
  },
  replay: {
    title: 'Experience replay',
    paragraphs: [
      'Every transition $(s, a, r, s\')$ goes into a replay memory. Each update samples a random minibatch from it instead of learning from the latest steps only.',
      'Random sampling breaks the correlation between consecutive steps of the same shoppers, and each transition is reused many times. The table below is the last minibatch: sort it by the size of the TD error to see what the update pushed hardest on.',
    ],
  },
  knobs: {
    title: 'What alpha, gamma and epsilon do here',
    paragraphs: [
      '$\\alpha$ (learning rate): how big a step each update takes. Too small and learning crawls; too large and the Q-values overshoot, oscillate or blow up (try the "Learning rate too high" preset).',
      '$\\gamma$ (discount): how much a reward one step later counts, from 0 (only the click now: the clickbait policy) to near 1 (the purchases that trust makes possible later). This shop needs a high $\\gamma$.',
      '$\\varepsilon$ (exploration): the share of random recommendations. With none the agent never learns what it has not tried; with too much it keeps wasting shoppers after it has learned.',
    ],
  },
} satisfies Record<string, Explanation>;

const faq: Explanation[] = [
  {
    title: 'How should the reward be designed?',
    paragraphs: [
      'Reward what the shop actually wants, not a proxy that is easy to get: here a click is worth 0.1 and a purchase 0.1 plus a hundredth of its price. A reward of clicks alone (the "Reward counts clicks only" preset) teaches the agent clickbait, because clicks come sooner and more often than purchases.',
    ],
  },
  {
    title: 'How do I tune alpha, gamma and epsilon?',
    paragraphs: [
      'Start from the defaults and change one at a time. Lower $\\alpha$ if the loss jumps or the Q-values run away; raise it if nothing moves. Choose $\\gamma$ from the horizon that matters: sessions here last up to 50 steps and the oracle adds their rewards undiscounted, so $\\gamma$ of 0.99 to 0.999 (the default\'s 0.999 earned more than 0.99). Decay $\\varepsilon$ over the first part of training and keep a small floor.',
    ],
  },
  {
    title: 'Why can the loss rise while the policy improves?',
    paragraphs: [
      'The loss measures how well $Q$ fits targets that themselves keep changing. The targets $y = r + \\gamma \\max_{a\'} Q(s\', a\')$ move whenever the network moves; as the agent finds better actions the values grow, and errors grow with them; and the agent meets more varied states (longer sessions, more trusting shoppers) that it fits less well. So the loss can go up while the greedy score goes up too: in the default preset it grows more than tenfold between 5,000 and 30,000 steps while the score climbs to about 80% of the oracle or more. Judge learning by the evaluation score, not the loss.',
      'A bad loss looks different: it grows by orders of magnitude, or becomes NaN (not a number), with the Q-values running away. A very small loss is no good sign either: with $\\gamma = 0$ the target is just $y = r$, small and fixed, so the myopic agent\'s loss is more than 100 times lower than the default\'s while it earns far less.',
    ],
  },
  {
    title: 'Why are Q-values overestimated?',
    paragraphs: [
      'The target takes a max over noisy estimates, and the max of noisy numbers is biased upward; bootstrapping then feeds the bias back into other estimates. Double DQN reduces it by letting one network choose the action and the other value it. Compare the Q chart\'s mean max Q with the actual returns.',
    ],
  },
];

const reading: Record<ReadingId, string> = {
  mnih2015: 'The DQN: the replay memory and target network this lab trains with.',
  doubleDqn: 'Why the max in the target overestimates, and the Double DQN target that fixes most of it.',
  dueling: 'The dueling head (state value plus item advantages), an option in the advanced settings.',
  suttonBarto: 'The textbook: MDPs, Q-learning, n-step returns and the discount, with the tabular version shown here.',
  drn: "A DQN recommender that, like this lab, counts a user's return visits and not only the next click.",
  slateQ: 'How to make Q-learning work when a recommender shows many items at once rather than one.',
  recSim: "Simulated users with hidden state for testing recommenders, the same idea as this lab's shopper simulator.",
};

export const explanations = { topics, faq, reading };

export type ExplanationsMessages = typeof explanations;
