// The training charts' strings in English: titles, captions, axes, line names, readouts, the data tables
// and the empty charts' explanations. Each zh/charts.ts must have the same shape (the type checker says so).

export const charts = {
  waiting: 'Waiting for data…',
  /** In a chart's place while the charting code arrives (after the lab's controls work). */
  loadingChart: 'Loading the chart…',
  linesLabel: 'Lines',
  stepAxis: 'Environment steps',
  showTable: 'Show the data as a table',
  tableRegion: (title: string) => `${title}: data table`,
  tableLabel: (title: string) => `${title}: data`,
  /** The data table's column of the knob changes made at a row's step. */
  knobChangeColumn: 'Knob change',
  step: 'Step',
  readoutLabel: (title: string) => `${title}: point or use the arrow keys for exact values`,
  readoutStep: (step: string) => `Step ${step}`,
  readoutPointStep: (step: string) => ` (step ${step})`,
  logScale: 'Log scale',
  noUpdatesTabular:
    'Tabular Q-learning updates its table on every step, without gradient updates: nothing to chart here. Its update is in the step-through inspector.',
  noUpdatesReference: 'A reference policy does not learn: nothing to chart here.',
  /** A knob turned mid-run, as the charts' markers and the list of changes say it. */
  knobChange: (knob: string, from: string, to: string) => `${knob} ${from} → ${to}`,
  /** Between two changes made at one step. */
  knobChangeSeparator: '; ',
  decaySchedule: (now: string) => `decay schedule (${now} now)`,
  sessionReturn: {
    title: 'Session return',
    caption:
      "Each dot is one finished session's total reward (the highest few lie above the axis); the dashed horizontal lines are the reference policies on the evaluation cohort.",
    dots: 'Session return',
    average: 'Moving average (100 sessions)',
    evaluation: 'Greedy evaluation',
    yLabel: 'Return per session',
  },
  loss: {
    title: 'Loss',
    caption:
      'Huber or squared TD error of each update. It can rise while the agent improves: in a healthy run of the default preset it grows more than tenfold between 5,000 and 30,000 steps while the greedy score climbs to about 80% of the oracle or more, because the targets move with the network, the values grow, and the agent meets more varied states. A bad loss explodes by orders of magnitude or becomes NaN (not a number), and the run stops as diverged.',
    line: 'Loss',
    yLabel: 'Loss',
  },
  qValues: {
    title: 'Q-values',
    caption:
      "In a healthy run of the default preset the probe states' mean max Q levels off at about 3.5 to 4 and the mean Q of taken actions at about 4 to 5, near what sessions really earn (about 3.8 a session for the trained agent and 4.4 for the DP oracle, more from trusting shoppers); the max Q of taken actions (the largest of the batch's 64 values) sits at about 8 to 15, because the best shoppers are worth that much. Probe values that keep climbing past 10 mean overestimation.",
    meanQ: 'Mean Q of taken actions',
    maxQ: 'Max Q of taken actions',
    probe: 'Mean max Q on probe states',
    yLabel: 'Q-value (reward units)',
  },
  exploration: {
    title: 'Exploration rate ε',
    caption: 'The chance that a recommendation is a random item instead of the highest-valued one.',
    line: 'epsilon',
    yLabel: 'epsilon',
  },
  shares: {
    title: 'Clicks, purchases and trust',
    caption: 'Clickbait raises clicks now and lowers trust; a good policy keeps trust high and converts.',
    clickRate: 'Click rate',
    conversion: 'Conversion (buys per click)',
    trust: 'Final trust',
    yLabel: 'Share (0 to 1)',
  },
  sessionLength: {
    title: 'Session length',
    caption: 'Recommendations per session: shoppers who trust the shop stay longer.',
    line: 'Session length',
    yLabel: 'Steps per session',
  },
  qBars: {
    title: 'Q-values of the followed shopper',
    explored: (item: string) => `Chose ${item}: explored (a random item, epsilon).`,
    exploited: (item: string) => `Chose ${item}: exploited (the highest Q-value).`,
    caption: (choice: string) => `One bar per item, coloured by category; point at a bar for its value. ${choice}`,
    noValues: (choice: string) => `This agent has no Q-values to show. ${choice}`,
    lastChoice: 'Last choice',
    categories: 'Categories',
    itemAxis: 'Item (category, tier)',
    valueAxis: 'Q-value',
    tableLabel: 'Q-values of the followed shopper: data',
    item: 'Item',
    qValue: 'Q-value',
    chosen: ' (chosen)',
  },
};

export type ChartsMessages = typeof charts;
