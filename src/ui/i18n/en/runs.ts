// The runs strings in English. Each zh/runs.ts must have the same shape (the type checker says so).

export const runs = {
  title: 'Kept runs',
  intro:
    'Every run that reaches its step budget or diverges is kept in this browser, and so is one you reset or replace after 1,000 steps (marked stopped early). Tick up to four to draw them on the return and loss charts.',
  empty: 'No run kept yet: train one to the end of its step budget (a link with a small steps= budget finishes fast), or reset one after some training.',
  loading: 'Reading the kept runs…',
  storageProblem: 'This browser window would not store runs (a private window or a full disk): the list lasts until the page closes.',
  runName: (preset: string, number: number) => `${preset} #${number}`,
  /** A run's number alone, where a chart's readout has no room for its preset (the legend beside it names both). */
  runNumber: (number: number) => `#${number}`,
  columns: { overlay: 'Overlay', run: 'Run', status: 'Status', score: 'Greedy score', differs: 'Differs in', ended: 'Ended', actions: 'Delete' },
  status: { finished: 'finished', diverged: 'diverged', stopped: 'stopped early' },
  atStep: (step: string, total: string) => `at step ${step} of ${total}`,
  percentOfOracle: (percent: string) => `${percent}% of oracle`,
  noEvaluation: 'no evaluation',
  knobsTurned: (count: number) => (count === 1 ? 'a knob was turned during the run' : `knobs were turned ${count} times during the run`),
  sameSettings: 'same settings',
  onlyRun: '—',
  overlay: (name: string) => `Overlay ${name} on the charts`,
  overlayFull: 'Four runs are overlaid already: untick one to overlay another.',
  remove: 'Delete',
  removeRun: (name: string) => `Delete ${name}`,
  clear: 'Delete all',
  confirmClear: (count: number) => `Delete all ${count} kept runs`,
  cancel: 'Cancel',
  returnLegend: 'Kept runs (moving average)',
  lossLegend: 'Kept runs',
};

export type RunsMessages = typeof runs;
