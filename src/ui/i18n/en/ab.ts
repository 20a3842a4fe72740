// The "Compare A/B" page in English. Each zh/ab.ts must have the same shape (the type checker says so).

export const ab = {
  title: 'Compare A/B',
  intro:
    'Train two configurations side by side and watch both curves live: pick a lesson pair or change a setting on either side, then press Play.',
  loadingPage: 'Loading the compare page…',
  loading: 'Starting both training workers (the neural-network library loads in two background workers)…',
  sameSeeds:
    'Both sides use the same seeds: the same catalog, the same shoppers with the same coin flips, the same initial network weights and the same evaluation cohort. A difference between the curves comes from the settings.',
  fairness: (lead: string) =>
    `Both train on this computer at once, so each runs at about half its usual speed. To keep them fair, a side that gets more than ${lead} steps ahead waits for the other: the curves compare at equal steps.`,
  linkNote: 'The address bar is a link to this comparison: share it to open the same A and B.',
  sideName: { a: 'A', b: 'B' },
  sideHeading: (side: string, preset: string) => `${side} · ${preset}`,
  presetLessonLabel: (side: string) => `${side} preset's lesson`,
  sideEdited: 'This side changes settings of its preset, so that sentence may not hold here.',

  setupRegion: 'A/B setup',
  quickStart: 'Lesson pairs',
  quickStarts: {
    gamma: 'γ 0 vs 0.999',
    targetNetwork: 'With vs without target network',
    oneStep: 'One-step vs default',
    clicksOnly: 'Clicks-only vs shop reward (tabular)',
  },
  epsilonFixed: 'Fixed ε',
  epsilonSchedule: (start: string, end: string, steps: string) => `Decays from ${start} to ${end} over ${steps} steps`,
  shared: 'Shared by both sides',
  trainingSeed: 'Training seed',
  catalogSeed: 'Catalog seed',
  evaluationSeed: 'Evaluation cohort seed',
  totalSteps: 'Steps budget',
  evaluationInterval: 'Steps between evaluations',
  apply: 'Apply and restart both',
  unapplied: 'Changed settings take effect when both sides restart from step 0.',

  differencesRegion: 'Differences',
  differs: 'B differs: ',
  noDifference: 'A and B are the same configuration: their curves should match step for step.',

  lessonRegion: 'What to notice',
  lessonHeading: 'What to notice',
  lessons: {
    gamma:
      'A (γ = 0) values only the next reward, so it chases clicks: once exploration has faded, its click rate is the higher of the two and its shoppers end their sessions with far less trust. It stays at about a fifth of the oracle, near the myopic oracle\'s line, while B earns more than four times as much. The most clicks are not the most return.',
    targetNetwork:
      'Both sides are the textbook one-step DQN; B has no target network, so it bootstraps from the very network it is training. Its greedy score ends about a third below A\'s (13% against 20% of the oracle when measured on this pair\'s seed, and lower on each of the three seeds measured).',
    oneStep:
      'A is the textbook DQN (a flat network, one-step targets, no Double DQN): it stays at about a fifth of the oracle, near the myopic oracle\'s line. B adds Double DQN, 3-step returns, squared TD errors, γ = 0.999, a step size three times larger, one network shared by the six categories and a greedy policy that uses a long average of its weights, and earns more than four times as much (86% against 20% of the oracle when measured on this pair\'s seed).',
    clicksOnly:
      'Both sides are the same table; A is rewarded for clicks alone, B with the shop\'s reward. Scored with the shop\'s reward, A ends a quarter to a third below B (35% against 48% of the oracle when measured on this pair\'s seed, and lower on each of the three seeds measured): its click rate is about the same, but its shoppers end with less trust. The clicks it chases cost trust and purchases. A\'s return curve counts its clicks, so compare the greedy evaluation.',
  },
  lessonOffTerms: (steps: string) =>
    `That was measured on the pair's own seeds over its budget of ${steps} steps; this comparison runs on other seeds, another budget or another evaluation interval, so it may not show here. The lesson pair's button restores them.`,

  controls: 'Run controls for A and B',
  play: 'Play',
  pause: 'Pause',
  reset: 'Reset',
  bothHint: 'One control for both sides.',
  steps: 'Environment steps',
  stepsOf: (total: string) => `of ${total}`,
  stepsLabel: (side: string) => `${side} environment steps`,
  rate: 'Steps per second',
  rateLabel: (side: string) => `${side} steps per second`,
  percent: 'Greedy % of oracle',
  percentLabel: (side: string) => `${side} greedy percent of oracle`,
  steadyLabel: (side: string) => `${side} steady figure`,
  percentValue: (percent: string) => `${percent}%`,
  notYet: 'not yet',
  status: {
    idle: 'Not started',
    loading: 'Starting…',
    ready: 'Ready',
    running: 'Training',
    paused: 'Paused',
    finished: 'Finished: the steps budget is spent',
    diverged: 'Diverged',
    error: 'Stopped',
  },
  statusLabel: (side: string) => `${side} status`,
  waiting: (other: string) => `Waiting for ${other} to catch up`,
  finishedFirst: (other: string) => `Finished: the steps budget is spent. ${other} still has steps to go.`,
  diverged: (step: string, cause: string) => `Diverged at step ${step} (${cause}). The other side trains on.`,
  failed: (detail: string) => `This side could not start (${detail}). Reset tries again; the other side is not affected.`,
  lost: (loss: string) => `This side's training worker stopped (${loss}). Reset starts it again; the other side trains on.`,
  recoveredLabel: (side: string) => `${side} recovered`,
  sideRestarted: (side: string, loss: string, lostAt: string, checkpointStep: string) =>
    `${side}'s training worker stopped (${loss}) at step ${lostAt}. The lab restarted it from the checkpoint at step ${checkpointStep}; the charts keep the whole history.`,
  sideRestartedUnreadable: (side: string, loss: string, reason: string) =>
    `${side}'s training worker stopped (${loss}), and its last save could not be loaded (${reason}), so the lab restarted this side from the start.`,
  sideRestartedFromStart: (side: string, loss: string) =>
    `${side}'s training worker stopped (${loss}) before its first checkpoint, so the lab restarted this side from the start.`,
  trainingPagePaused: 'The run on the training page was paused so that A and B share the computer alone; it keeps its state.',

  chartsRegion: 'A/B charts',
  line: (side: string, preset: string) => `${side}: ${preset}`,
  percentChart: 'Greedy evaluation (% of oracle)',
  percentCaption: 'Every few thousand steps each side plays the same evaluation cohort greedily, scored with the shop\'s own reward: the fairest A against B.',
  percentAxis: '% of the DP oracle',
  returnChart: 'Moving session return',
  returnCaption: 'Mean training return of the last 100 sessions. It counts each side\'s own reward: with a clicks-only reward, compare the evaluation above instead.',
  returnAxis: 'Return per session',
  lossChart: 'Loss',
  lossCaption:
    'The TD loss of each side\'s updates: how far its predictions lie from their own bootstrapped targets, not how well it does. A far-sighted side predicts larger values from targets that move as it learns, so its loss can be many times a myopic side\'s and can rise while its score improves; only a sudden explosion is a warning.',
  lossAxis: 'Loss',
  clickRateChart: 'Click rate',
  clickRateCaption:
    'Clicks per recommendation in each side\'s training sessions (exploration included). Set it beside the charts above: the side with the most clicks need not be the side with the most return.',
  clickRateAxis: 'Clicks per step',
  trustChart: 'Trust at the end of a session',
  trustCaption: 'The shoppers\' mean trust when their sessions end: clickbait spends it, and a shopper whose trust runs out leaves.',
  trustAxis: 'Final trust (0 to 1)',
  logScale: 'Log scale',
  waitingForData: 'Waiting for data…',
  noUpdates: 'Neither side makes gradient updates: reference policies do not learn.',
};

export type AbMessages = typeof ab;
